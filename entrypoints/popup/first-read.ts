import { nativeBrowser } from '../../lib/messaging/browser-native';
import { SNAPSHOT_KEY } from '../../lib/status/browser-snapshot-read';
import { sanitizeSnapshot } from '../../lib/status/snapshot';
import type { StatusSnapshot } from '../../lib/status/types';
import { sanitizeSettings, SETTINGS_KEY, type Settings } from '../../lib/storage/schema';

/**
 * What the popup's first frame needs from storage: the cached snapshot and the settings (for the
 * language), in one read started when the popup's script first runs. The entry imports this
 * module before Solid and the views, so the read overlaps their set-up instead of following it.
 */
const stored = nativeBrowser().storage.local.get([SNAPSHOT_KEY, SETTINGS_KEY]);

export const cachedSnapshot: Promise<StatusSnapshot> = stored.then((s) =>
  sanitizeSnapshot(s[SNAPSHOT_KEY]),
);

export const storedSettings: Promise<Settings> = stored.then((s) =>
  sanitizeSettings(s[SETTINGS_KEY]),
);
