import type { Signal } from '../types';

/**
 * French: Apple's messages and how people write about a failing backup. Elisions ("l'échec",
 * "n'a pas pu") are read as separate words by the tokenizer, so patterns name the word itself.
 */
export const FR_SIGNALS: Signal[] = [
  {
    id: 'fr-backup-failed',
    kind: 'error-message',
    patterns: [
      'échec de la sauvegarde',
      '{frbackup} [a|avait|ont]? [encore|toujours]? échoué',
      '{frbackup} [échoue|échouent|plante|bloque] [toujours|encore|systématiquement|tous les soirs]?',
      // Words between the parts: "la sauvegarde de mon iPhone a encore échoué".
      '{frbackup} ~ [a échoué|a encore échoué|a de nouveau échoué|échoue|échouent|a planté]',
      // An adverbial between the auxiliary and the verb: "a, une fois de plus, échoué".
      '{frbackup} ~ a [une fois de plus|encore une fois|de nouveau|à nouveau|encore|toujours] échoué',
      '{frbackup} ~ [échouait|échouera|a systématiquement échoué|ont encore échoué]',
      '[échec|erreur] [de|lors de|pendant|durant] [la|ma]? sauvegarde',
    ],
    backup: 3.5,
    icloud: 1,
    example: "Échec de la sauvegarde de l'iPhone",
    fixture: 'fr-communaute-echoue',
  },
  {
    id: 'fr-last-backup-not-completed',
    ownBackup: true,
    kind: 'error-message',
    patterns: ["dernière sauvegarde n'a pas pu être [effectuée|terminée|réalisée]"],
    backup: 4,
    icloud: 2,
    example: "La dernière sauvegarde n'a pas pu être effectuée.",
    fixture: 'fr-apple-icloud',
  },
  {
    id: 'fr-could-not-back-up',
    ownBackup: true,
    kind: 'error-message',
    patterns: [
      'impossible de sauvegarder [l|cet|mon|votre|ce] {device}',
      'sauvegarde [de mon|de votre]? [{device}]? est impossible',
      'sauvegarde de [l|votre|mon]? {device} a échoué',
    ],
    backup: 4,
    computer: 1,
    example: "Impossible de sauvegarder l'iPhone, car une erreur s'est produite.",
    unsure: 'Finder may write "une erreur est survenue"; iTunes "n\'a pas pu sauvegarder"',
    fixture: 'fr-communaute-deconnecte',
  },
  {
    // The computer or its app as the one that cannot do it: iTunes's "iTunes n'a pas pu
    // sauvegarder l'iPhone", Apple's "si votre Mac ne parvient pas à sauvegarder", spoken "mon PC
    // veut pas faire la sauvegarde".
    id: 'fr-computer-could-not-back-up',
    ownBackup: true,
    kind: 'error-message',
    patterns: [
      '[{app}|{computer}|ordinateur|appareils apple] [ou pc|ou mac]? [ne|n]? {frcannot} [le|la|l|faire la]? [sauvegarder|sauvegarde]',
    ],
    backup: 4,
    computer: 3,
    example: "iTunes n'a pas pu sauvegarder l'iPhone.",
    fixture: 'fr-communaute-itunes-erreur',
  },
  {
    id: 'fr-cant-back-up',
    kind: 'phrase',
    patterns: [
      // "Impossible d'effectuer la sauvegarde" ({frcannot} reads "impossible de").
      'impossible [de faire|de réaliser|d effectuer|de lancer|de terminer|de finir] [la|une|ma] sauvegarde',
      // Spoken French drops the "ne" ("la sauvegarde marche plus"), and words come between.
      // Quebec French writes "plus" as it says it: "ça se fait pu".
      '{frbackup} ~ {frneg} [plus|pas|jamais|pu]',
      // The general model, in this one signal so that a phrase scores once (and "si ..." cancels
      // it once): the backup and what people say about it, with words between ("ma sauvegarde
      // iCloud reste bloquée", "tourne en boucle"; "échoue" is fr-backup-failed's), a trouble named
      // with it ("souci avec la sauvegarde"), who cannot do it ("j'arrive plus à faire une
      // sauvegarde", "impossible de le sauvegarder"), the verb negated ("ne se sauvegarde jamais",
      // "pas sauvegardé depuis mars").
      '{frbackup} ~ {frfail}',
      '{frbackup} ~ [pas|jamais|plus] [été]? [abouti|fonctionné|marché|lieu|faite|effectuée|terminée|au bout]',
      '[problème|problèmes|souci|soucis|bug|plantage|blocage] [de|lors de|pendant|durant|avec|sur|pour]? [la|ma|les|mes|une|cette]? {frbackup}',
      '{frcannot} [le|la|les|l|me|mon]? sauvegarder',
      '{frcannot} [faire|effectuer|lancer|terminer|finir|réaliser|compléter|créer] [la|une|ma|sa|de|des|les|mes|cette|votre|ta|aucune|ses]? {frbackup}',
      '[ne se|ne|se|ça] [sauvegarde|sauvegardent|sauvegardait] [plus|pas|jamais|toujours pas|rien|plus rien]',
      "[ne s'est|ne s'était|n'a|n'avait|n'est|n'ont] [plus|jamais] [été]? [sauvegardé|sauvegardée|sauvegardés]",
      '[pas|plus|jamais|non] [été]? [sauvegardé|sauvegardée|sauvegardés|sauvegardées] depuis',
      // Found off, not set off: "la sauvegarde iCloud s'était désactivée", "était de nouveau désactivée".
      "{frbackup} [était|s'est|s'était|avait été] ~ désactivée",
      "{frbackup} ~ [n'était plus|n'est plus] [activée|active]",
    ],
    backup: 3,
    fixture: 'fr-communaute-narrive-pas',
  },
  {
    id: 'fr-icloud-storage',
    ownBackup: true,
    kind: 'error-message',
    patterns: [
      'stockage icloud [est]? [presque|quasiment|complètement]? [insuffisant|plein|saturé|complet|rempli]',
      'pas assez de stockage icloud',
      'espace de stockage icloud disponible est insuffisant',
      "pas assez d'espace [sur|dans] icloud",
    ],
    backup: 1,
    icloud: 2,
    causes: { 'icloud-storage-full': 0.9 },
    example: 'Stockage iCloud insuffisant',
    fixture: 'fr-communaute-echoue',
  },
  {
    id: 'fr-computer-storage',
    kind: 'error-message',
    patterns: [
      // Apple's "l'espace disponible sur cet ordinateur est insuffisant", and as the Finder names
      // the Mac and its disk: "l'espace disque disponible sur ce Mac est insuffisant".
      'espace [disque]? [libre|disponible]? sur [ce|cet|le|mon|votre|l] [ordinateur|disque|{computer}] est insuffisant',
      "pas assez d'espace [libre]? sur [cet|l'|le|mon|votre] [ordinateur|mac|pc|disque]",
      '[disque|disque dur|ssd] [c]? [est]? [plein|saturé|presque plein]',
    ],
    backup: 2.2,
    computer: 2,
    causes: { 'computer-storage-full': 0.9 },
    fixture: 'fr-communaute-espace-pc',
  },
  {
    id: 'fr-disconnected',
    kind: 'error-message',
    patterns: [
      '{device} a été déconnecté',
      // Only the iPhone's own: a Wi-Fi that "se déconnecte" is the network.
      "{device} [se déconnecte|s'est déconnecté|se débranche]",
      '[déconnexion|déconnecté] [de l|du|de mon] {device}',
    ],
    backup: 1.5,
    computer: 2,
    causes: { connection: 0.9 },
    example: "Impossible de sauvegarder l'iPhone, car l'iPhone a été déconnecté.",
    fixture: 'fr-communaute-deconnecte',
  },
  {
    id: 'fr-backup-corrupt',
    kind: 'error-message',
    patterns: [
      '{frbackup} est [corrompue|endommagée|incompatible]',
      "corrompue ou [n'est pas compatible|incompatible]",
      'sauvegarde [corrompue|endommagée]',
      "{frbackup} [n'est pas|est pas|pas|non] compatible",
      '{frbackup} ~ [corrompue|endommagée|illisible|abîmée]',
    ],
    backup: 3.5,
    computer: 1,
    causes: { 'corrupt-backup': 0.9 },
    fixture: 'fr-communaute-corrompue-finder',
  },
  {
    id: 'fr-backup-session-failed',
    kind: 'error-message',
    patterns: ['session de sauvegarde a échoué'],
    backup: 3,
    computer: 2,
    causes: { connection: 0.5, 'corrupt-backup': 0.4 },
    fixture: 'fr-communaute-session',
  },
  {
    id: 'fr-icloud-backup-off',
    kind: 'phrase',
    patterns: [
      // Found off, not only set off: "la sauvegarde était désactivée", "désactivée toute seule"
      // (feminine as "la sauvegarde": "le Wi-Fi s'est désactivé tout seul" is the network).
      '[sauvegarde icloud|la sauvegarde] [est|était|a été]? [grisée|désactivée|inactive]',
      'désactivée [toute seule|d elle même|sans raison|sans prévenir|sans que|à mon insu]',
      '[bouton|interrupteur] ~ [grisé|grisée|désactivé]',
      'option [sauvegarde icloud]? [est]? [grisée|désactivée]',
      // The switch that turns itself off, or cannot be turned on: "se désactive toute seule".
      '[sauvegarde icloud|bouton|interrupteur|réglage] ~ [se désactive|s est désactivée|reste désactivée]',
      '[grisé|grisée|en grisé]',
      "{frcannot} [l'activer|la réactiver|l'allumer|activer la sauvegarde|réactiver la sauvegarde]",
    ],
    backup: 1.5,
    icloud: 2,
    causes: { 'icloud-backup-off': 0.85, restrictions: 0.3 },
    fixture: 'fr-communaute-grisee',
  },
  {
    id: 'fr-icloud-topic',
    kind: 'phrase',
    patterns: ['sauvegarde icloud', 'sauvegarder [sur|dans] icloud', 'sur icloud'],
    backup: 0.6,
    icloud: 2,
    fixture: 'fr-communaute-narrive-pas',
  },
  {
    id: 'fr-computer-topic',
    kind: 'phrase',
    patterns: ['[sur|dans|avec] [mon|le|votre|un]? [{computer}|ordinateur]', 'appareils apple'],
    backup: 0.3,
    computer: 1.5,
    fixture: 'fr-communaute-deconnecte',
  },
  {
    id: 'fr-network',
    kind: 'phrase',
    patterns: [
      '[wi fi|wifi] [est]? [instable|lent|coupe|se coupe|se déconnecte|saute|décroche|tombe]',
      '[box|réseau|connexion internet|internet] [se déconnecte|se coupe|coupe|saute|décroche|tombe] [souvent|tout le temps|régulièrement|parfois]?',
      'connexion [coupe|se coupe|instable]',
      'connecté à un réseau [wi fi|wifi]',
      '[wi fi|wifi|réseau|connexion] [est]? [très]? [instable|lent|lente|faible|mauvais|mauvaise]',
      // The line and the box: "changé de box", "ADSL", "bas débit".
      // ("changé de box": the participle alone would be English "change").
      "[de box|d'opérateur|de fournisseur internet]",
      // Mobile data instead of Wi-Fi, as people say it; not Apple's setting "via le réseau
      // cellulaire", which a how-to names.
      '[données cellulaires|données mobiles|en 4g|en 5g]',
      '[adsl|bas débit|faible débit|partage de connexion|filtrage]',
    ],
    backup: 0.4,
    icloud: 1,
    causes: { network: 0.7 },
    fixture: 'fr-communaute-narrive-pas',
  },
  {
    id: 'fr-conditions',
    kind: 'phrase',
    patterns: [
      '[branché|branchée] [sur le secteur|au chargeur|sur secteur]',
      'verrouillé',
      'la nuit',
      '[écran verrouillé|économie d énergie|batterie faible]',
      '[est|était|reste|mets|mis|laisse] en charge',
      // Airplane mode at night keeps the iPhone off the Wi-Fi when the backup would run.
      'mode avion',
    ],
    backup: 0.3,
    icloud: 0.5,
    causes: { 'backup-conditions': 0.5 },
    fixture: 'fr-communaute-nuit',
  },
  {
    id: 'fr-account',
    kind: 'phrase',
    patterns: [
      '[me|vous|se] reconnecter',
      '[compte apple|identifiant apple] ~ [mot de passe|connexion]',
      'mot de passe [de mon|du]? [compte apple|identifiant apple]',
      // iOS's banner "Mettre à jour les réglages du compte Apple", as people retell it.
      '[mettre|mette|mets|mettez] à jour les réglages [du|de mon|de votre] [compte apple|identifiant apple]',
      '[redemande|demande sans cesse|redemander] [mon|le|votre] mot de passe',
      // The banner as a noun ("Mise à jour des réglages du compte Apple"), and the two-factor code.
      'réglages [du|de mon|de votre] [compte apple|identifiant apple]',
      'code de [validation|vérification]',
      '[double authentification|authentification à deux facteurs]',
      'mot de passe [icloud|apple]',
      // The account locked or disabled: "votre compte Apple a été verrouillé".
      'compte apple [a été|est]? [verrouillé|bloqué|désactivé]',
    ],
    backup: 0.4,
    icloud: 1,
    causes: { 'apple-account': 0.8 },
    fixture: 'fr-communaute-motdepasse',
  },
  {
    // Sign-in standing in the way of the backup: "vous demande de vous reconnecter pour
    // sauvegarder", "le mot de passe pour la sauvegarde".
    id: 'fr-account-blocks-backup',
    kind: 'phrase',
    patterns: ['[reconnecter|mot de passe] ~ pour [sauvegarder|la sauvegarde]'],
    backup: 1.5,
    icloud: 1,
    causes: { 'apple-account': 0.8 },
    fixture: 'fr-tune-general-fails',
  },
  {
    id: 'fr-outdated',
    kind: 'phrase',
    patterns: [
      '[mise|mis] à jour',
      '[mettez|mettre] à jour',
      'dernière version',
      // Apple's "une mise à jour logicielle est requise", and the old machine people name.
      '[vieux|vieil|vieille|ancien|ancienne|anciens|anciennes] [mac|imac|macbook|pc|ordinateur|itunes|version|versions|windows|ios|appareil|{device}]',
      // A device left on an old system: "bloqué sous iOS 15", "resté en iOS 12".
      '[bloqué|bloquée|coincé|coincée|resté|restée|reste] [sous|en] [ios|ipados]',
      "[n'est plus|ne sont plus|plus] [compatible|pris en charge|prise en charge]",
      // "iTunes pas à jour", "Windows n'est pas à jour".
      "[itunes|windows|macos|ios|logiciel] [n'est]? pas à jour",
      '[trop ancien|trop ancienne|trop vieux|trop vieille]',
    ],
    backup: 0,
    causes: { 'outdated-software': 0.6 },
    fixture: 'fr-communaute-itunes-erreur',
  },
  {
    // A message shown to the writer ("iCloud me dit « … »", "le Finder m'affiche que …"): a report,
    // where a how-to says "vous".
    id: 'fr-message-reported',
    kind: 'phrase',
    patterns: ['[{app}|icloud|{device}|{computer}] [me dit|m affiche|me met]'],
    backup: 1.5,
    fixture: 'fr-tune-maj-requise',
  },
  {
    // The Mac too old for the iPhone: the Finder's "une mise à jour logicielle est requise pour se
    // connecter à votre iPhone" stops its backup.
    id: 'fr-update-required',
    kind: 'error-message',
    patterns: ['mise à jour logicielle est requise pour se connecter'],
    backup: 3,
    computer: 2,
    causes: { 'outdated-software': 0.9 },
    example: 'Une mise à jour logicielle est requise pour se connecter à votre iPhone.',
    fixture: 'fr-tune-maj-requise',
  },
  {
    // The iPhone's own storage: iOS's "Stockage de l'iPhone presque saturé" and how people say it.
    id: 'fr-device-storage',
    kind: 'phrase',
    patterns: [
      '[stockage|mémoire] [de l|du|de mon|sur l|sur mon]? {device} [est]? [presque|quasiment|bientôt|complètement]? [saturé|saturée|plein|pleine]',
      'plein à craquer',
      '{device} est [presque]? [plein|pleine|saturé|saturée]',
      '[espace|place] [libre]? sur [l|mon|le|votre] [appareil|téléphone|{device}]',
    ],
    backup: 0.8,
    causes: { 'device-storage-low': 0.85 },
    fixture: 'fr-tune-stockage-sature',
  },
  {
    id: 'fr-connection',
    kind: 'phrase',
    patterns: [
      '[câble|port usb|câble usb]',
      'se fier à cet ordinateur',
      '[hub usb|adaptateur|connecteur|faux contact|prise usb]',
      '[débranché|débranchée|se débranche] [du mac|du pc|de l ordinateur]?',
    ],
    backup: 0.4,
    computer: 1.5,
    causes: { connection: 0.7 },
    fixture: 'fr-communaute-deconnecte',
  },
  {
    id: 'fr-security',
    kind: 'phrase',
    patterns: ['[un antivirus|pare feu|logiciel de sécurité]'],
    backup: 0.4,
    computer: 1.5,
    causes: { 'security-software': 0.8 },
    fixture: 'fr-communaute-itunes-erreur',
  },
  {
    id: 'fr-restrictions',
    kind: 'phrase',
    patterns: [
      "[temps d'écran|profil de configuration|gestion de l'appareil]",
      '[appareil|iphone|téléphone] [géré|supervisé|professionnel]',
    ],
    backup: 0.4,
    causes: { restrictions: 0.8 },
    fixture: 'fr-communaute-grisee',
  },
  {
    id: 'fr-restore',
    kind: 'phrase',
    patterns: ['[restaurer|restauration|restauré|restaurée]', 'mode de récupération'],
    backup: -1.5,
    fixture: 'fr-neg-restaurer',
  },
  {
    id: 'fr-update-failed',
    kind: 'phrase',
    patterns: [
      'mise à jour ~ [a échoué|impossible]',
      'échec de la mise à jour',
      'impossible de vérifier la mise à jour',
    ],
    backup: -2.5,
    fixture: 'fr-neg-maj-echec',
  },
  {
    id: 'fr-how-to',
    kind: 'phrase',
    patterns: [
      'comment [sauvegarder|faire une sauvegarde|effectuer une sauvegarde]',
      'dans ce guide',
      'étape par étape',
      // Clearing storage is a how-to of its own: "comment libérer de la place".
      'comment [libérer|faire] de la place',
      "comment libérer de l'espace",
    ],
    backup: -1.5,
    fixture: 'fr-neg-comment',
  },
  {
    id: 'fr-backup-not-saved',
    kind: 'error-message',
    patterns: [
      // Words between: "la sauvegarde de l'iPhone n'a pas pu être effectuée".
      "{frbackup} ~ [n'a pas pu|ne peut pas] être [effectuée|enregistrée|terminée|réalisée|créée]",
      "{device} [n'a pas pu|ne peut pas] être sauvegardé",
      '{device} non sauvegardé',
      // With a pronoun for the device: "il ne peut pas être sauvegardé".
      "[il|elle] [n'a pas pu|ne peut pas|ne peut plus] être [sauvegardé|sauvegardée]",
      "impossible [d'enregistrer|de terminer|d'effectuer] la sauvegarde",
    ],
    backup: 3.5,
    example: "La sauvegarde n'a pas pu être enregistrée.",
    unsure:
      "written from Apple's wording in other messages; the exact string of this one is not confirmed",
    fixture: 'fr-community-space-computer',
  },
  {
    // Storage words near iCloud, however the sentence runs.
    id: 'fr-icloud-space',
    kind: 'phrase',
    patterns: [
      "[pas assez|manque|n'ai plus|n'a plus|n'y a plus|plus assez] [d'espace|de place|de stockage] ~ icloud",
      'espace icloud [est]? [insuffisant|plein|saturé]',
      'icloud est [plein|saturé]',
      // Spoken and colloquial: "plus de place sur iCloud", "les 5 Go gratuits".
      'plus [de place|d espace|de stockage] [sur|dans] icloud',
      '#num go [gratuits|offerts|gratuit]',
      // Full without its side, as iOS's alert title and people say it: "Stockage insuffisant",
      // "les 5 Go sont pleins".
      'stockage [est]? [plein|saturé|insuffisant]',
      '#num go [sont]? [pleins|saturés]',
    ],
    backup: 1,
    icloud: 2,
    causes: { 'icloud-storage-full': 0.9 },
    fixture: 'fr-community-space-icloud',
  },
  {
    // Space words near the computer's, however the sentence runs.
    id: 'fr-computer-space',
    kind: 'phrase',
    patterns: [
      "[pas assez|manque|n'ai plus|n'a plus|n'y a plus|plus assez] [d'espace|de place] ~ [ordinateur|mac|pc|disque]",
      'espace disque [est]? insuffisant',
      '[ordinateur|mac|pc|disque] [est]? [plein|saturé]',
      // The computer as the subject: "votre Mac n'a pas assez d'espace".
      "[ordinateur|mac|pc|disque] [n'a|n'a plus|n'avait] [pas assez|plus assez|plus] [d'espace|de place]",
    ],
    backup: 2.2,
    computer: 2,
    causes: { 'computer-storage-full': 0.9 },
    fixture: 'fr-community-space-computer',
  },
  {
    id: 'fr-account-sign-in-out',
    kind: 'phrase',
    patterns: [
      '[déconnecté|déconnectée|déconnexion|déconnecter] ~ [compte apple|identifiant apple|icloud]',
      '[connecter|connectez|connexion|reconnecter|reconnectez] ~ [compte apple|identifiant apple]',
      'mot de passe ~ [compte apple|identifiant apple]',
    ],
    backup: 0.4,
    icloud: 1,
    causes: { 'apple-account': 0.8 },
    fixture: 'fr-community-account-out',
  },
  {
    // A conditional in a how-to ("if the backup fails, ...") is no failure by itself: it cancels what its words score, and counts a third beside Apple's own message.
    id: 'fr-if-backup-fails',
    kind: 'phrase',
    patterns: [
      "si {frbackup} [échoue|ne fonctionne pas|ne se termine pas|ne se fait pas|n'aboutit pas]",
      // The general model's words under "si".
      'si {frbackup} ~ {frfail}',
      'si {frbackup} ~ {frneg} pas',
    ],
    backup: -3.5,
    passing: true,
    fixture: 'fr-neg-howto-if-fails',
  },
  {
    id: 'fr-no-longer-backs-up',
    kind: 'phrase',
    patterns: [
      'ne [fait|fais|font] [plus|pas] [de|la|sa|ma]? sauvegarde',
      // No backup left since: "je n'avais plus de sauvegarde depuis deux mois", "plus aucune sauvegarde".
      "[n'ai|n'avais|n'a|n'avait|n'y a|n'y avait] plus [de|aucune] sauvegarde",
      'plus aucune sauvegarde',
      '[aucune|pas de] sauvegarde depuis',
    ],
    backup: 3,
    fixture: 'fr-community-space-icloud',
  },
  {
    // The last backup long ago, as Settings shows it and people retell it ("la dernière réussie
    // date d'octobre"): this iPhone's own backup, so another app named beside it is a side note.
    id: 'fr-last-backup-long-ago',
    ownBackup: true,
    kind: 'phrase',
    patterns: [
      // "Remonte à" says long ago; "date de" only with a date ("date d'hier" is fine news). The
      // noun may be left out: "la dernière date de 2022".
      'dernière [sauvegarde|réussie|sauvegarde réussie]? [remonte|remontait] [à|au]',
      'dernière [sauvegarde|réussie|sauvegarde réussie]? [date|datait] [de|d|du] [plusieurs|il y a]',
      // (#num is a step of its own: in a bracket it would be the letters "num".)
      'dernière [sauvegarde|réussie|sauvegarde réussie]? [date|datait] [de|du] #num',
      'dernière [sauvegarde|sauvegarde réussie] il y a #num [jours|semaines|mois]',
    ],
    backup: 3,
    icloud: 1,
    causes: { 'backup-conditions': 0.5 },
    fixture: 'fr-tune-general-fails',
  },
];
