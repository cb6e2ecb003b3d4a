import { STATUS_STRINGS as S } from '../../content/strings/status';
import { backupView, statusLine, type ClockOptions } from './describe';
import type { ServiceState, StatusSnapshot } from './types';

/**
 * Badge colours, the light theme's status tokens (components/styles/theme.css): the badge has
 * no dark variant and these keep white text readable.
 */
export const BADGE_COLORS: Readonly<Record<ServiceState, string>> = {
  available: '#1b7f3b',
  maintenance: '#8a5a00',
  issue: '#b35a00',
  outage: '#c4161c',
  unknown: '#6e6e73',
};

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
    color: BADGE_COLORS[view.state],
    title: statusLine(view, now, options),
  };
}
