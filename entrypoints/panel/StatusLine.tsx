import { Show, type JSX } from 'solid-js';
import { backupView, checkedAgo, problemLine, statusLine } from '../../lib/status/describe';
import type { StatusSnapshot } from '../../lib/status/types';
import { format } from '../../content/strings/format';
import type { Strings } from '../../lib/i18n/strings';
import { useStrings } from '../../components/strings';

export interface StatusLineProps {
  snapshot: StatusSnapshot;
  now: number;
}

/** iCloud Backup as Apple reports it, with the age of what we know; "couldn't check" when unknown. */
export function StatusLine(props: StatusLineProps): JSX.Element {
  const t = useStrings();
  const problem = () => problemLine(props.snapshot, props.now, t());
  return (
    <div class="bd-status" data-state={backupView(props.snapshot, props.now).state}>
      <p class="bd-status-line">
        <span class="bd-dot" aria-hidden="true" />
        <span class="bd-status-text">{backupStatusText(props.snapshot, props.now, t())}</span>
      </p>
      <p class="bd-note bd-status-age">{checkedAgo(props.snapshot.checkedAt, props.now, t())}</p>
      <Show when={problem()}>
        <p class="bd-note">{problem()}</p>
      </Show>
    </div>
  );
}

/** iCloud Backup's line as the panel shows it: "couldn't check" whenever the state is unknown. */
export function backupStatusText(snapshot: StatusSnapshot, now: number, strings: Strings): string {
  const view = backupView(snapshot, now);
  return view.state === 'unknown'
    ? format(strings.ui.panel.statusUnknown, { service: view.name })
    : statusLine(view, now, strings);
}

/** The line with its age, for the copied summary. */
export function backupStatusWithAge(
  snapshot: StatusSnapshot,
  now: number,
  strings: Strings,
): string {
  return `${backupStatusText(snapshot, now, strings)} · ${checkedAgo(snapshot.checkedAt, now, strings)}`;
}
