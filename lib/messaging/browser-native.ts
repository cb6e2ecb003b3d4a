import type { browser } from 'wxt/browser';
import type { MessageMap, MessageType, Response } from './protocol';

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

/**
 * Sends a typed message to the background and resolves with its typed answer. Through the
 * browser's own API, so the popup can ask without loading the polyfill.
 */
export async function sendMessage<T extends MessageType>(
  type: T,
  ...data: MessageMap[T]['request'] extends undefined ? [] : [MessageMap[T]['request']]
): Promise<Response<T>> {
  return (await nativeBrowser().runtime.sendMessage({ type, data: data[0] })) as Response<T>;
}
