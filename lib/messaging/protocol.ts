import type { StatusSnapshot } from '../status/types';

/**
 * The typed messages the background answers. Each entry maps a message type to its request
 * payload and its response. Pure types and guards: no browser APIs here.
 */
export interface MessageMap {
  /**
   * The stored status snapshot, answered at once (never waits for the network). When the last
   * check is older than 2 minutes a refresh starts behind it (`refreshing: true`); follow the
   * result with watchSnapshot.
   */
  getStatus: { request: undefined; response: StatusSnapshot };
  /** Fetches Apple's feed now (or joins the fetch in flight) and answers with the new snapshot. */
  refreshStatus: { request: undefined; response: StatusSnapshot };
}

export type MessageType = keyof MessageMap;

export type Message<T extends MessageType = MessageType> = T extends MessageType
  ? { type: T; data: MessageMap[T]['request'] }
  : never;

export type Response<T extends MessageType> = MessageMap[T]['response'];

const MESSAGE_TYPES: ReadonlySet<string> = new Set<MessageType>(['getStatus', 'refreshStatus']);

/** True when `value` looks like one of our messages (other extensions' messages are ignored). */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && MESSAGE_TYPES.has(type);
}

/** What the background sends a tab when the keyboard shortcut asks to toggle the panel. */
export const TOGGLE_PANEL_COMMAND = 'toggle-panel';
export const TOGGLE_PANEL_MESSAGE = { type: 'backup-doctor:toggle-panel' } as const;

export function isTogglePanelMessage(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === TOGGLE_PANEL_MESSAGE.type
  );
}
