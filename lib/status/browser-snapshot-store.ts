import { storage } from 'wxt/utils/storage';
import { sanitizeSnapshot } from './snapshot';
import type { StatusSnapshot } from './types';

/**
 * The status snapshot in storage. The background's status service is its only writer; the
 * panel, the status card, the popup and the badge read it and follow its changes.
 */
export const snapshotItem = storage.defineItem<StatusSnapshot | null>('local:statusSnapshot', {
  fallback: null,
  version: 1,
});

export async function getSnapshot(): Promise<StatusSnapshot> {
  return sanitizeSnapshot(await snapshotItem.getValue());
}

export function watchSnapshot(callback: (snapshot: StatusSnapshot) => void): () => void {
  return snapshotItem.watch((value) => callback(sanitizeSnapshot(value)));
}
