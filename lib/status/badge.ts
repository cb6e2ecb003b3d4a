import { STATUS_STRINGS as S } from '../../content/strings/status';
import { backupView, statusLine, type ClockOptions } from './describe';
import { STATE_COLORS } from './state-colors';
import type { StatusSnapshot } from './types';

export interface Badge {
  /** Empty when iCloud Backup is available: no badge at all. */
  text: string;
  color: string;
  /** The toolbar tooltip, in words: "iCloud Backup: outage since 14:02". */
  title: string;
}

/** What the toolbar badge shows for iCloud Backup; grey "?" when unknown or older than an hour. */
export function badgeFor(snapshot: StatusSnapshot, now: number, options: ClockOptions = {}): Badge {
  const view = backupView(snapshot, now);
  return {
    text: S.badgeText[view.state],
    color: STATE_COLORS.light[view.state],
    title: statusLine(view, now, options),
  };
}
