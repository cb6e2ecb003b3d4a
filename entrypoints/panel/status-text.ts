import { format } from '../../content/strings/format';
import { PANEL_STRINGS as S } from '../../content/strings/panel';
import { backupView, checkedAgo, statusLine } from '../../lib/status/describe';
import type { StatusSnapshot } from '../../lib/status/types';

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
