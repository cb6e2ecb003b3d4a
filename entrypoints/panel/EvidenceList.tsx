import { For, Show, type JSX } from 'solid-js';
import { format } from '../../content/strings/format';
import { useStrings } from '../../components/strings';
import type { Evidence } from '../../lib/diagnose/types';

export type HighlightState = 'off' | 'shown' | 'missing';

export interface EvidenceListProps {
  /** "Why we think so" on a report; on a guide, what the page mentions. */
  label: string;
  evidence: readonly Evidence[];
  errorCodes: readonly string[];
  highlight: HighlightState;
  onShow: () => void;
  onHide: () => void;
}

/** Why we think so: the page's own words, and a control to find them on the page. */
export function EvidenceList(props: EvidenceListProps): JSX.Element {
  const t = useStrings();
  const S = () => t().ui.panel;
  return (
    <Show when={props.evidence.length > 0 || props.errorCodes.length > 0}>
      <section class="bd-evidence" aria-label={props.label}>
        <p class="bd-subhead">{props.label}</p>
        <ul>
          <For each={props.evidence}>
            {(e) => (
              <li data-kind={e.kind}>
                <q>{e.quote}</q>
              </li>
            )}
          </For>
        </ul>
        <Show when={props.errorCodes.length > 0}>
          <p class="bd-codes">{format(S().errorCodes, { codes: props.errorCodes.join(', ') })}</p>
        </Show>
        <Show when={props.evidence.length > 0}>
          <button
            type="button"
            class="bd-link-button"
            aria-pressed={props.highlight === 'shown'}
            onClick={() => (props.highlight === 'shown' ? props.onHide() : props.onShow())}
          >
            {props.highlight === 'shown' ? S().hideOnPage : S().showOnPage}
          </button>
          <p class="bd-note" role="status">
            {props.highlight === 'missing' ? S().notOnPage : ''}
          </p>
        </Show>
      </section>
    </Show>
  );
}
