import type { StepCatalog } from '../../catalog';

/** iCloud's storage list, per iOS version (as content/steps/icloud-steps.ts). */
const STORAGE_16 = 'Réglages > [votre nom] > iCloud > Gérer le stockage du compte';
const STORAGE_11 = 'Réglages > [votre nom] > iCloud > Gérer le stockage';
const STORAGE_10_3 = 'Réglages > [votre nom] > iCloud > Stockage iCloud > Gérer le stockage';
const STORAGE_10_2 = 'Réglages > iCloud > Stockage > Gérer le stockage';

/** The backup switch: under [votre nom] from iOS 10.3, under Réglages > iCloud before. */
const BACKUP = 'Réglages > [votre nom] > iCloud > Sauvegarde iCloud';
const BACKUP_10_2 = 'Réglages > iCloud > Sauvegarde';

const TURN_ON_OLD = [
  'Activez « Sauvegarde iCloud ».',
  'Si le bouton est grisé, une restauration est peut-être encore en cours : laissez-la se terminer d’abord.',
];

const SIZE_OLD = [
  'Sous « Sauvegardes », touchez cet {device}.',
  'Attendez que « Taille de la prochaine sauvegarde » s’affiche et comparez-la à l’espace disponible dans iCloud.',
];

const UPGRADE_BEFORE_15 = [
  'Si exclure des apps ne suffit pas, choisissez un forfait de stockage iCloud plus grand (le forfait gratuit offre 5 Go). Vous conservez tout ce que vous avez.',
];

const WIFI_BASICS = [
  'Connectez-vous à un réseau Wi-Fi de confiance et ouvrez un site web dans Safari pour vérifier qu’il se charge.',
  'Évitez les réseaux avec une page de connexion (hôtels, trains) et désactivez tout VPN pendant la sauvegarde.',
];

const STATUS_PAGE = 'Page État du système d’Apple (apple.com/fr/support/systemstatus)';

/** Where each computer lists its backups, and the folder that holds them. */
const BACKUP_LIST = {
  any: 'La liste des sauvegardes dans le Finder (Mac) ou dans Appareils Apple ou iTunes (Windows)',
  finder:
    'Finder > [{device}] dans la barre latérale > Général > Gérer les sauvegardes (dossier : ~/Library/Application Support/MobileSync/Backup/)',
  itunes:
    'iTunes > Préférences > Appareils (dossier : ~/Library/Application Support/MobileSync/Backup/)',
  windows:
    'Appareils Apple > [{device}] > Général > Gérer les sauvegardes, ou iTunes > Édition > Préférences > Appareils (dossier : %USERPROFILE%\\Apple\\MobileSync\\Backup\\ pour Appareils Apple ou iTunes depuis le Microsoft Store, %APPDATA%\\Apple Computer\\MobileSync\\Backup\\ pour iTunes depuis le site web d’Apple)',
} as const;

const IN_BACKUP_LIST = {
  'mac-finder': { where: BACKUP_LIST.finder },
  'mac-itunes': { where: BACKUP_LIST.itunes },
  windows: { where: BACKUP_LIST.windows },
};

const COPY_NEVER_MOVE =
  'Copiez, ne déplacez jamais : une copie ne peut être restaurée qu’une fois recopiée, sans modification, dans le dossier des sauvegardes.';

const TRUST_FIRST = [
  'Connectez l’{device}, déverrouillez-le et restez sur l’écran d’accueil.',
  'Quand « Se fier à cet ordinateur ? » apparaît, touchez « Se fier » et saisissez votre code.',
];

/** Sentences that several iOS versions of a step share. */
const UNLOCK_AND_RETRY = 'Déverrouillez-le une fois qu’il a démarré, puis réessayez la sauvegarde.';
const ACCOUNT_PROMPTS =
  'Si un message vous demande de vous reconnecter, de vérifier votre adresse e-mail ou d’accepter de nouvelles conditions, faites-le.';
const DELETE_IN_BACKUPS =
  'Une fois la sauvegarde chiffrée de cet {device} sur l’ordinateur terminée, ouvrez « Sauvegardes », touchez cet {device} et supprimez sa sauvegarde.';
const BACK_UP_NOW_THERE =
  'Touchez alors « Sauvegarder maintenant » ; une nouvelle sauvegarde complète est créée.';
const TURN_ON_AGAIN =
  'Cela désactive aussi la sauvegarde iCloud : réactivez-la dans Sauvegarde iCloud.';
const DELETE_UNDER_BACKUPS =
  'Une fois la sauvegarde chiffrée de cet {device} sur l’ordinateur terminée, touchez cet {device} sous « Sauvegardes » et supprimez sa sauvegarde.';

