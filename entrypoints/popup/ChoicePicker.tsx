import { createSignal, For, Show, type JSX } from 'solid-js';
import { useStrings } from '../../components/strings';
import {
  TROUBLESHOOTER_CHOICES,
  type ChoiceGroup,
  type TroubleshooterChoice,
} from '../../content/troubleshooter';
import { POPUP_STRINGS } from '../../content/strings/popup';

const GROUPS = Object.keys(POPUP_STRINGS.picker.groups) as ChoiceGroup[];

interface Props {
  onChoice: (choice: TroubleshooterChoice) => void;
  onCode: (code: string) => void;
}

/** "What do you see?": the messages people see, by where they see them, or an error code. */
export function ChoicePicker(props: Props): JSX.Element {
  const t = useStrings();
  const S = () => t().ui.popup.picker;
  const [code, setCode] = createSignal('');
  const [invalid, setInvalid] = createSignal(false);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const normalized = normalizeErrorCode(code());
    setInvalid(normalized === null);
    if (normalized !== null) props.onCode(normalized);
  };

  return (
    <section class="picker" aria-labelledby="picker-title">
      <h2 id="picker-title" tabindex="-1" class="view-title">
        {S().title}
      </h2>
      <p class="muted">{S().intro}</p>
      <For each={GROUPS}>
        {(group) => (
          <div class="choice-group" role="group" aria-labelledby={`group-${group}`}>
            <h3 id={`group-${group}`}>{S().groups[group]}</h3>
            <ul>
              <For each={TROUBLESHOOTER_CHOICES.filter((c) => c.group === group)}>
                {(choice) => (
                  <li>
                    <button
                      type="button"
                      class="choice-button"
                      data-choice={choice.id}
                      onClick={() => props.onChoice(choice)}
                    >
                      {t().ui.choices[choice.id]}
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </div>
        )}
      </For>
      <form class="code-form" onSubmit={submit} novalidate>
        <label for="error-code">{S().codeLabel}</label>
        <div class="code-row">
          <input
            id="error-code"
            type="text"
            inputmode="text"
            autocomplete="off"
            spellcheck={false}
            aria-describedby={invalid() ? 'error-code-hint error-code-invalid' : 'error-code-hint'}
            aria-invalid={invalid()}
            value={code()}
            onInput={(e) => setCode(e.currentTarget.value)}
          />
          <button type="submit">{S().codeSubmit}</button>
        </div>
        <p id="error-code-hint" class="muted">
          {S().codeHint}
        </p>
        <Show when={invalid()}>
          <p id="error-code-invalid" class="problem" role="alert">
            {S().codeInvalid}
          </p>
        </Show>
      </form>
    </section>
  );
}

/**
 * An error code as typed into the popup (kept here, not with the diagnosis, so the popup's first
 * chunk never loads the matcher), cleaned up: "0xe8000084" -> "0xE8000084", "error -36"
 * -> "-36", "(4013)" -> "4013". Null when it is not shaped like a code Apple's software shows
 * (a hex code, or a whole number, possibly negative).
 */
export function normalizeErrorCode(input: string): string | null {
  const bare = input
    .trim()
    .replace(/^(error|code|err)\s*:?\s*/i, '')
    .replace(/^\((.*)\)$/, '$1')
    .replace(/\s+/g, '');
  if (/^0x[0-9a-f]{1,8}$/i.test(bare)) return `0x${bare.slice(2).toUpperCase()}`;
  if (/^[-−]?\d{1,10}$/.test(bare)) return bare.replace('−', '-');
  return null;
}
