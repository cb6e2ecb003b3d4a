import { createSignal, createUniqueId, Show, For, type JSX } from 'solid-js';
import { format } from '../../content/strings/format';
import type { FixStep } from '../../lib/plan/types';
import { useStrings } from '../strings';

export interface StepItemProps {
  step: FixStep;
  /** 0-based position in the list. */
  index: number;
  done: boolean;
  onToggle: (id: string, done: boolean) => void;
}

/** One fix step: a done box, the title that opens the details, and the details. */
export function StepItem(props: StepItemProps): JSX.Element {
  const t = useStrings();
  const S = () => t().ui.stepList;
  const [open, setOpen] = createSignal(false);
  const detailsId = createUniqueId();
  return (
    <li class="bd-step" classList={{ 'bd-step-done': props.done }} data-step-id={props.step.id}>
      <div class="bd-step-row">
        <input
          type="checkbox"
          class="bd-step-check"
          checked={props.done}
          aria-label={format(S().markDone, { title: props.step.title })}
          onChange={(e) => props.onToggle(props.step.id, e.currentTarget.checked)}
        />
        <button
          type="button"
          class="bd-step-title"
          aria-expanded={open()}
          aria-controls={detailsId}
          onClick={() => setOpen(!open())}
        >
          <span class="bd-step-number">{props.index + 1}.</span>
          <span class="bd-step-text">{props.step.title}</span>
          <Show when={props.step.caution}>
            <span class="bd-step-flag">{S().cautionFlag}</span>
          </Show>
          <span class="bd-chevron" aria-hidden="true" />
        </button>
      </div>
      <div id={detailsId} class="bd-step-details" hidden={!open()}>
        <Show when={props.step.where}>
          <p class="bd-step-where">
            <span class="bd-label">{S().where}</span> {props.step.where}
          </p>
        </Show>
        <Show when={props.step.caution}>
          <p class="bd-step-caution" role="note">
            <span class="bd-label">{S().caution}</span> {props.step.caution}
          </p>
        </Show>
        <ol class="bd-step-instructions">
          <For each={props.step.instructions}>{(line) => <li>{line}</li>}</For>
        </ol>
        <Show when={props.step.check}>
          <p class="bd-step-checkline">
            <span class="bd-label">{S().check}</span> {props.step.check}
          </p>
        </Show>
        <Show when={props.step.link}>
          {(link) => (
            <p class="bd-step-link">
              <a href={link().url} target="_blank" rel="noopener noreferrer">
                {link().label}
              </a>
            </p>
          )}
        </Show>
      </div>
    </li>
  );
}
