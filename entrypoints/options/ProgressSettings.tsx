import { createSignal, Match, Switch, type JSX } from 'solid-js';
import { useStrings } from '../../components/strings';
import { clearProgress } from '../../lib/storage/browser-items';

type Phase = 'idle' | 'confirm' | 'clearing';

/** Clear every problem's saved progress, after a confirmation, and say what happened. */
export function ProgressSettings(): JSX.Element {
  const t = useStrings();
  const S = () => t().ui.options.progress;
  const [phase, setPhase] = createSignal<Phase>('idle');
  const [result, setResult] = createSignal('');
  let clearButton: HTMLButtonElement | undefined;

  const ask = () => {
    setResult('');
    setPhase('confirm');
  };
  const backToIdle = (message: string) => {
    setResult(message);
    setPhase('idle');
    clearButton?.focus();
  };
  const confirm = () => {
    setPhase('clearing');
    clearProgress().then(
      (count) => backToIdle(count === 0 ? S().nothing : t().plural(S().cleared, count)),
      () => backToIdle(S().failed),
    );
  };

  return (
    <fieldset class="group">
      <legend>{S().legend}</legend>
      <p class="hint">{S().hint}</p>
      <Switch>
        <Match when={phase() === 'idle'}>
          <button type="button" ref={(el) => (clearButton = el)} onClick={ask}>
            {S().clear}
          </button>
        </Match>
        <Match when={phase() !== 'idle'}>
          <div class="confirm" role="group" aria-labelledby="clear-confirm-text">
            <p id="clear-confirm-text">{S().confirm}</p>
            <button
              type="button"
              class="danger"
              disabled={phase() === 'clearing'}
              aria-busy={phase() === 'clearing'}
              onClick={confirm}
            >
              {S().confirmYes}
            </button>
            <button
              type="button"
              ref={(el) => queueMicrotask(() => el.focus())}
              disabled={phase() === 'clearing'}
              onClick={() => backToIdle('')}
            >
              {S().confirmNo}
            </button>
          </div>
        </Match>
      </Switch>
      <p class="state" role="status">
        {result()}
      </p>
    </fieldset>
  );
}
