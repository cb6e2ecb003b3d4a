import { Show, type JSX } from 'solid-js';
import { format } from '../../content/strings/format';
import { PANEL_STRINGS as S } from '../../content/strings/panel';
import { backupView, checkedAgo, problemLine, statusLine } from '../../lib/status/describe';
import type { StatusSnapshot } from '../../lib/status/types';

export interface StatusLineProps {
  snapshot: StatusSnapshot;
  now: number;
}

/** iCloud Backup as Apple reports it, with the age of what we know; "couldn't check" when unknown. */
export function StatusLine(props: StatusLineProps): JSX.Element {
  const view = () => backupView(props.snapshot, props.now);
  const line = () =>
    view().state === 'unknown'
      ? format(S.statusUnknown, { service: view().name })
      : statusLine(view(), props.now);
  const problem = () => problemLine(props.snapshot, props.now);
  return (
    <div class="bd-status" data-state={view().state}>
      <p class="bd-status-line">
        <span class="bd-dot" aria-hidden="true" />
        <span class="bd-status-text">{line()}</span>
        <span class="bd-muted"> · {checkedAgo(props.snapshot.checkedAt, props.now)}</span>
      </p>
      <Show when={problem()}>
        <p class="bd-note">{problem()}</p>
      </Show>
    </div>
  );
}
