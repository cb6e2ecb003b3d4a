import type { JSX } from 'solid-js';
import { PANEL_STRINGS as S } from '../../content/strings/panel';

export interface CollapsedTabProps {
  onExpand: () => void;
  ref?: (el: HTMLButtonElement) => void;
}

/** The panel folded to a small tab at the page's edge. */
export function CollapsedTab(props: CollapsedTabProps): JSX.Element {
  return (
    <button
      type="button"
      class="bd-tab"
      aria-label={S.tab}
      aria-expanded="false"
      ref={(el) => props.ref?.(el)}
      onClick={() => props.onExpand()}
    >
      <span class="bd-tab-mark" aria-hidden="true" />
      <span class="bd-tab-text">{S.tabText}</span>
    </button>
  );
}
