import { Show, type JSX } from 'solid-js';
import { backupView, checkedAgo, problemLine, statusLine } from '../../lib/status/describe';
import type { StatusSnapshot } from '../../lib/status/types';
import { format } from '../../content/strings/format';
import { PANEL_STRINGS as S } from '../../content/strings/panel';

export interface StatusLineProps {
  snapshot: StatusSnapshot;
  now: number;
}

/** iCloud Backup as Apple reports it, with the age of what we know; "couldn't check" when unknown. */
export function StatusLine(props: StatusLineProps): JSX.Element {
  const problem = () => problemLine(props.snapshot, props.now);
  return (
    <div class="bd-status" data-state={backupView(props.snapshot, props.now).state}>
      <p class="bd-status-line">
        <span class="bd-dot" aria-hidden="true" />
        <span class="bd-status-text">{backupStatusText(props.snapshot, props.now)}</span>
      </p>
      <p class="bd-note bd-status-age">{checkedAgo(props.snapshot.checkedAt, props.now)}</p>
      <Show when={problem()}>
        <p class="bd-note">{problem()}</p>
      </Show>
    </div>
  );
}

/** iCloud Backup's line as the panel shows it: "couldn't check" whenever the state is unknown. */
export function backupStatusText(snapshot: StatusSnapshot, now: number): string {
  const view = backupView(snapshot, now);
  return view.state === 'unknown'
    ? format(S.statusUnknown, { service: view.name })
    : statusLine(view, now);
}

/** The line with its age, for the copied summary. */
export function backupStatusWithAge(snapshot: StatusSnapshot, now: number): string {
  return `${backupStatusText(snapshot, now)} · ${checkedAgo(snapshot.checkedAt, now)}`;
}
