/**
 * The typed messages the background answers. Each entry maps a message type to its request
 * payload and its response. Pure types and guards: no browser APIs here.
 */
export interface MessageMap {
  getVersion: { request: undefined; response: { name: string; version: string } };
}

export type MessageType = keyof MessageMap;

export type Message<T extends MessageType = MessageType> = T extends MessageType
  ? { type: T; data: MessageMap[T]['request'] }
  : never;

export type Response<T extends MessageType> = MessageMap[T]['response'];

const MESSAGE_TYPES: ReadonlySet<string> = new Set<MessageType>(['getVersion']);

/** True when `value` looks like one of our messages (other extensions' messages are ignored). */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && MESSAGE_TYPES.has(type);
}
