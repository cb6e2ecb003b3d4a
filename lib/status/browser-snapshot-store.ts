import { storage } from 'wxt/utils/storage';
import { SNAPSHOT_KEY } from './browser-snapshot-read';
import { INITIAL_NOTIFY_MEMORY, sanitizeNotifyMemory, type NotifyMemory } from './notify';
import { INITIAL_FETCH_STATE, sanitizeFetchState, type FetchState } from './schedule';
import type { StatusSnapshot } from './types';

export { getSnapshot, watchSnapshot } from './browser-snapshot-read';

/**
 * The status snapshot in storage. The background's status service is its only writer; the
 * panel, the status card, the popup and the badge read it and follow its changes.
 */
export const snapshotItem = storage.defineItem<StatusSnapshot | null>(`local:${SNAPSHOT_KEY}`, {
  fallback: null,
  version: 1,
});

/** The fetcher's own memory (backoff, validators), so a stopped worker resumes where it was. */
export const fetchStateItem = storage.defineItem<FetchState>('local:statusFetchState', {
  fallback: INITIAL_FETCH_STATE,
  version: 1,
});

/** Incidents already announced (or seen before notifications could announce them). */
export const notifyMemoryItem = storage.defineItem<NotifyMemory>('local:statusNotified', {
  fallback: INITIAL_NOTIFY_MEMORY,
  version: 1,
});

export async function getFetchState(): Promise<FetchState> {
  return sanitizeFetchState(await fetchStateItem.getValue());
}

export async function getNotifyMemory(): Promise<NotifyMemory> {
  return sanitizeNotifyMemory(await notifyMemoryItem.getValue());
}
