/**
 * Apple's service names that matter for backups, as data. Names are compared after entity
 * decoding, trimming and lower-casing (see lib/status/names.ts).
 * Proven by tests/fixtures/feeds/*.json and the real samples in shared/reference/apple-status-feed.
 */

/** Old names Apple used for a service, mapped to today's name. */
export const SERVICE_ALIASES: Readonly<Record<string, string>> = {
  // Renamed in late 2024; the 2021 sample still says "Apple ID".
  'Apple ID': 'Apple Account',
};

/** The service a failing iCloud backup depends on first. */
export const PRIMARY_BACKUP_SERVICE = 'iCloud Backup';

/** Services whose trouble can stop an iCloud backup, in the order surfaces list them. */
export const RELATED_BACKUP_SERVICES: readonly string[] = [
  'iCloud Account & Sign In',
  'iCloud Storage Upgrades',
  'Apple Account',
  'iCloud Drive',
];

/** The primary service first, then the related ones. */
export const BACKUP_SERVICES: readonly string[] = [
  PRIMARY_BACKUP_SERVICE,
  ...RELATED_BACKUP_SERVICES,
];

/**
 * An ongoing incident on one of these goes first in the fix plan ("Apple's side, wait") and is
 * the only kind the optional notifications announce.
 */
export const INCIDENT_FIRST_SERVICES: readonly string[] = [
  PRIMARY_BACKUP_SERVICE,
  'iCloud Account & Sign In',
];
