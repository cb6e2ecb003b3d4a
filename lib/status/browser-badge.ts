import { browser } from 'wxt/browser';
import { badgeFor } from './badge';
import { problemLine } from './describe';
import type { StatusSnapshot } from './types';

/** Shows iCloud Backup's state on the toolbar button (text, colour, and the tooltip in words). */
export async function applyBadge(snapshot: StatusSnapshot, now: number): Promise<void> {
  // Firefox's MV2 build has browserAction where MV3 has action.
  const action = browser.action ?? browser.browserAction;
  const badge = badgeFor(snapshot, now);
  const problem = problemLine(snapshot, now);
  await Promise.all([
    action.setBadgeText({ text: badge.text }),
    action.setBadgeBackgroundColor({ color: badge.color }),
    action.setTitle({ title: problem ? `${badge.title}\n${problem}` : badge.title }),
  ]);
  // White text on our dark badge colours; not every browser version has this call.
  if ('setBadgeTextColor' in action) {
    await action.setBadgeTextColor({ color: '#ffffff' });
  }
}
