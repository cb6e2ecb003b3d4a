import { nativeBrowser, type ExtensionApi } from '../messaging/browser-native';
import { sanitizeSnapshot } from './snapshot';
import type { StatusSnapshot } from './types';

/** Where the background stores the status snapshot in `storage.local`. */
export const SNAPSHOT_KEY = 'statusSnapshot';

type StorageListener = Parameters<ExtensionApi['storage']['onChanged']['addListener']>[0];

/**
 * The snapshot read straight from `storage.local`, not through WXT's storage items: defining
 * those reads each item once more at start-up, ahead of the one read the popup waits for.
 */
export async function getSnapshot(): Promise<StatusSnapshot> {
  const stored = await nativeBrowser().storage.local.get(SNAPSHOT_KEY);
  return sanitizeSnapshot(stored[SNAPSHOT_KEY]);
}

export function watchSnapshot(callback: (snapshot: StatusSnapshot) => void): () => void {
  const { onChanged } = nativeBrowser().storage;
  const listener: StorageListener = (changes, area) => {
    const change = changes[SNAPSHOT_KEY];
    if (area === 'local' && change) callback(sanitizeSnapshot(change.newValue));
  };
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}
