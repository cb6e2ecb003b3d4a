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

/**
 * How Apple's localised status pages may name the services we mark. Localised pages are drawn
 * from localised feeds (DOMAIN.md §1), which we cannot read here, so these are our best knowledge
 * of Apple's own wording, not copies of it. `certain: true` only where the name is the one Apple
 * uses for the feature in that language's settings and support pages; every other entry is a
 * guess and is used only to mark a row whose state agrees with the English feed, never as a
 * source of state (lib/status/page.ts). Names are compared without case, spaces or hyphens.
 * Proven by the /de/ and /ae-ar/ pages in tests/fixtures/sites/www.apple.com/.
 */
export interface LocalisedServiceName {
  /** The English feed's name (one of BACKUP_SERVICES). */
  service: string;
  /** BCP 47 language of the page that shows it. */
  lang: string;
  name: string;
  certain: boolean;
}

export const LOCALISED_SERVICE_NAMES: readonly LocalisedServiceName[] = [
  { service: 'iCloud Backup', lang: 'de', name: 'iCloud-Backup', certain: true },
  {
    service: 'iCloud Account & Sign In',
    lang: 'de',
    name: 'iCloud-Account und -Anmeldung',
    certain: false,
  },
  {
    service: 'iCloud Storage Upgrades',
    lang: 'de',
    name: 'iCloud-Speicher-Upgrades',
    certain: false,
  },
  { service: 'iCloud Backup', lang: 'fr', name: 'Sauvegarde iCloud', certain: true },
  {
    service: 'iCloud Account & Sign In',
    lang: 'fr',
    name: 'Compte iCloud et connexion',
    certain: false,
  },
  {
    service: 'iCloud Storage Upgrades',
    lang: 'fr',
    name: 'Mises à niveau du stockage iCloud',
    certain: false,
  },
  { service: 'Apple Account', lang: 'fr', name: 'Compte Apple', certain: false },
  { service: 'iCloud Backup', lang: 'es', name: 'Copia de seguridad de iCloud', certain: false },
  { service: 'iCloud Backup', lang: 'it', name: 'Backup di iCloud', certain: false },
  { service: 'iCloud Backup', lang: 'pt', name: 'Backup do iCloud', certain: false },
  { service: 'iCloud Backup', lang: 'ja', name: 'iCloud バックアップ', certain: true },
  {
    service: 'iCloud Account & Sign In',
    lang: 'ja',
    name: 'iCloud アカウントとサインイン',
    certain: false,
  },
  {
    service: 'iCloud Storage Upgrades',
    lang: 'ja',
    name: 'iCloud ストレージのアップグレード',
    certain: false,
  },
  { service: 'Apple Account', lang: 'ja', name: 'Apple アカウント', certain: false },
  { service: 'iCloud Backup', lang: 'ko', name: 'iCloud 백업', certain: false },
  { service: 'iCloud Backup', lang: 'zh-CN', name: 'iCloud 云备份', certain: false },
  { service: 'iCloud Backup', lang: 'zh-TW', name: 'iCloud 備份', certain: false },
  { service: 'iCloud Backup', lang: 'ar', name: 'النسخ الاحتياطي على iCloud', certain: false },
  {
    service: 'iCloud Account & Sign In',
    lang: 'ar',
    name: 'حساب iCloud وتسجيل الدخول',
    certain: false,
  },
  { service: 'iCloud Storage Upgrades', lang: 'ar', name: 'ترقيات تخزين iCloud', certain: false },
  { service: 'Apple Account', lang: 'ar', name: 'حساب Apple', certain: false },
  { service: 'iCloud Backup', lang: 'he', name: 'גיבוי iCloud', certain: false },
];
