import { browser } from 'wxt/browser';
import {
  isMessage,
  type Message,
  type MessageMap,
  type MessageType,
  type Response,
} from './protocol';

export { sendMessage } from './browser-native';

export type Handlers = {
  [T in MessageType]: (data: MessageMap[T]['request']) => Response<T> | Promise<Response<T>>;
};

/** Registers the background's handlers; messages that are not ours are left alone. */
export function onMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isMessage(message)) return undefined;
    const { type, data } = message as Message;
    const handler = handlers[type] as (payload: unknown) => unknown;
    return Promise.resolve(handler(data));
  });
}
