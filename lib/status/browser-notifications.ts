import { browser } from 'wxt/browser';
import { readerStrings } from '../i18n/browser-catalog';
import { getSettings } from '../storage/browser-items';
import { decideNotices } from './notify';
import { getNotifyMemory, notifyMemoryItem } from './browser-snapshot-store';
import type { ServiceStatus } from './types';

/**
 * After each good fetch: decides what to announce and remembers it, whether or not
 * notifications are on (so turning them on later never replays old incidents), and shows
 * notices only when the user turned them on and granted the optional permission.
 */
export async function notifyAfterFetch(services: ServiceStatus[]): Promise<void> {
  const settings = await getSettings();
  const strings = await readerStrings(settings);
  const { notices, memory } = decideNotices(await getNotifyMemory(), services, strings);
  await notifyMemoryItem.setValue(memory);
  if (notices.length === 0) return;
  if (!settings.notifications) return;
  if (!(await hasNotificationsPermission())) return;
  const iconUrl = browser.runtime.getURL('/icon/128.png');
  for (const notice of notices) {
    await browser.notifications.create(notice.id, {
      type: 'basic',
      iconUrl,
      title: notice.title,
      message: notice.message,
    });
  }
}

/**
 * Whether this build offers notifications at all: Safari has no notifications API, so its
 * manifest does not list the permission (wxt.config.ts) and the options page leaves the setting out.
 */
export function notificationsOffered(): boolean {
  return browser.runtime.getManifest().optional_permissions?.includes('notifications') ?? false;
}

/**
 * The optional `notifications` permission. `request` must be called straight from a click (a
 * user gesture), before anything is awaited, or the browser refuses without asking.
 */
export function requestNotificationsPermission(): Promise<boolean> {
  return browser.permissions.request({ permissions: ['notifications'] });
}

export function hasNotificationsPermission(): Promise<boolean> {
  return browser.permissions.contains({ permissions: ['notifications'] });
}

/** Gives the permission back when the user turns notifications off (least privilege). */
export function releaseNotificationsPermission(): Promise<boolean> {
  return browser.permissions.remove({ permissions: ['notifications'] });
}
