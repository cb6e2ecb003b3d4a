import { nativeBrowser } from './browser-native';
import type { MessageMap, MessageType, Response } from './protocol';

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
