// Backup nouns of two genders: an article or contraction must agree with its noun ("o backup",
// "a cópia", "el respaldo", "la copia"), so the classes below spell each form out. Signals read
// letters without their accents, so "copia de segurança" needs no entry of its own (the gate's
// expression does: it compares letters as written).
const PT_BACKUP_M = ['backup'];
const PT_BACKUP_F = ['cópia de segurança'];
const ES_BACKUP_M = ['respaldo'];
const ES_BACKUP_F = ['copia de seguridad', 'copia'];
const agreeing = (masculine: string[], feminine: string[], m: string[], f: string[]): string[] => [
  ...masculine.flatMap((noun) => m.map((article) => `${article} ${noun}`)),
  ...feminine.flatMap((noun) => f.map((article) => `${article} ${noun}`)),
];

/**
 * Word classes usable as `{name}` in signal patterns. Each alternative is a word sequence, so the
 * many ways people write the same thing ("can't", "cannot", "won't", "unable to") stay in one place.
 */
export const WORD_CLASSES: Record<string, string[]> = {
  device: [
    'iphone',
    'ipad',
    'ipod',
    'ipod touch',
    'phone',
    'device',
    'ipad pro',
    'ipad air',
    'ipad mini',
  ],
  cant: [
    "can't",
    'cant',
    'cannot',
    'can not',
    "couldn't",
    'couldnt',
    'could not',
    "won't",
    'wont',
    'will not',
    'unable to',
    'failed to',
    'fails to',
    'failing to',
    "doesn't",
    'doesnt',
    'does not',
    "didn't",
    'did not',
    "isn't able to",
    'not able to',
    'never',
    'refuses to',
    "wasn't able to",
  ],
  backup: ['backup', 'back up', 'backups', 'back ups', 'backing up', 'backed up', 'backs up'],
  backupnoun: ['backup', 'backups', 'back up', 'back-up'],
  // The word "backup" in the other languages the signals read. With `backup` and `backupnoun`
  // it is also the gate: a page that says none of these is not read further (lib/diagnose/gate.ts).
  backupintl: [
    'sicherung',
    'sichern',
    'gesichert',
    'sauvegarde',
    'sauvegarder',
    'sauvegardé',
    'copia de seguridad',
    'copias de seguridad',
    // iOS's Spanish names the setting "Copia en iCloud", without "de seguridad".
    'copia en icloud',
    'copia de icloud',
    'respaldo',
    'respaldar',
    'respalda',
    'cópia de segurança',
    'copia de segurança',
    'バックアップ',
    '백업',
    '备份',
    '備份',
  ],
  // The backup as a noun, per language, for the signals in content/diagnosis/languages/.
  debackup: [
    'backup',
    'backups',
    'sicherung',
    'sicherungen',
    'icloud backup',
    'sicherungskopie',
    'datensicherung',
  ],
  // What German says about a backup that fails, after the noun (verb second) or as a participle:
  // "das Backup bricht ab", "die Sicherung bleibt seit gestern hängen", "Backup gescheitert".
  // Not "fehlgeschlagen" and "schlägt fehl" (de-backup-failed reads those: one failure said once
  // must not count twice), nor "klappt/funktioniert/geht nicht" and "bricht ab", which de.ts reads
  // with adverbs between their parts.
  defails: [
    'scheitert',
    'scheiterte',
    'gescheitert',
    'hängt fest',
    'hängt bei',
    'hängt seit',
    'hängt sich auf',
    'bleibt hängen',
    'hängen geblieben',
    'stockt',
    'bleibt stehen',
    'wird nie fertig',
    'wird nicht fertig',
    'kommt nicht voran',
    'unvollständig',
    'unmöglich',
  ],
  frbackup: ['sauvegarde', 'sauvegardes', 'sauvegarde icloud', 'ma sauvegarde', 'la sauvegarde'],
  esbackup: [...ES_BACKUP_F, ...ES_BACKUP_M, 'copia de seguridad en icloud', 'respaldo en icloud'],
  // With its article: "el respaldo", "una copia".
  esthebackup: agreeing(ES_BACKUP_M, ES_BACKUP_F, ['el', 'un'], ['la', 'una']),
  ptbackup: [...PT_BACKUP_M, ...PT_BACKUP_F],
  // Bare, with its article ("o backup", "uma cópia"), after "em" ("no backup", "na cópia") and
  // after "de" ("do backup", "da cópia").
  ptthebackup: [
    ...PT_BACKUP_M,
    ...PT_BACKUP_F,
    ...agreeing(PT_BACKUP_M, PT_BACKUP_F, ['o', 'um'], ['a', 'uma']),
  ],
  ptinbackup: agreeing(PT_BACKUP_M, PT_BACKUP_F, ['no'], ['na']),
  ptofbackup: agreeing(PT_BACKUP_M, PT_BACKUP_F, ['do'], ['da']),
  // Other products' backups, as every language names them (a chat app's or another cloud's).
  otherbackup: [
    'whatsapp',
    'threema',
    'telegram',
    'onedrive',
    'dropbox',
    'google drive',
    'google one',
  ],
  computer: [
    'computer',
    'mac',
    'macbook',
    'pc',
    'laptop',
    'imac',
    'windows',
    'mac mini',
    'desktop',
  ],
  app: ['itunes', 'finder', 'apple devices', 'apple devices app'],
  fails: [
    'failed',
    'fails',
    'failing',
    'fail',
    'error',
    'errors',
    'stuck',
    'not working',
    "isn't working",
    "doesn't work",
    'keeps failing',
    'never finishes',
    'not completing',
    "won't complete",
    "won't finish",
    'incomplete',
    'not completed',
    'not complete',
    'unsuccessful',
    'not successful',
    "wasn't successful",
    'interrupted',
    'paused',
    'freezes',
    'problem',
    'problems',
    'issue',
    'issues',
    'hangs',
    'frozen',
  ],
  full: ['full', 'almost full', 'out of space', 'maxed out', 'nearly full'],
  space: ['space', 'storage', 'disk space', 'free space', 'room'],
  wifi: ['wi fi', 'wifi', 'wi-fi', 'wireless', 'wlan', 'network'],
  settingoff: [
    'off',
    'greyed out',
    'grayed out',
    'greyed',
    'grayed',
    'disabled',
    'dimmed',
    'unavailable',
  ],
};