/** French: the fix steps, in the shape of their English text (stepWords). */
export const STEPS: StepCatalog = {
  steps: {
    'check-apple-status': {
      title: 'Vérifier que le service Sauvegarde iCloud d’Apple fonctionne',
      instructions: [
        'Ouvrez la page État du système d’Apple et repérez « Sauvegarde iCloud » et « Compte iCloud et connexion ».',
        'Si l’un des deux signale un problème ou une panne, le souci vient d’Apple : attendez et réessayez plus tard.',
      ],
      where: STATUS_PAGE,
      check: 'Les deux services sont indiqués comme disponibles.',
    },
    'wait-for-apple': {
      title: 'Attendre qu’Apple résolve le problème, puis réessayer',
      instructions: [
        'Vous n’avez rien à modifier sur votre {device} tant que le service d’Apple rencontre un problème.',
        'Laissez la sauvegarde iCloud activée ; la sauvegarde automatique réessaiera d’elle-même.',
        'Quand la page État du système indique Sauvegarde iCloud comme disponible, relancez la sauvegarde.',
      ],
      where: STATUS_PAGE,
      check:
        'Le service Sauvegarde iCloud est indiqué comme disponible et une sauvegarde se termine.',
    },
    'restart-device': {
      title: 'Redémarrer l’{device}',
      instructions: [
        'Touchez « Éteindre » et faites glisser le curseur, ou maintenez le bouton latéral ou supérieur (avec l’un des boutons de volume si votre {device} n’a pas de bouton principal) jusqu’à ce que le curseur apparaisse.',
        'Attendez 30 secondes, puis maintenez le bouton latéral ou supérieur jusqu’à ce que le logo Apple apparaisse.',
        UNLOCK_AND_RETRY,
      ],
      where: 'Réglages > Général > Éteindre',
      check: 'Après le redémarrage, la sauvegarde démarre et ne s’arrête plus sur le même message.',
      ios: [
        {
          instructions: [
            'Maintenez le bouton Marche/Veille (en haut ou sur le côté) jusqu’à ce que le curseur apparaisse, puis faites-le glisser.',
            'Attendez 30 secondes, puis maintenez le bouton Marche/Veille jusqu’à ce que le logo Apple apparaisse.',
            UNLOCK_AND_RETRY,
          ],
          where: 'Le bouton Marche/Veille, en haut ou sur le côté',
        },
      ],
    },
    'device-free-space': {
      title: 'Libérer de l’espace sur l’{device}',
      instructions: [
        'Ouvrez « Stockage {device} » et attendez que la liste se charge.',
        'Suivez ses recommandations, comme décharger les apps que vous utilisez rarement : le déchargement conserve leurs documents et données.',
        'Supprimez les grandes vidéos ou les téléchargements dont vous n’avez plus besoin.',
      ],
      where: 'Réglages > Général > Stockage {device}',
      check: 'La barre en haut indique au moins quelques Go libres.',
      caution:
        'Ce que vous supprimez quitte l’{device} : gardez une copie de toute vidéo ou de tout fichier que vous pourriez vouloir conserver. Décharger une app conserve ses données.',
      ios: [
        {
          instructions: [
            'Ouvrez « Gérer le stockage » sous « Stockage » (pas sous « iCloud ») et attendez que la liste se charge.',
            'Touchez une app que vous n’utilisez plus et supprimez-la, ou supprimez les grandes vidéos ou les téléchargements dont vous n’avez plus besoin.',
          ],
          where: 'Réglages > Général > Stockage et utilisation d’iCloud > Gérer le stockage',
          caution:
            'Ce que vous supprimez quitte l’{device} : gardez une copie de toute vidéo ou de tout fichier que vous pourriez vouloir conserver. Supprimer une app supprime ses données.',
        },
      ],
    },
    'update-ios': {
      title: 'Mettre à jour le logiciel de l’{device}',
      instructions: [
        'Connectez-vous au Wi-Fi et branchez l’appareil sur secteur.',
        'Installez toute mise à jour proposée, puis laissez l’{device} redémarrer.',
      ],
      where: 'Réglages > Général > Mise à jour logicielle',
      check: 'Mise à jour logicielle n’indique aucune mise à jour en attente.',
    },
    'account-check-signin': {
      title: 'Vérifier que vous êtes connecté à votre compte Apple',
      instructions: [
        'Ouvrez Réglages et touchez votre nom en haut.',
        ACCOUNT_PROMPTS,
        'Saisissez le mot de passe de votre compte Apple si on vous le demande.',
      ],
      where: 'Réglages > [votre nom]',
      check: 'Votre nom s’affiche sans pastille rouge ni message de connexion, et iCloud s’ouvre.',
      ios: [
        {
          instructions: [
            'Ouvrez Réglages et touchez iCloud.',
            ACCOUNT_PROMPTS,
            'Saisissez le mot de passe de votre identifiant Apple si on vous le demande.',
          ],
          where: 'Réglages > iCloud',
          check: 'Votre compte s’affiche sans message de connexion.',
        },
      ],
    },
    'account-sign-out-in': {
      title: 'Se déconnecter d’iCloud, puis se reconnecter',
      instructions: [
        'Touchez « Se déconnecter » et saisissez le mot de passe de votre compte Apple pour désactiver Localiser.',
        'Choisissez ce dont vous voulez garder une copie sur cet {device} (comme Contacts et Calendriers), puis déconnectez-vous.',
        'Redémarrez l’{device}, puis reconnectez-vous avec le même compte Apple.',
      ],
      where: 'Réglages > [votre nom] > Se déconnecter',
      check: 'Après la connexion, la sauvegarde iCloud est activée et une sauvegarde se termine.',
      caution:
        'La déconnexion retire de cet {device} ce qui n’est conservé que dans iCloud, comme Photos iCloud et les fichiers iCloud Drive, ainsi que toute donnée dont vous ne gardez pas de copie. Tout reste dans iCloud et revient quand vous vous reconnectez. Vous aurez besoin du mot de passe de votre compte Apple.',
      ios: [
        {
          instructions: [
            'Touchez « Se déconnecter » et saisissez le mot de passe de votre identifiant Apple pour désactiver Localiser mon {device}.',
            'Choisissez ce que vous voulez garder sur cet {device} (comme Contacts et Calendriers), puis déconnectez-vous.',
            'Redémarrez l’{device}, puis reconnectez-vous avec le même identifiant Apple.',
          ],
          where: 'Réglages > iCloud > Se déconnecter',
          caution:
            'La déconnexion retire de cet {device} ce qui n’est conservé que dans iCloud, comme la Photothèque iCloud et les fichiers iCloud Drive, ainsi que toute donnée que vous ne gardez pas. Tout reste dans iCloud et revient quand vous vous reconnectez. Vous aurez besoin du mot de passe de votre identifiant Apple.',
        },
      ],
    },
    'check-screen-time': {
      title: 'Autoriser les modifications du compte dans Temps d’écran',
      instructions: [
        'Ouvrez « Restrictions relatives au contenu et à la confidentialité ».',
        'Sous « Modifications du compte », choisissez « Autoriser » (le code Temps d’écran peut être demandé).',
      ],
      where:
        'Réglages > Temps d’écran > Restrictions relatives au contenu et à la confidentialité > Modifications du compte',
      check: 'Le bouton Sauvegarde iCloud n’est plus grisé.',
      ios: [
        {
          instructions: [
            'Ouvrez « Restrictions relatives au contenu et à la confidentialité » (sous iOS 11 : « Restrictions »).',
            'Sous « Modifications du compte » (« Comptes »), choisissez « Autoriser » (le code peut être demandé).',
          ],
          where:
            'Réglages > Temps d’écran > Restrictions relatives au contenu et à la confidentialité > Modifications du compte (iOS 11 : Réglages > Général > Restrictions > Comptes)',
        },
        {
          instructions: [
            'Ouvrez « Restrictions » et saisissez le code des restrictions.',
            'Sous « Comptes », choisissez « Autoriser les modifications ».',
          ],
          where: 'Réglages > Général > Restrictions > Comptes',
        },
      ],
    },
    'check-profiles': {
      title: 'Rechercher un profil professionnel ou scolaire qui bloque la sauvegarde',
      instructions: [
        'Cherchez un profil de configuration ou une gestion de l’appareil par un établissement scolaire ou un employeur.',
        'S’il y en a un, demandez à la personne qui le gère s’il désactive Sauvegarde iCloud.',
      ],
      where: 'Réglages > Général > VPN et gestion de l’appareil',
      check: 'Aucun profil ne restreint les sauvegardes, ou l’organisation les a autorisées.',
      caution:
        'Ne supprimez pas un profil professionnel ou scolaire sans demander à son administrateur.',
      ios: [
        {
          where: 'Réglages > Général > Profils (ou Profils et gestion de l’appareil)',
        },
      ],
    },
    'reset-network-settings': {
      title: 'Réinitialiser les réglages réseau',
      instructions: [
        'Choisissez « Réinitialiser », puis « Réinitialiser les réglages réseau », et saisissez votre code.',
        'Après le redémarrage de l’{device}, reconnectez-vous à votre réseau Wi-Fi et réessayez la sauvegarde.',
      ],
      where:
        'Réglages > Général > Transférer ou réinitialiser l’{device} > Réinitialiser > Réinitialiser les réglages réseau',
      check: 'L’{device} se reconnecte au Wi-Fi et la sauvegarde se termine.',
      caution:
        'Cette opération oublie tous les réseaux Wi-Fi enregistrés et leurs mots de passe, les réglages VPN et cellulaires, ainsi que les ordinateurs auxquels cet {device} se fiait. Gardez votre mot de passe Wi-Fi à portée de main. Vos données sont conservées.',
      ios: [
        {
          where: 'Réglages > Général > Réinitialiser > Réinitialiser les réglages réseau',
        },
      ],
    },
    'icloud-turn-on-backup': {
      title: 'Activer Sauvegarde iCloud',
      instructions: [
        'Activez « Sauvegarder cet {device} ».',
        'Si le bouton est grisé, une restauration est peut-être encore en cours (une barre de progression s’affiche en dessous) : laissez-la se terminer d’abord.',
      ],
      where: BACKUP,
      check: 'Le bouton est activé et « Sauvegarder maintenant » apparaît en dessous.',
      ios: [{ instructions: TURN_ON_OLD }, { instructions: TURN_ON_OLD, where: BACKUP_10_2 }],
    },
    'icloud-backup-conditions': {
      title: 'Réunir les conditions de la sauvegarde automatique',
      instructions: [
        'La sauvegarde iCloud quotidienne ne s’effectue que lorsque l’{device} est branché sur secteur, connecté au Wi-Fi et verrouillé.',
        'Branchez-le pour la nuit, en Wi-Fi, et laissez l’écran verrouillé.',
      ],
      where: BACKUP,
      check: 'Le lendemain matin, la dernière sauvegarde réussie indique une heure de la nuit.',
      ios: [{ where: BACKUP_10_2 }],
    },
    'network-wifi-check': {
      title: 'Utiliser un réseau Wi-Fi qui fonctionne',
      instructions: [
        ...WIFI_BASICS,
        'Si votre {device} est compatible 5G, « Sauvegarder via le réseau cellulaire » (dans les réglages de Sauvegarde iCloud) permet de sauvegarder sans Wi-Fi là où votre opérateur l’autorise. Cela utilise vos données cellulaires.',
      ],
      where: 'Réglages > Wi-Fi',
      check: 'Un site web se charge dans Safari sur le même réseau.',
      ios: [{ instructions: WIFI_BASICS }],
    },
    'icloud-check-backup-size': {
      title: 'Comparer la taille de la prochaine sauvegarde à votre espace iCloud libre',
      instructions: [
        'Ouvrez « Sauvegardes » et touchez cet {device}.',
        'Attendez que « Taille de la prochaine sauvegarde » s’affiche et comparez-la à l’espace libre indiqué en haut d’iCloud.',
      ],
      where: `${STORAGE_16} > Sauvegardes`,
      check: 'Vous savez combien d’espace il manque (ou qu’il y en a assez).',
      ios: [
        { where: `${STORAGE_11} > Sauvegardes` },
        { instructions: SIZE_OLD, where: STORAGE_10_3 },
        { instructions: SIZE_OLD, where: STORAGE_10_2 },
      ],
    },
    'icloud-trim-backup': {
      title: 'Exclure les grosses apps de la sauvegarde',
      instructions: [
        'Dans la sauvegarde de cet {device}, désactivez les apps dont les données n’ont pas besoin d’être sauvegardées (par exemple les apps qui conservent déjà leurs données en ligne).',
        'Ce qu’iCloud conserve déjà, comme Photos iCloud, iCloud Drive et Mail, n’est jamais dans une sauvegarde : le désactiver ici ne libère rien.',
      ],
      where: `${STORAGE_16} > Sauvegardes > [cet {device}]`,
      check:
        'La taille de la prochaine sauvegarde est désormais inférieure à votre espace iCloud libre.',
      caution:
        'Désactiver une app supprime ses données de la sauvegarde iCloud. Les données restent sur l’{device} et sont de nouveau sauvegardées si vous réactivez l’app.',
      ios: [
        { where: `${STORAGE_11} > Sauvegardes > [cet {device}]` },
        { where: `${STORAGE_10_3} > [cet {device}]` },
        { where: `${STORAGE_10_2} > [cet {device}]` },
      ],
    },
    'icloud-upgrade-storage': {
      title: 'Obtenir plus d’espace de stockage iCloud',
      instructions: [
        'Si exclure des apps ne suffit pas, choisissez un forfait iCloud+ plus grand (le forfait gratuit offre 5 Go). Vous conservez tout ce que vous avez.',
        'Vous allez recevoir un nouvel {device} ? « Préparer pour le nouvel {device} » (dans « Transférer ou réinitialiser l’{device} ») vous prête gratuitement de l’espace iCloud pour une sauvegarde complète, conservée 21 jours.',
      ],
      where: `${STORAGE_16} > Changer de forfait de stockage`,
      check: 'Le total en haut d’iCloud indique le nouveau forfait.',
      ios: [
        { where: `${STORAGE_11} > Changer de forfait de stockage` },
        {
          instructions: UPGRADE_BEFORE_15,
          where: `${STORAGE_11} > Changer de forfait de stockage`,
        },
        {
          instructions: UPGRADE_BEFORE_15,
          where:
            'Réglages > [votre nom] > iCloud > Stockage iCloud > Changer de forfait de stockage',
        },
        {
          instructions: UPGRADE_BEFORE_15,
          where: 'Réglages > iCloud > Stockage > Changer de forfait de stockage',
        },
      ],
    },
    'icloud-free-space': {
      title: 'Faire de la place dans iCloud',
      instructions: [
        'Regardez ce qui occupe votre stockage iCloud et supprimez ce dont vous n’avez plus besoin : gros fichiers dans iCloud Drive, anciennes pièces jointes de Mail ou photos que vous avez enregistrées ailleurs.',
        'Les sauvegardes d’appareils que vous ne possédez plus occupent aussi de l’espace. N’en supprimez une que si vous êtes sûr de ne jamais la restaurer.',
      ],
      where: STORAGE_16,
      check:
        'L’espace libre en haut d’iCloud est supérieur à la taille de la prochaine sauvegarde.',
      caution:
        'Ce que vous supprimez d’iCloud disparaît de tous les appareils connectés à ce compte. Une sauvegarde supprimée ne peut pas être récupérée : ne supprimez jamais la sauvegarde d’un appareil que vous pourriez encore devoir restaurer.',
      ios: [{ where: STORAGE_11 }, { where: STORAGE_10_3 }, { where: STORAGE_10_2 }],
    },
    'icloud-replace-damaged-backup': {
      title: 'Remplacer une sauvegarde iCloud endommagée par une nouvelle',
      instructions: [
        DELETE_IN_BACKUPS,
        'Cela désactive aussi la sauvegarde iCloud : réactivez « Sauvegarder cet {device} » dans Sauvegarde iCloud.',
        BACK_UP_NOW_THERE,
      ],
      where: `${STORAGE_16} > Sauvegardes > [cet {device}]`,
      check: 'La nouvelle sauvegarde iCloud se termine et indique la date du jour.',
      caution:
        'La suppression de la sauvegarde iCloud est irréversible. Ne le faites qu’une fois terminée une sauvegarde chiffrée de cet {device} sur un ordinateur (une sauvegarde non chiffrée ne contient ni les mots de passe ni les données Santé), et jamais si vous pourriez encore avoir besoin de cette sauvegarde iCloud pour une restauration.',
      ios: [
        {
          instructions: [DELETE_IN_BACKUPS, TURN_ON_AGAIN, BACK_UP_NOW_THERE],
          where: `${STORAGE_11} > Sauvegardes > [cet {device}]`,
        },
        {
          instructions: [DELETE_UNDER_BACKUPS, TURN_ON_AGAIN, BACK_UP_NOW_THERE],
          where: `${STORAGE_10_3} > [cet {device}]`,
        },
        {
          instructions: [
            DELETE_UNDER_BACKUPS,
            'Cela désactive aussi la sauvegarde iCloud : réactivez-la dans Réglages > iCloud > Sauvegarde.',
            BACK_UP_NOW_THERE,
          ],
          where: `${STORAGE_10_2} > [cet {device}]`,
        },
      ],
    },
    'icloud-back-up-now': {
      title: 'Sauvegarder sur iCloud maintenant',
      instructions: [
        'Restez en Wi-Fi, touchez « Sauvegarder maintenant » et gardez l’{device} connecté jusqu’à la fin.',
      ],
      where: `${BACKUP} > Sauvegarder maintenant`,
      check: 'Sous le bouton, la dernière sauvegarde réussie indique l’heure actuelle.',
      ios: [{ where: `${BACKUP_10_2} > Sauvegarder maintenant` }],
    },
    'connection-unlock-trust': {
      title: 'Déverrouiller l’{device} et se fier à l’ordinateur',
      instructions: [
        ...TRUST_FIRST,
        'Si l’ordinateur le demande aussi, cliquez sur « Se fier » (Finder, Appareils Apple) ou « Continuer » (iTunes).',
      ],
      where: 'Sur l’{device} : l’alerte « Se fier à cet ordinateur ? », puis sur l’ordinateur',
      check:
        'L’{device} apparaît dans le Finder (Mac) ou dans Appareils Apple ou iTunes (Windows).',
      computer: {
        'mac-finder': {
          instructions: [
            ...TRUST_FIRST,
            'Si le Finder vous demande si vous faites confiance à l’{device}, cliquez sur « Se fier ».',
          ],
          check: 'L’{device} apparaît dans la barre latérale du Finder, sous « Emplacements ».',
        },
        'mac-itunes': {
          instructions: [
            ...TRUST_FIRST,
            'Si iTunes demande s’il faut autoriser cet ordinateur à accéder à l’{device}, cliquez sur « Continuer ».',
          ],
          check: 'Le bouton de l’{device} apparaît en haut à gauche d’iTunes.',
        },
        windows: {
          instructions: [
            ...TRUST_FIRST,
            'Si Appareils Apple le demande aussi, cliquez sur « Se fier » ; si iTunes demande s’il faut autoriser l’accès, cliquez sur « Continuer ».',
          ],
          check:
            'L’{device} apparaît dans la barre latérale d’Appareils Apple, ou sous forme de bouton dans iTunes.',
        },
      },
    },
    'connection-cable-port': {
      title: 'Essayer un autre câble et un autre port USB',
      instructions: [
        'Branchez le câble directement sur l’ordinateur, pas sur un hub ou un clavier.',
        'Essayez un autre port USB, et un autre câble Apple ou certifié si vous en avez un.',
      ],
      where: 'Le câble et les ports USB de l’ordinateur',
      check: 'L’{device} reste connecté pendant toute la sauvegarde.',
      computer: { 'mac-finder': {}, 'mac-itunes': {}, windows: {} },
    },
    'restart-computer': {
      title: 'Redémarrer l’ordinateur',
      instructions: [
        'Enregistrez votre travail, redémarrez l’ordinateur et reconnectez l’{device}.',
      ],
      where: 'La commande de redémarrage de l’ordinateur',
      check: 'Après le redémarrage, l’{device} se connecte et la sauvegarde démarre.',
      computer: {
        'mac-finder': { where: 'Menu Pomme > Redémarrer' },
        'mac-itunes': { where: 'Menu Pomme > Redémarrer' },
        windows: { where: 'Démarrer > Marche/Arrêt > Redémarrer' },
      },
    },
    'update-computer': {
      title: 'Mettre à jour l’ordinateur et son app de sauvegarde',
      instructions: [
        'Installez les dernières mises à jour de l’ordinateur et de l’app qui sauvegarde l’{device}.',
      ],
      where: 'Les réglages de mise à jour logicielle de l’ordinateur',
      check: 'Aucune mise à jour n’est en attente, et l’app voit l’{device}.',
      computer: {
        'mac-finder': {
          instructions: [
            'Installez toute mise à jour de macOS proposée. Le Finder est mis à jour avec macOS.',
          ],
          where:
            'Menu Pomme > Réglages Système > Général > Mise à jour de logiciels (macOS 12 ou version antérieure : Préférences Système > Mise à jour de logiciels)',
        },
        'mac-itunes': {
          instructions: ['Installez toute mise à jour de macOS et d’iTunes proposée.'],
          where:
            'Menu Pomme > Préférences Système > Mise à jour de logiciels (macOS 10.13 ou version antérieure : App Store > Mises à jour)',
        },
        windows: {
          instructions: [
            'Lancez Windows Update et installez ce qu’il propose.',
            'Mettez à jour Appareils Apple (ou iTunes du Microsoft Store) dans la Bibliothèque du Microsoft Store avec « Obtenir les mises à jour ». iTunes téléchargé sur le site d’Apple se met à jour via Aide > Rechercher les mises à jour.',
          ],
          where:
            'Windows 11 : Démarrer > Paramètres > Windows Update ; Windows 10 : Démarrer > Paramètres > Mise à jour et sécurité > Windows Update',
        },
      },
    },
    'computer-free-space': {
      title: 'Libérer de l’espace sur l’ordinateur',
      instructions: [
        'Une sauvegarde sur l’ordinateur nécessite à peu près autant d’espace libre que l’espace utilisé sur l’{device}.',
        'Videz la Corbeille, et placez vos propres grandes vidéos ou téléchargements sur un autre disque.',
      ],
      where: 'Les réglages de stockage de l’ordinateur',
      check: 'L’espace libre sur l’ordinateur est supérieur à l’espace utilisé sur l’{device}.',
      computer: {
        'mac-finder': {
          where:
            'Menu Pomme > Réglages Système > Général > Stockage (macOS 12 ou version antérieure : menu Pomme > À propos de ce Mac > Stockage)',
        },
        'mac-itunes': { where: 'Menu Pomme > À propos de ce Mac > Stockage' },
        windows: { where: 'Démarrer > Paramètres > Système > Stockage' },
      },
    },
    'computer-remove-old-backups': {
      title: 'Supprimer les anciennes sauvegardes dont vous n’avez plus besoin',
      instructions: [
        'Ouvrez la liste des sauvegardes et repérez celles des appareils que vous n’utilisez plus.',
        'Pour en garder une, copiez d’abord tout son dossier sur un autre disque et laissez la copie telle quelle.',
        'Sélectionnez ensuite la sauvegarde et cliquez sur « Supprimer la sauvegarde ».',
      ],
      where: BACKUP_LIST.any,
      check:
        'Le disque principal a plus d’espace libre, et toute sauvegarde que vous gardez est copiée sur un autre disque.',
      caution:
        'Une sauvegarde supprimée ne peut pas être récupérée. Ne supprimez que des sauvegardes que vous ne restaurerez jamais, sauf si vous les avez copiées avant. ' +
        COPY_NEVER_MOVE,
      computer: IN_BACKUP_LIST,
    },
    'security-software-check': {
      title: 'Vérifier le logiciel de sécurité de l’ordinateur',
      instructions: [
        'Mettez à jour votre antivirus ou votre pare-feu, ou mettez-le en pause pendant la sauvegarde.',
        'S’il a une liste d’apps ou d’appareils bloqués, autorisez l’app de sauvegarde d’Apple.',
      ],
      where: 'Les réglages de votre antivirus ou de votre pare-feu',
      check:
        'La sauvegarde se termine une fois le logiciel de sécurité mis à jour ou mis en pause.',
      caution: 'Réactivez la protection dès que la sauvegarde est terminée.',
      computer: {
        'mac-finder': {
          where:
            'Les réglages de votre logiciel de sécurité (le Finder doit pouvoir joindre l’{device} en USB)',
        },
        'mac-itunes': {
          where:
            'Les réglages de votre logiciel de sécurité (iTunes doit pouvoir joindre l’{device} en USB)',
        },
        windows: {
          where:
            'Windows 11 : Démarrer > Paramètres > Confidentialité et sécurité > Sécurité Windows ; Windows 10 : Démarrer > Paramètres > Mise à jour et sécurité > Sécurité Windows ; et tout autre antivirus (autorisez Appareils Apple ou iTunes)',
        },
      },
    },
    'encrypt-local-backup': {
      title: 'Faire une sauvegarde chiffrée sur l’ordinateur',
      instructions: [
        'Sélectionnez l’{device} dans l’app qui le sauvegarde et activez « Chiffrer la sauvegarde locale ».',
        'Choisissez un mot de passe que vous conserverez, puis cliquez sur « Sauvegarder maintenant » et attendez la fin.',
        'Seule une sauvegarde chiffrée conserve les mots de passe enregistrés, les réglages Wi-Fi, les données Santé et l’historique des appels.',
      ],
      where: 'Finder (Mac) ou Appareils Apple ou iTunes (Windows)',
      check:
        'La sauvegarde indique l’heure actuelle, avec un cadenas à côté dans la liste des sauvegardes.',
      caution:
        'Sans son mot de passe, une sauvegarde chiffrée est inutilisable : notez le mot de passe.',
      computer: {
        'mac-finder': {
          where:
            'Finder > [{device}] dans la barre latérale > Général > Chiffrer la sauvegarde locale',
        },
        'mac-itunes': {
          where: 'iTunes > [bouton {device}] > Résumé > Chiffrer la sauvegarde locale',
        },
        windows: {
          where:
            'Appareils Apple > [{device}] > Général > Chiffrer la sauvegarde locale (iTunes : [bouton {device}] > Résumé)',
        },
      },
    },
    'computer-replace-damaged-backup': {
      title: 'Remplacer la sauvegarde endommagée par une nouvelle',
      instructions: [
        'Quittez l’app de sauvegarde. Si vous pourriez encore avoir besoin de la sauvegarde endommagée, copiez tout son dossier sur un autre disque et laissez la copie telle quelle.',
        'Ouvrez la liste des sauvegardes, sélectionnez la sauvegarde de cet {device} et cliquez sur « Supprimer la sauvegarde ».',
        'Sauvegardez à nouveau ; une nouvelle sauvegarde complète est créée.',
      ],
      where: BACKUP_LIST.any,
      check:
        'Une nouvelle sauvegarde se termine et la liste des sauvegardes l’affiche avec la date du jour.',
      caution:
        'La suppression d’une sauvegarde est irréversible : ne supprimez jamais, sans l’avoir copiée d’abord, une sauvegarde dont vous pourriez encore avoir besoin pour une restauration. ' +
        COPY_NEVER_MOVE,
      computer: IN_BACKUP_LIST,
    },
    'reset-trust-settings': {
      title: 'Réinitialiser les réglages de confiance de l’{device}',
      instructions: [
        'Choisissez « Réinitialiser », puis « Réinitialiser localisation et confidentialité », et saisissez votre code.',
        'Reconnectez-le à l’ordinateur et touchez « Se fier » quand la question s’affiche.',
      ],
      where:
        'Réglages > Général > Transférer ou réinitialiser l’{device} > Réinitialiser > Réinitialiser localisation et confidentialité',
      check: 'L’alerte « Se fier à cet ordinateur ? » apparaît et l’ordinateur voit l’{device}.',
      caution:
        'Les apps redemanderont l’autorisation d’utiliser votre position, votre appareil photo et d’autres données, et il faudra de nouveau se fier à chaque ordinateur.',
      ios: [
        {
          where:
            'Réglages > Général > Réinitialiser > Réinitialiser localisation et confidentialité',
        },
      ],
    },
    'computer-back-up-now': {
      title: 'Sauvegarder sur l’ordinateur maintenant',
      instructions: [
        'Sélectionnez l’{device} dans l’app qui le sauvegarde et choisissez de sauvegarder toutes ses données sur cet ordinateur.',
        'Activez « Chiffrer la sauvegarde locale » (et conservez son mot de passe) : c’est la seule façon d’inclure les mots de passe enregistrés, les réglages Wi-Fi, les données Santé et l’historique des appels.',
        'Cliquez sur « Sauvegarder maintenant » et gardez l’{device} connecté et déverrouillé jusqu’à la fin.',
      ],
      where: 'Finder (Mac) ou Appareils Apple ou iTunes (Windows)',
      check: 'La dernière sauvegarde sur cet ordinateur indique l’heure actuelle.',
      computer: {
        'mac-finder': {
          where: 'Finder > [{device}] dans la barre latérale > Général > Sauvegarder maintenant',
        },
        'mac-itunes': {
          where: 'iTunes > [bouton {device}] > Résumé > Sauvegarder maintenant',
        },
        windows: {
          where:
            'Appareils Apple > [{device}] > Général > Sauvegarder maintenant (iTunes : [bouton {device}] > Résumé > Sauvegarder maintenant)',
        },
      },
    },
  },
  unsure: [
    {
      label: 'Sauvegarder cet {device}',
      note: 'iOS 16+ switch "Back Up This iPhone": recalled, not verified on a device.',
    },
    {
      label: 'Taille de la prochaine sauvegarde',
      note: '"Next Backup Size": recalled from older French iOS, not verified.',
    },
    {
      label: 'Sauvegarder via le réseau cellulaire',
      note: '"Back Up Over Cellular" (iOS 15+, 5G): French label not verified.',
    },
    {
      label: 'Préparer pour le nouvel {device}',
      note: '"Prepare for New iPhone": French label not verified.',
    },
    {
      label: 'Changer de forfait de stockage',
      note: '"Change Storage Plan": French label not verified.',
    },
    {
      label: 'Stockage et utilisation d’iCloud',
      note: 'iOS 10 "Storage & iCloud Usage": French label not verified.',
    },
    {
      label: 'Modifications du compte',
      note: '"Account Changes": French iOS may say "Modifications des comptes".',
    },
    {
      label: 'Autoriser les modifications',
      note: 'iOS 10 Restrictions > Accounts "Allow Changes": not verified.',
    },
    {
      label: 'Profils et gestion de l’appareil',
      note: 'Pre-iOS 15 "Profiles & Device Management": not verified.',
    },
    {
      label: 'bouton {device}',
      note: "iTunes' device button: how French Apple articles name it is a guess.",
    },
    {
      label: 'Obtenir les mises à jour',
      note: 'Microsoft Store "Get updates" in French Windows: recalled, not verified.',
    },
    {
      label: 'Compte iCloud et connexion',
      note: 'Name of "iCloud Account & Sign In" on the French System Status page: not verified.',
    },
  ],
};
