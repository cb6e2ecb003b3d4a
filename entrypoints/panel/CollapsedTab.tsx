import type { JSX } from 'solid-js';
import { useStrings } from '../../components/strings';

export interface CollapsedTabProps {
  onExpand: () => void;
  ref?: (el: HTMLButtonElement) => void;
}

/** The panel folded to a small tab at the page's edge. */
export function CollapsedTab(props: CollapsedTabProps): JSX.Element {
  const t = useStrings();
  const S = () => t().ui.panel;
  return (
    <button
      type="button"
      class="bd-tab"
      lang={t().locale}
      aria-label={S().tab}
      aria-expanded="false"
      ref={(el) => props.ref?.(el)}
      onClick={() => props.onExpand()}
    >
      <span class="bd-tab-mark" aria-hidden="true" />
      <span class="bd-tab-text">{S().tabText}</span>
    </button>
  );
}
