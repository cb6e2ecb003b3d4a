import type { browser } from 'wxt/browser';

export type ExtensionApi = typeof browser;

/**
 * The browser's own extension API, for what the popup needs before its first render. Importing
 * WXT's webextension-polyfill copies every API namespace onto a module object, setting each one
 * up, and costs the popup several ms at start; Chrome and Firefox have `browser` with promises
 * (the polyfill hands out that same object), older Chrome only `chrome`, with promises too.
 * `runtime.id` tells the API from a page element that happens to have the id "browser".
 */
export function nativeBrowser(): ExtensionApi {
  const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
  return scope.browser?.runtime?.id ? scope.browser : scope.chrome;
}
