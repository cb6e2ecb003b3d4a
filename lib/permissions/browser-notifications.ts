import { browser } from 'wxt/browser';

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
