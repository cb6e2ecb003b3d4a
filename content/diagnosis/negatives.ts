import type { Signal } from './types';

/**
 * What makes a page NOT about a failing iPhone/iPad backup: restores and updates that fail,
 * other backup products, plain how-to guides, sync problems. Negative `backup` weights only.
 */
export const NEGATIVE_SIGNALS: Signal[] = [
  {
    id: 'restore-update-codes',
    kind: 'error-code',
    patterns: [
      '4013',
      '4014',
      '4005',
      '9006',
      '3194',
      '4000',
      'error ~ 9',
      '[error|code] ~ [1110|1667|1669|14|10]',
    ],
    backup: -3,
    fixture: 'neg-restore-4013',
  },
  {
    id: 'restore-failed',
    kind: 'phrase',
    patterns: [
      '{device} could not be restored',
      '{cant} [be]? [restore|restored|restoring]',
      "[restore|restoring] [failed|fails|error|stuck|is stuck|won't finish|never finishes|keeps failing]",
      'recovery mode',
      'dfu mode',
      'stuck on [the]? apple logo',
    ],
    backup: -2.5,
    fixture: 'neg-restore-4013',
  },
  {
    id: 'restore-topic',
    kind: 'phrase',
    patterns: [
      'restore [your|my|the|a|an|from|from a|from an|from your] [icloud]? [device|iphone|ipad|backup]',
      'restoring from [icloud|a backup|backup|your backup]',
      '[after|during] [a|the]? restore',
      'missing [data|photos|messages] after',
    ],
    backup: -1,
    fixture: 'neg-restore-4014',
  },
  {
    id: 'update-failed',
    kind: 'phrase',
    patterns: [
      '{cant} update [the|my|your|this]? {device}',
      '{cant} [be]? updated',
      '{cant} [install|verify] [the]? update',
      'update [failed|fails|error|stuck|is stuck]',
      'unable to install update',
      'error occurred installing',
      'error occurred while installing',
      'unable to check for update',
    ],
    backup: -2.5,
    fixture: 'neg-update-failed-ios',
  },
  {
    // The backup that fails belongs to something else: a chat app, Google, another cloud.
    id: 'other-backup-subject',
    kind: 'phrase',
    patterns: [
      '[whatsapp|google|google one|google drive|android|onedrive|dropbox|samsung|chat|line|wechat|telegram|viber|signal] {backupnoun}',
      '{backupnoun} [to|of|for|in|with|on] [whatsapp|google|google drive|google one|onedrive|dropbox]',
    ],
    backup: -5,
    passing: true,
    fixture: 'neg-whatsapp',
  },
  {
    // The same in the other languages that put the product after the backup ("Backup von
    // WhatsApp", "sauvegarde des discussions WhatsApp", "copia de seguridad de WhatsApp", "backup
    // do WhatsApp", "backup di WhatsApp"; Spanish and Portuguese read from the noun's last word),
    // and Threema's own backup, Threema Safe. Weighs less than the English: a thread may compare a
    // working chat backup with the iPhone's failing one.
    id: 'other-backup-subject-localised',
    kind: 'phrase',
    patterns: [
      '[backup|sicherung|sauvegarde|seguridad|respaldo|segurança] [von|bei|auf|de|des|do|di|sur|en|no] [dossiers|discussions|conversas|chats]? {otherbackup}',
      'threema safe',
    ],
    backup: -4,
    passing: true,
    fixture: 'de-tune-neg-threema',
  },
  {
    // A failure said about another product's backup, in the words the French and Italian general
    // model reads ("sauvegarde WhatsApp bloquée", "Dropbox ne sauvegarde plus", "il backup
    // WhatsApp non parte", "Google Foto non fa più il backup"): it cancels what those words score.
    // Only with the failure: "les sauvegardes WhatsApp, elles, marchent" says nothing against ours.
    id: 'other-backup-fails-fr-it',
    kind: 'phrase',
    patterns: [
      '[sauvegarde|sauvegardes] {otherbackup} ~ [{frfail}|échoue|échouent|a échoué|plante|bloque]',
      '[sauvegarde|sauvegardes] {otherbackup} ~ {frneg} [plus|pas]',
      '{otherbackup} [ne|ne se] [sauvegarde|sauvegardait|sauvegardent] [plus|pas|jamais]',
      // Also its chats' backup: "il backup delle chat di LINE non riesce".
      'backup [delle chat]? [di]? {otherbackup} ~ [{itfail}|fallisce|non va|non funziona|si blocca]',
      'backup [delle chat]? [di]? {otherbackup} ~ non {itneg}',
      '{otherbackup} non [fa|esegue|faceva] [più]? [il|i]? backup',
    ],
    backup: -3.5,
    passing: true,
    fixture: 'fr-neg-whatsapp',
  },
  {
    // A Mac's own backup (Time Machine) is never the iPhone's, whatever else the page says.
    id: 'time-machine-backup',
    kind: 'phrase',
    patterns: [
      'time machine {backupnoun}',
      // And as the other languages join them: "sauvegarde Time Machine", "backup no Time Machine".
      '[{backupnoun}|sauvegarde|seguridad|respaldo|sicherung|segurança] [to|with|in|de|du|do|no|di|con|com|avec|mit|en]? time machine',
      'backup disk',
      "time machine [couldn't|could not|can't|cannot|failed|fails|won't|is not|isn't]",
      // Time Machine as the subject in the other languages: "Time Machine não consegue concluir".
      "time machine [não consegue|não conseguiu|não pode|n'arrive pas|ne parvient pas|ne peut pas|no puede|no pudo|no consigue|no termina|kann nicht|konnte nicht|non riesce|non è riuscito|non può]",
    ],
    backup: -5,
    fixture: 'neg-time-machine',
  },
  {
    id: 'time-machine',
    kind: 'phrase',
    patterns: ['time machine', 'time capsule'],
    backup: -1.5,
    fixture: 'neg-time-machine',
  },
  {
    id: 'other-backup-products',
    kind: 'phrase',
    patterns: [
      'whatsapp',
      'chat backup',
      'google one',
      'google drive',
      'google photos',
      'android',
      'samsung',
      'pixel',
      'onedrive',
      'dropbox',
      'line app',
      'wechat',
      'viber',
    ],
    backup: -1.5,
    passing: true,
    fixture: 'neg-whatsapp',
  },
  {
    // A chat app's own history backup as French, Spanish, Portuguese and German name it ("la
    // sauvegarde des discussions", "Sicherung des Chatverlaufs"): beside Apple's message about the iPhone, a side note. Not Italian's
    // "backup delle chat": Italian threads name it as what fills iCloud, on real failures.
    id: 'chat-history-backup',
    kind: 'phrase',
    patterns: [
      'sauvegarde [des|de]? [discussions|conversations]',
      'copia de seguridad de [los|las]? [chats|conversaciones]',
      'backup [das|de]? conversas',
      '[sicherung|backup] [des|vom] [chatverlaufs|chatverlauf]',
    ],
    backup: -3,
    passing: true,
    fixture: 'fr-neg-whatsapp',
  },
  {
    // A conditional in a how-to ("if the backup fails, ...") is no failure by itself: it cancels
    // what its words score, and counts a third beside Apple's own message.
    id: 'if-backup-fails',
    kind: 'phrase',
    patterns: ['if [the|your|a|this]? [backup|icloud backup] [fails|failed]'],
    backup: -4.5,
    passing: true,
    fixture: 'neg-howto-icloud-if-backup-fails',
  },
  {
    // Google's photo app by its name in the other languages (one entry: German, Spanish and
    // Portuguese write it alike).
    id: 'photo-apps-localised',
    kind: 'phrase',
    patterns: [
      'google fotos',
      'google foto',
      'google フォト',
      '[google|구글] 포토',
      '[google|谷歌] 相册',
      '[google|谷歌] 相簿',
    ],
    backup: -2,
    passing: true,
    fixture: 'es-neg-howto-if-fails',
  },
  {
    id: 'how-to-guide',
    kind: 'phrase',
    patterns: [
      'how to back up',
      'how to backup',
      'how do i back up',
      '[ways|methods|steps] to back up',
      'best [iphone|ipad]? backup [software|app|apps|tool|tools]',
      'before you [sell|give away|trade in|upgrade]',
      'step by step',
      'in this guide',
      'learn how to',
      'make a backup of your',
      'follow these steps to back up',
    ],
    backup: -1.5,
    fixture: 'neg-howto-apple-118426',
  },
  {
    id: 'photos-sync',
    kind: 'phrase',
    patterns: [
      "icloud photos [is|are]? [not|isn't|won't|aren't|stopped|paused]? [syncing|sync|uploading|upload|updating]",
      "photos [not|aren't|won't|are not|isn't|stopped] [syncing|sync|uploading|upload|showing]",
      'shared album',
      'photo library',
      'optimize [iphone|ipad|mac]? storage',
      "icloud drive [is]? [not|isn't|won't]? [syncing|sync]",
    ],
    backup: -1.5,
    fixture: 'neg-photos-sync',
  },
  {
    id: 'mac-storage-unrelated',
    kind: 'phrase',
    patterns: ['system data', 'purgeable', 'other storage', 'storage management'],
    backup: -1.2,
    fixture: 'neg-mac-storage',
  },
  {
    id: 'transfer-reset',
    kind: 'phrase',
    patterns: [
      'quick start',
      'transfer [data|your data|everything] [to|from]',
      'erase all content and settings',
      'factory reset',
      'apple watch',
      'sync [music|photos|contacts|calendars|movies]',
    ],
    backup: -1,
    fixture: 'neg-apple-watch',
  },
];
