import type { UiCatalog } from '../../catalog';
import { plural } from '../../format';

/** The computers' names, shared by the panel and the options page (as in English). */
const COMPUTERS = {
  mac: 'Mac',
  windows: 'PC Windows',
  other: 'ni un Mac ni un PC',
} as const;

const IOS_RANGES = {
  '16+': 'iOS 16 ou version ultérieure',
  '15': 'iOS 15',
  '11-14': 'iOS 11 à 14',
  '10.3': 'iOS 10.3',
  '10.2-': 'iOS 10.2 ou version antérieure',
} as const;

/**
 * The troubleshooter's group headings, kept out of the object literal: their `other` key makes
 * UiCatalog's Widen take them for plural forms, which would refuse the other keys.
 */
const PICKER_GROUPS = {
  device: 'Sur l’iPhone ou l’iPad',
  computer: 'Sur l’ordinateur (Finder, iTunes ou Appareils Apple)',
  other: 'Autre chose',
} as const;

/** French: every surface's words (shape: EN_UI in content/strings/catalog.ts). */
export const UI: UiCatalog = {
  manifest: {
    name: 'Backup Doctor',
    description:
      'Repère les échecs de sauvegarde d’iPhone et d’iPad sur les pages Apple, vérifie l’état d’Apple et affiche la solution.',
    toggleCommand: 'Afficher ou masquer le panneau Backup Doctor',
  },
  panel: {
    brand: 'Backup Doctor',
    headline: '{channel} : {cause}',
    headlineMore: plural({
      one: '{channel} : {cause}, et {n} autre cause possible',
      other: '{channel} : {cause}, et {n} autres causes possibles',
    }),
    headlineGeneral: '{channel} en échec : la page n’en donne pas la raison',
    guideHeadline: plural({
      one: '{channel} : cette page traite de {n} cause possible',
      other: '{channel} : cette page traite de {n} causes possibles',
    }),
    guideHeadlineOne: '{channel} : cette page traite d’une seule cause possible, {cause}',
    incidentHeadline: {
      outage: 'Côté Apple : {service} est en panne. Attendez qu’Apple corrige le problème.',
      issue: 'Côté Apple : {service} rencontre un problème. Attendez qu’Apple corrige le problème.',
      maintenance: 'Côté Apple : {service} est en maintenance. Attendez la fin de la maintenance.',
    },
    appleSays: 'Apple indique :',
    afterFix: 'Si l’échec persiste après la correction d’Apple',
    askerWords: 'Message d’origine :',
    searchWords: 'Vous avez recherché :',
    question: {
      title: 'Que voyez-vous ?',
      intro: 'Choisissez le message le plus proche du vôtre : les étapes s’y adaptent.',
      none: 'Aucun de ces messages',
      pageCovers: 'Étapes pour tout ce que traite cette page',
    },
    whyLabel: 'Pourquoi nous le pensons',
    pageMentions: 'Ce que mentionne la page',
    stepsLabel: 'Que faire',
    errorCodes: 'Code d’erreur sur la page : {codes}',
    showOnPage: 'Montrer sur la page',
    hideOnPage: 'Masquer le surlignage',
    notOnPage: 'Ces mots ne sont plus visibles sur la page.',
    statusUnknown: '{service} : vérification impossible',
    incidentSince: '{service} : {state} depuis {since}',
    incidentNoStart: '{service} : {state}',
    generalNote:
      'La page ne nomme aucune cause : voici donc les vérifications habituelles, les plus sûres d’abord.',
    computerLabel: 'Votre ordinateur',
    computerAuto: 'Détecté : {detected}',
    computerNames: COMPUTERS,
    computerMac: COMPUTERS.mac,
    computerWindows: COMPUTERS.windows,
    iosLabel: 'Version d’iOS',
    iosAuto: 'Actuelle (iOS 16 ou version ultérieure)',
    fixedIt: 'C’est réglé',
    fixedTitle: 'Parfait, c’est réglé',
    fixedBody:
      'Vérifiez à nouveau demain que la sauvegarde fonctionne toujours : l’heure de la dernière sauvegarde réussie doit être récente.',
    startOver: 'Recommencer',
    copy: 'Copier un résumé',
    copied:
      'Copié. Collez-le dans une discussion avec l’assistance Apple ou dans une publication de la Communauté.',
    copyFailed: 'Impossible de copier. Sélectionnez le texte ci-dessous et copiez-le.',
    copyFallbackLabel: 'Résumé à copier',
    collapse: 'Réduire Backup Doctor',
    close: 'Fermer Backup Doctor sur cette page',
    tab: 'Ouvrir Backup Doctor : étapes pour résoudre ce problème de sauvegarde',
    tabText: 'Solution',
    shortcutHint: 'Alt+Maj+B affiche ou masque ce panneau.',
    summary: {
      title: 'Problème de sauvegarde de l’{device} (résumé de Backup Doctor)',
      problem: 'Problème : {headline}',
      appleSays: 'Apple indique : « {message} »',
      afterFix: 'Si l’échec persiste après la correction d’Apple : {headline}',
      seen: 'Ce que je vois : {what}',
      page: 'Page que je lisais : {url}',
      codes: 'Codes d’erreur : {codes}',
      quote: 'Le message : « {quote} »',
      status: 'État du système Apple : {status}',
      setup: 'Ma configuration : {computer}, {ios}',
      tried: 'Ce que j’ai essayé :',
      triedNone: 'Ce que j’ai essayé : rien de cette liste pour l’instant',
      triedItem: '- {title}',
      notYet: 'Pas encore essayé :',
      fixed: 'Résultat : c’est réglé.',
      notFixed: 'Résultat : la sauvegarde ne se fait toujours pas.',
    },
  },
  stepList: {
    listLabel: 'Étapes de résolution',
    progress: '{done} sur {total} effectuées',
    markDone: 'Effectué : {title}',
    where: 'Où',
    check: 'C’est réussi si',
    caution: 'Avant de commencer',
    cautionFlag: 'À lire d’abord',
    systemStatusLink: 'État du système Apple',
  },
  status: {
    state: {
      available: 'disponible',
      maintenance: 'en maintenance',
      issue: 'problème en cours',
      outage: 'en panne (interruption)',
      unknown: 'état inconnu',
    },
    stateWord: {
      available: 'disponible',
      maintenance: 'en maintenance',
      issue: 'problème',
      outage: 'panne',
      unknown: 'inconnu',
    },
    badgeText: {
      available: '',
      maintenance: 'MTCE',
      issue: '!',
      outage: 'HS',
      unknown: '?',
    },
    serviceState: '{service} : {state}',
    serviceStateSince: '{service} : {state} depuis {since}',
    since: 'depuis {time}',
    scheduled: 'Maintenance prévue {when}',
    resolved: 'Résolu {when}',
    checkedJustNow: 'vérifié à l’instant',
    checkedAgo: 'vérifié {ago}',
    neverChecked: 'pas encore vérifié',
    stale: 'Dernier état connu ({time}) ; il a pu changer depuis.',
    noData: 'Nous n’avons encore reçu aucun état d’Apple.',
    error: {
      network: 'Impossible de joindre le flux d’état d’Apple.',
      timeout: 'Le flux d’état d’Apple n’a pas répondu à temps.',
      http: 'Le flux d’état d’Apple a répondu par une erreur.',
      malformed: 'Le flux d’état d’Apple a envoyé des données illisibles.',
      format: 'Le flux d’état d’Apple est dans un format que nous ne reconnaissons pas.',
    },
    errorWithLastKnown: '{error} Dernier état connu : {time}.',
  },
  notification: {
    startedTitle: '{services} : {state}',
    endedTitle: '{services} : fonctionne de nouveau',
    endedMessage: 'Apple indique que le problème est résolu. Relancez votre sauvegarde.',
    noMessage: 'Apple signale un problème avec ce service.',
  },
  statusCard: {
    label: 'Backup Doctor',
    headline: 'Sauvegarde iCloud : {state}',
    headlineUnknown: 'Nous ne connaissons pas l’état de Sauvegarde iCloud pour le moment',
    fromFeed: 'D’après le flux d’état d’Apple, {checked}.',
    fromPage: 'Tel que cette page l’affiche, {time}.',
    alsoAffected: 'Également touchés',
    relatedState: '{service} : {state}',
    fixLink: 'Étapes pour réparer une sauvegarde qui échoue',
    waitAdvice:
      'Le problème vient d’Apple : attendez qu’il soit résolu, puis relancez la sauvegarde.',
  },
  popup: {
    title: 'Backup Doctor',
    headline: {
      available: 'Fonctionne normalement',
      maintenance: 'En maintenance',
      issue: 'Problème en cours',
      outage: 'En panne (interruption)',
      unknown: 'État inconnu',
    },
    meaning: {
      available:
        'Apple ne signale aucun problème. Si votre sauvegarde échoue, la cause est probablement de votre côté.',
      maintenance:
        'Apple y travaille. Les sauvegardes peuvent échouer jusqu’à la fin de la maintenance.',
      issue:
        'Apple signale un problème. Votre sauvegarde peut échouer à cause de lui : attendez, puis réessayez.',
      outage:
        'Apple signale une panne. Votre sauvegarde échouera probablement jusqu’à ce qu’Apple la corrige.',
      unknown: 'Impossible de savoir pour l’instant si Apple rencontre un problème.',
    },
    appleSays: 'Apple indique :',
    affected: 'Personnes concernées : {who}',
    lastKnown: 'Dernier état connu ({time}) : {state}.',
    scheduledTitle: 'Maintenance planifiée',
    scheduledUntil: 'De {start} à {end}',
    relatedTitle: 'Services associés',
    refresh: 'Vérifier maintenant',
    refreshing: 'Vérification…',
    refreshFailed: 'Impossible de lancer une nouvelle vérification. Réessayez dans un instant.',
    recentTitle: 'Incidents récents de Sauvegarde iCloud',
    recentNone: 'Aucun incident récent dans le flux d’Apple.',
    recentWhen: 'De {start} à {end}',
    recentOngoingEnd: 'fin inconnue',
    appleLink: 'État du système Apple',
    appleLinkNewTab: '(s’ouvre dans un nouvel onglet)',
    troubleshoot: 'La sauvegarde échoue ? Trouver la solution',
    settings: 'Réglages',
    backToStatus: 'Retour à l’état',
    picker: {
      title: 'Que voyez-vous ?',
      intro: 'Choisissez le message le plus proche du vôtre ou saisissez le code d’erreur.',
      groups: PICKER_GROUPS,
      codeLabel: 'Code d’erreur',
      codeHint: 'Tel qu’affiché, par exemple 0xE8000084 ou -36.',
      codeSubmit: 'Trouver la solution',
      codeInvalid:
        'Cela ne ressemble pas à un code d’erreur. Les codes ressemblent à 0xE8000084, -36 ou 4013.',
    },
    plan: {
      backToPicker: 'Retour à « Que voyez-vous ? »',
      youSaw: 'Vous voyez : {what}',
      forCode: 'erreur {code}',
      headlineGeneral: '{channel} : les vérifications habituelles',
      generalNote:
        'Rien de ce que vous avez choisi ne désigne une cause précise : voici donc les vérifications habituelles, les plus sûres d’abord.',
      notBackup:
        '{code} n’est pas une erreur de sauvegarde : les logiciels d’Apple l’affichent lors de la restauration ou de la mise à jour d’un iPhone ou d’un iPad. Si votre sauvegarde échoue aussi, commencez par ces vérifications habituelles.',
    },
  },
  options: {
    title: 'Réglages de Backup Doctor',
    intro:
      'Les modifications sont enregistrées au fur et à mesure et s’appliquent à toutes les pages Apple ouvertes.',
    loading: 'Chargement de vos réglages…',
    saved: 'Enregistré.',
    saveFailed: 'Impossible d’enregistrer cette modification. Réessayez.',
    panel: {
      legend: 'Le panneau de solutions sur les pages Apple',
      hint: 'Comment le panneau apparaît d’abord quand une page parle d’une sauvegarde qui échoue.',
      modes: {
        open: 'Ouvert à côté de la page',
        collapsed: 'Réduit à un petit onglet sur le bord',
        off: 'Ne pas l’afficher',
      },
      sitesLegend: 'Sites où le panneau peut apparaître',
      sitesHint: 'Décochez un site pour ne jamais y afficher le panneau.',
      siteNames: {
        'support.apple.com': 'Assistance Apple (support.apple.com)',
        'discussions.apple.com': 'Communauté Apple (discussions.apple.com)',
      },
    },
    device: {
      deviceLegend: 'Votre appareil',
      deviceHint:
        'Les étapes utilisent son nom, comme dans « Sauvegarder cet iPad » ou « Stockage iPad ». Sur une page consacrée à un appareil précis, comme une discussion sur l’iPad, les étapes suivent la page.',
      computerLegend: 'Votre ordinateur',
      computerHint:
        'Sert à choisir Finder, iTunes ou l’app Appareils Apple dans les étapes de sauvegarde sur ordinateur.',
      detected: '(selon ce navigateur : {computer})',
      detectedNames: COMPUTERS,
      computer: {
        auto: 'Le déduire de ce navigateur',
        mac: COMPUTERS.mac,
        windows: COMPUTERS.windows,
      },
      iosLegend: 'Version d’iOS de votre iPhone ou iPad',
      iosHint:
        'Les chemins dans Réglages ont changé d’une version à l’autre. Trouvez la vôtre dans Réglages > Général > Informations.',
      ios: {
        auto: 'Je ne sais pas (afficher les chemins de l’iOS actuel)',
        ...IOS_RANGES,
      },
    },
    notifications: {
      legend: 'Notifications du navigateur',
      label: 'M’avertir quand Apple signale un problème avec Sauvegarde iCloud',
      why: 'Backup Doctor affiche une notification quand la page État du système d’Apple signale un problème avec Sauvegarde iCloud ou la connexion à iCloud, et une autre quand il est terminé. Pour cela, il lui faut l’autorisation de votre navigateur d’afficher des notifications ; il la demande quand vous cochez la case et ne l’utilise pour rien d’autre.',
      asking: 'En attente de l’autorisation de votre navigateur…',
      on: 'Les notifications sont activées.',
      off: 'Les notifications sont désactivées.',
      denied:
        'Votre navigateur n’a pas donné l’autorisation : les notifications restent désactivées. Cochez à nouveau la case pour qu’elle vous soit redemandée.',
      failed:
        'Impossible de demander l’autorisation à votre navigateur ({reason}). Les notifications restent désactivées.',
    },
    progress: {
      legend: 'Progression enregistrée',
      hint: 'Backup Doctor retient, pour chaque problème, les étapes cochées et le message que vous avez indiqué, sur cet ordinateur uniquement.',
      clear: 'Effacer la progression enregistrée…',
      confirm:
        'Oublier toutes les étapes cochées et toutes les réponses, pour tous les problèmes ? Cette action est irréversible.',
      confirmYes: 'Oui, effacer',
      confirmNo: 'Annuler',
      cleared: plural({
        one: 'Progression effacée pour {count} problème.',
        other: 'Progression effacée pour {count} problèmes.',
      }),
      nothing: 'Il n’y avait aucune progression enregistrée à effacer.',
      failed: 'Impossible d’effacer la progression enregistrée. Réessayez.',
    },
  },
  choices: {
    'iphone-backup-failed': '« Échec de la sauvegarde de l’iPhone » (ou de l’iPad)',
    'not-enough-icloud-storage':
      '« Stockage insuffisant » : pas assez d’espace de stockage iCloud disponible',
    'last-backup-not-completed': '« La dernière sauvegarde n’a pas pu être effectuée. »',
    'icloud-backup-greyed-out':
      'L’option Sauvegarde iCloud est grisée, ou je ne peux pas l’activer',
    'computer-error-occurred':
      '« …n’a pas pu sauvegarder l’iPhone, car une erreur s’est produite »',
    'computer-backup-corrupt': '« …car la sauvegarde est corrompue ou incompatible »',
    'computer-iphone-disconnected': '« …car l’iPhone a été déconnecté »',
    'computer-not-enough-space': '« …espace libre insuffisant sur cet ordinateur »',
    'computer-session-failed': '« …car la session de sauvegarde a échoué »',
    'no-backup-no-message': 'La sauvegarde ne se fait pas, sans aucun message',
    'not-sure': 'Je ne sais pas',
  },
  causes: {
    'icloud-storage-full': 'espace de stockage iCloud insuffisant',
    'computer-storage-full': 'espace insuffisant sur l’ordinateur',
    'device-storage-low': 'peu d’espace libre sur l’{device}',
    network: 'la connexion réseau',
    'backup-conditions':
      'les conditions de la sauvegarde automatique (alimentation, Wi-Fi, verrouillage)',
    'icloud-backup-off': 'l’option Sauvegarde iCloud désactivée ou grisée',
    'outdated-software': 'des logiciels pas à jour',
    'corrupt-backup': 'une sauvegarde endommagée ou incompatible',
    'service-outage': 'un problème du côté d’Apple',
    'apple-account': 'la connexion au compte Apple',
    connection: 'la connexion de l’{device} à l’ordinateur',
    'security-software': 'un logiciel de sécurité sur l’ordinateur',
    restrictions: 'une restriction (Temps d’écran ou profil)',
  },
  channels: {
    icloud: 'Sauvegarde iCloud',
    computer: 'Sauvegarde sur ordinateur',
    both: 'Sauvegarde de l’{device}',
    none: 'Sauvegarde de l’{device}',
  },
  devices: {
    iphone: 'iPhone',
    ipad: 'iPad',
    ipod: 'iPod touch',
  },
  computers: COMPUTERS,
  iosRanges: IOS_RANGES,
  articles: {
    '102563': 'Apple : Si vous ne parvenez pas à sauvegarder sur iCloud',
    '108366': 'Apple : Sauvegarder avec iCloud',
    '108796': 'Apple : Sauvegarder avec votre Mac',
    '108967': 'Apple : Sauvegarder avec un PC Windows',
    '108770': 'Apple : Ce que sauvegarde iCloud',
    '108922': 'Apple : Gérer le stockage iCloud',
    '108353': 'Apple : Sauvegardes chiffrées',
    '108809': 'Apple : Trouver les sauvegardes sur votre ordinateur',
    '104980': 'Apple : Stockage iCloud temporaire pour un nouvel appareil',
    '109054': 'Apple : À propos de « Se fier à cet ordinateur »',
  },
};
