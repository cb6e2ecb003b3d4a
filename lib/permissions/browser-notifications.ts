import { browser } from 'wxt/browser';

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
