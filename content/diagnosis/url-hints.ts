import type { UrlHint } from './types';

/**
 * Apple article ids and user-guide topic ids, recognised in the URL of every locale
 * (support.apple.com/de-de/102563, /kb/HT203516, /ja-jp/guide/iphone/...-iph3ecf67d29/ios).
 * An id is a hint, not a verdict: how-to and restore articles are not error pages.
 */
export const URL_HINTS: UrlHint[] = [
  {
    id: '102563',
    about: "If you can't back up to iCloud",
    backup: 3,
    icloud: 2,
    fixture: 'apple-102563-en',
  },
  {
    id: 'HT203516',
    about: "If you can't back up to iCloud (old id)",
    backup: 3,
    icloud: 2,
    fixture: 'apple-ht203516-old',
  },
  {
    id: '109054',
    about: 'Trust This Computer',
    backup: 0,
    computer: 1,
    causes: { connection: 0.5 },
    fixture: 'apple-trust-109054',
  },
  {
    id: '108922',
    about: 'Manage iCloud storage',
    backup: -1.5,
    icloud: 1,
    causes: { 'icloud-storage-full': 0.4 },
    fixture: 'apple-manage-storage-108922',
  },
  {
    id: '108366',
    about: 'Back up with iCloud',
    backup: -1,
    icloud: 1,
    fixture: 'neg-howto-apple-108366',
  },
  { id: '118426', about: 'How to back up', backup: -1, fixture: 'neg-howto-apple-118426' },
  {
    id: 'HT203977',
    about: 'How to back up (old id)',
    backup: -1,
    fixture: 'apple-howto-ht203977-old',
  },
  {
    id: '108796',
    about: 'Back up with a Mac',
    backup: -1,
    computer: 1,
    fixture: 'neg-howto-mac-108796',
  },
  {
    id: 'HT211229',
    about: 'Back up with a Mac (old id)',
    backup: -1,
    computer: 1,
    fixture: 'apple-mac-ht211229-old',
  },
  {
    id: '108967',
    about: 'Back up with Windows',
    backup: -1,
    computer: 1,
    fixture: 'apple-windows-108967',
  },
  {
    id: '108770',
    about: 'What iCloud backs up',
    backup: -1,
    icloud: 1,
    fixture: 'apple-what-icloud-backs-up-108770',
  },
  {
    id: '108353',
    about: 'Encrypted backups',
    backup: -0.5,
    computer: 1,
    fixture: 'neg-encrypted-howto',
  },
  {
    id: '108809',
    about: 'Locate backups',
    backup: -0.5,
    computer: 1,
    fixture: 'apple-locate-backups-108809',
  },
  {
    id: '118105',
    about: 'Restore from a backup',
    backup: -1.5,
    fixture: 'neg-restore-from-backup-118105',
  },
  {
    id: 'HT204184',
    about: 'Restore from a backup (old id)',
    backup: -1.5,
    fixture: 'apple-restore-ht204184-old',
  },
  {
    id: '102325',
    about: 'Missing data after restore',
    backup: -1.5,
    fixture: 'neg-missing-after-restore',
  },
  {
    id: '104980',
    about: 'Temporary iCloud storage for a new device',
    backup: -1,
    icloud: 1,
    fixture: 'apple-temp-storage-104980',
  },
  {
    id: 'iph3ecf67d29',
    about: 'iPhone User Guide: back up iPhone',
    backup: -1,
    fixture: 'apple-guide-back-up',
  },
];
