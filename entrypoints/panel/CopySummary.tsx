import { createSignal, onCleanup, Show, type JSX } from 'solid-js';
import { useStrings } from '../../components/strings';

export interface CopySummaryProps {
  /** The summary text, built when the button is pressed. */
  text: () => string;
  /** Puts text on the clipboard; false when it could not. */
  copy: (text: string) => Promise<boolean>;
}

/** How long "Copied" stays. */
const CONFIRM_MS = 4000;

/** "Copy a summary", a visible confirmation, and the text to select by hand when copying fails. */
export function CopySummary(props: CopySummaryProps): JSX.Element {
  const t = useStrings();
  const S = () => t().ui.panel;
  const [state, setState] = createSignal<'idle' | 'copied' | 'failed'>('idle');
  const [failedText, setFailedText] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));

  const onCopy = async () => {
    const text = props.text();
    clearTimeout(timer);
    if (await props.copy(text)) {
      setState('copied');
      timer = setTimeout(() => setState('idle'), CONFIRM_MS);
    } else {
      setFailedText(text);
      setState('failed');
    }
  };

  return (
    <div class="bd-copy">
      <button type="button" class="bd-button" onClick={() => void onCopy()}>
        {S().copy}
      </button>
      <p class="bd-note bd-copy-status" role="status">
        {state() === 'copied' ? S().copied : state() === 'failed' ? S().copyFailed : ''}
      </p>
      <Show when={state() === 'failed'}>
        <textarea
          class="bd-copy-fallback"
          aria-label={S().copyFallbackLabel}
          readOnly
          rows={6}
          value={failedText()}
          ref={(el) => queueMicrotask(() => el.select())}
        />
      </Show>
    </div>
  );
}
