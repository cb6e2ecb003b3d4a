import type { StepCatalog } from '../../catalog';

/** iCloud's storage list, per iOS version (as content/steps/icloud-steps.ts). */
const STORAGE_16 = 'Einstellungen > [dein Name] > iCloud > Accountspeicher verwalten';
const STORAGE_11 = 'Einstellungen > [dein Name] > iCloud > Speicher verwalten';
const STORAGE_10_3 = 'Einstellungen > [dein Name] > iCloud > iCloud-Speicher > Speicher verwalten';
const STORAGE_10_2 = 'Einstellungen > iCloud > Speicher > Speicher verwalten';

/** The backup switch: under [dein Name] from iOS 10.3, under Einstellungen > iCloud before. */
const BACKUP = 'Einstellungen > [dein Name] > iCloud > iCloud-Backup';
const BACKUP_10_2 = 'Einstellungen > iCloud > Backup';

const TURN_ON_OLD = [
  'Aktiviere „iCloud-Backup“.',
  'Ist der Schalter ausgegraut, läuft vielleicht noch eine Wiederherstellung: Lass sie zuerst abschließen.',
];

const SIZE_OLD = [
  'Tippe unter „Backups“ auf dieses {device}.',
  'Warte, bis „Nächste Backupgröße“ erscheint, und vergleiche sie mit dem verfügbaren Speicher in iCloud.',
];

const UPGRADE_BEFORE_15 = [
  'Reicht das Weglassen von Apps nicht, wähle einen größeren iCloud-Speicherplan (der kostenlose Plan hat 5 GB). Dabei bleibt alles erhalten.',
];

const WIFI_BASICS = [
  'Verbinde dich mit einem WLAN, dem du vertraust, und öffne in Safari eine Website, um zu prüfen, ob sie lädt.',
  'Meide Netzwerke mit Anmeldeseite (Hotels, Züge) und deaktiviere während des Backups jedes VPN.',
];

const STATUS_PAGE = 'Apple Systemstatus-Seite (apple.com/de/support/systemstatus)';

/** Where each computer lists its backups, and the folder that holds them. */
const BACKUP_LIST = {
  any: 'Die Liste der Backups im Finder (Mac) oder in „Apple Geräte“ oder iTunes (Windows)',
  finder:
    'Finder > [{device}] in der Seitenleiste > Allgemein > Backups verwalten (Ordner: ~/Library/Application Support/MobileSync/Backup/)',
  itunes:
    'iTunes > Einstellungen > Geräte (Ordner: ~/Library/Application Support/MobileSync/Backup/)',
  windows:
    'Apple Geräte > [{device}] > Allgemein > Backups verwalten, oder iTunes > Bearbeiten > Einstellungen > Geräte (Ordner: %USERPROFILE%\\Apple\\MobileSync\\Backup\\ für „Apple Geräte“ oder iTunes aus dem Microsoft Store, %APPDATA%\\Apple Computer\\MobileSync\\Backup\\ für iTunes von der Apple-Website)',
} as const;

const IN_BACKUP_LIST = {
  'mac-finder': { where: BACKUP_LIST.finder },
  'mac-itunes': { where: BACKUP_LIST.itunes },
  windows: { where: BACKUP_LIST.windows },
};

const COPY_NEVER_MOVE =
  'Kopieren, nie verschieben: Eine Kopie lässt sich erst wiederherstellen, wenn sie unverändert in den Backup-Ordner zurückkopiert wurde.';

const TRUST_FIRST = [
  'Schließe das {device} an, entsperre es und bleib auf dem Home-Bildschirm.',
  'Wenn „Diesem Computer vertrauen?“ erscheint, tippe auf „Vertrauen“ und gib deinen Code ein.',
];

/** Sentences that several iOS versions of a step share. */
const UNLOCK_AND_RETRY = 'Entsperre es nach dem Start einmal und versuche das Backup erneut.';
const ACCOUNT_PROMPTS =
  'Wirst du aufgefordert, dich erneut anzumelden, deine E-Mail-Adresse zu bestätigen oder neuen Bedingungen zuzustimmen, tu das.';
const DELETE_IN_BACKUPS =
  'Wenn das verschlüsselte Computer-Backup dieses {device} abgeschlossen ist, öffne „Backups“, tippe auf dieses {device} und lösche sein Backup.';
const BACK_UP_NOW_THERE =
  'Tippe dort auf „Backup jetzt erstellen“; ein neues, vollständiges Backup wird erstellt.';
const TURN_ON_AGAIN =
  'Dabei wird auch iCloud-Backup deaktiviert: Aktiviere es unter „iCloud-Backup“ wieder.';
const DELETE_UNDER_BACKUPS =
  'Wenn das verschlüsselte Computer-Backup dieses {device} abgeschlossen ist, tippe unter „Backups“ auf dieses {device} und lösche sein Backup.';

/** German: the fix steps, in the shape of their English text (stepWords). */
export const STEPS: StepCatalog = {
  steps: {
    'check-apple-status': {
      title: 'Prüfen, ob Apples Dienst für iCloud-Backup funktioniert',
      instructions: [
        'Öffne Apples Systemstatus-Seite und suche „iCloud-Backup“ und „iCloud-Account & Anmeldung“.',
        'Zeigt einer der beiden ein Problem oder einen Ausfall, liegt es bei Apple: Warte und versuche es später erneut.',
      ],
      where: STATUS_PAGE,
      check: 'Beide Dienste werden als verfügbar angezeigt.',
    },
    'wait-for-apple': {
      title: 'Warten, bis Apple das Problem behebt, dann erneut versuchen',
      instructions: [
        'Solange Apples Dienst ein Problem hat, musst du an deinem {device} nichts ändern.',
        'Lass iCloud-Backup aktiviert; das automatische Backup versucht es von selbst erneut.',
        'Sobald die Systemstatus-Seite iCloud-Backup als verfügbar anzeigt, erstelle erneut ein Backup.',
      ],
      where: STATUS_PAGE,
      check: 'iCloud-Backup wird als verfügbar angezeigt und ein Backup wird abgeschlossen.',
    },
    'restart-device': {
      title: '{device} neu starten',
      instructions: [
        'Tippe auf „Ausschalten“ und bewege den Schieberegler, oder halte die Seitentaste oder die obere Taste gedrückt (zusammen mit einer der Lautstärketasten, wenn dein {device} keine Home-Taste hat), bis der Schieberegler erscheint.',
        'Warte 30 Sekunden und halte dann die Seitentaste oder die obere Taste gedrückt, bis das Apple-Logo erscheint.',
        UNLOCK_AND_RETRY,
      ],
      where: 'Einstellungen > Allgemein > Ausschalten',
      check: 'Nach dem Neustart beginnt das Backup und bricht nicht mit derselben Meldung ab.',
      ios: [
        {
          instructions: [
            'Halte den Ein-/Ausschalter (oben oder seitlich) gedrückt, bis der Schieberegler erscheint, und bewege ihn dann.',
            'Warte 30 Sekunden und halte dann den Ein-/Ausschalter gedrückt, bis das Apple-Logo erscheint.',
            UNLOCK_AND_RETRY,
          ],
          where: 'Der Ein-/Ausschalter oben oder seitlich',
        },
      ],
    },
    'device-free-space': {
      title: 'Speicherplatz auf dem {device} freigeben',
      instructions: [
        'Öffne „{device}-Speicher“ und warte, bis die Liste geladen ist.',
        'Folge den Empfehlungen, etwa selten genutzte Apps auslagern: Beim Auslagern bleiben ihre Dokumente und Daten erhalten.',
        'Lösche große Videos oder Downloads, die du nicht mehr brauchst.',
      ],
      where: 'Einstellungen > Allgemein > {device}-Speicher',
      check: 'Der Balken oben zeigt mindestens ein paar GB frei.',
      caution:
        'Was du löschst, ist vom {device} weg: Behalte eine Kopie jedes Videos und jeder Datei, die du noch möchtest. Beim Auslagern einer App bleiben ihre Daten erhalten.',
      ios: [
        {
          instructions: [
            'Öffne „Speicher verwalten“ unter „Speicher“ (nicht unter „iCloud“) und warte, bis die Liste geladen ist.',
            'Tippe auf eine App, die du nicht mehr nutzt, und lösche sie, oder lösche große Videos oder Downloads, die du nicht mehr brauchst.',
          ],
          where: 'Einstellungen > Allgemein > Speicher- & iCloud-Nutzung > Speicher verwalten',
          caution:
            'Was du löschst, ist vom {device} weg: Behalte eine Kopie jedes Videos und jeder Datei, die du noch möchtest. Beim Löschen einer App werden auch ihre Daten gelöscht.',
        },
      ],
    },
    'update-ios': {
      title: 'Software des {device} aktualisieren',
      instructions: [
        'Verbinde dich mit einem WLAN und schließe das Gerät an den Strom an.',
        'Installiere jedes angezeigte Update und lass das {device} dann neu starten.',
      ],
      where: 'Einstellungen > Allgemein > Softwareupdate',
      check: 'Unter „Softwareupdate“ wartet kein Update mehr.',
    },
    'account-check-signin': {
      title: 'Prüfen, ob du bei deinem Apple Account angemeldet bist',
      instructions: [
        'Öffne „Einstellungen“ und tippe oben auf deinen Namen.',
        ACCOUNT_PROMPTS,
        'Gib dein Apple Account-Passwort ein, wenn du danach gefragt wirst.',
      ],
      where: 'Einstellungen > [dein Name]',
      check:
        'Dein Name wird ohne rotes Kennzeichen und ohne Anmeldehinweis angezeigt, und iCloud lässt sich öffnen.',
      ios: [
        {
          instructions: [
            'Öffne „Einstellungen“ und tippe auf „iCloud“.',
            ACCOUNT_PROMPTS,
            'Gib das Passwort deiner Apple ID ein, wenn du danach gefragt wirst.',
          ],
          where: 'Einstellungen > iCloud',
          check: 'Dein Account wird ohne Anmeldehinweis angezeigt.',
        },
      ],
    },
    'account-sign-out-in': {
      title: 'Von iCloud abmelden und wieder anmelden',
      instructions: [
        'Tippe auf „Abmelden“ und gib dein Apple Account-Passwort ein, um „Wo ist?“ zu deaktivieren.',
        'Wähle, wovon eine Kopie auf diesem {device} bleiben soll (etwa Kontakte und Kalender), und melde dich dann ab.',
        'Starte das {device} neu und melde dich wieder mit demselben Apple Account an.',
      ],
      where: 'Einstellungen > [dein Name] > Abmelden',
      check: 'Nach der Anmeldung ist iCloud-Backup aktiviert und ein Backup wird abgeschlossen.',
      caution:
        'Beim Abmelden wird von diesem {device} entfernt, was nur in iCloud liegt, etwa iCloud-Fotos und Dateien in iCloud Drive, sowie alle Daten, von denen du keine Kopie behältst. Alles bleibt in iCloud und kommt bei der Anmeldung zurück. Du brauchst dein Apple Account-Passwort.',
      ios: [
        {
          instructions: [
            'Tippe auf „Abmelden“ und gib das Passwort deiner Apple ID ein, um „Mein {device} suchen“ zu deaktivieren.',
            'Wähle, was auf diesem {device} bleiben soll (etwa Kontakte und Kalender), und melde dich dann ab.',
            'Starte das {device} neu und melde dich wieder mit derselben Apple ID an.',
          ],
          where: 'Einstellungen > iCloud > Abmelden',
          caution:
            'Beim Abmelden wird von diesem {device} entfernt, was nur in iCloud liegt, etwa die iCloud-Fotomediathek und Dateien in iCloud Drive, sowie alle Daten, die du nicht behältst. Alles bleibt in iCloud und kommt bei der Anmeldung zurück. Du brauchst das Passwort deiner Apple ID.',
        },
      ],
    },
    'check-screen-time': {
      title: 'Accountänderungen in der Bildschirmzeit erlauben',
      instructions: [
        'Öffne „Inhalts- & Datenschutzbeschränkungen“.',
        'Wähle unter „Accountänderungen“ die Option „Erlauben“ (eventuell brauchst du den Bildschirmzeit-Code).',
      ],
      where:
        'Einstellungen > Bildschirmzeit > Inhalts- & Datenschutzbeschränkungen > Accountänderungen',
      check: 'Der Schalter für iCloud-Backup ist nicht mehr ausgegraut.',
      ios: [
        {
          instructions: [
            'Öffne „Beschränkungen“ (unter iOS 11: „Einschränkungen“).',
            'Wähle unter „Accountänderungen“ („Accounts“) die Option „Erlauben“ (eventuell brauchst du den Code).',
          ],
          where:
            'Einstellungen > Bildschirmzeit > Beschränkungen > Accountänderungen (iOS 11: Einstellungen > Allgemein > Einschränkungen > Accounts)',
        },
        {
          instructions: [
            'Öffne „Einschränkungen“ und gib den Code für Einschränkungen ein.',
            'Wähle unter „Accounts“ die Option „Änderungen erlauben“.',
          ],
          where: 'Einstellungen > Allgemein > Einschränkungen > Accounts',
        },
      ],
    },
    'check-profiles': {
      title: 'Nach einem Arbeits- oder Schulprofil suchen, das Backups blockiert',
      instructions: [
        'Suche nach einem Konfigurationsprofil oder einer Geräteverwaltung durch eine Schule oder einen Arbeitgeber.',
        'Ist eines vorhanden, frag die Person, die es verwaltet, ob es iCloud-Backup deaktiviert.',
      ],
      where: 'Einstellungen > Allgemein > VPN und Geräteverwaltung',
      check: 'Kein Profil beschränkt Backups, oder die Organisation hat sie erlaubt.',
      caution: 'Entferne kein Arbeits- oder Schulprofil, ohne den Administrator zu fragen.',
      ios: [
        {
          where: 'Einstellungen > Allgemein > Profile (oder Profile & Geräteverwaltung)',
        },
      ],
    },
    'reset-network-settings': {
      title: 'Netzwerkeinstellungen zurücksetzen',
      instructions: [
        'Wähle „Zurücksetzen“, dann „Netzwerkeinstellungen zurücksetzen“ und gib deinen Code ein.',
        'Wenn das {device} neu gestartet ist, verbinde dich wieder mit deinem WLAN und versuche das Backup.',
      ],
      where:
        'Einstellungen > Allgemein > {device} übertragen/zurücksetzen > Zurücksetzen > Netzwerkeinstellungen zurücksetzen',
      check: 'Das {device} verbindet sich wieder mit dem WLAN und das Backup wird abgeschlossen.',
      caution:
        'Dabei werden alle gesicherten WLANs und ihre Passwörter, VPN- und Mobilfunkeinstellungen sowie die Computer gelöscht, denen dieses {device} vertraut hat. Halte dein WLAN-Passwort bereit. Deine Daten bleiben erhalten.',
      ios: [
        {
          where: 'Einstellungen > Allgemein > Zurücksetzen > Netzwerkeinstellungen zurücksetzen',
        },
      ],
    },
    'icloud-turn-on-backup': {
      title: 'iCloud-Backup aktivieren',
      instructions: [
        'Aktiviere „Dieses {device} sichern“.',
        'Ist der Schalter ausgegraut, läuft vielleicht noch eine Wiederherstellung (darunter ist ein Fortschrittsbalken zu sehen): Lass sie zuerst abschließen.',
      ],
      where: BACKUP,
      check: 'Der Schalter ist aktiviert und darunter erscheint „Backup jetzt erstellen“.',
      ios: [{ instructions: TURN_ON_OLD }, { instructions: TURN_ON_OLD, where: BACKUP_10_2 }],
    },
    'icloud-backup-conditions': {
      title: 'Dem automatischen Backup geben, was es braucht',
      instructions: [
        'Das tägliche iCloud-Backup läuft nur, während das {device} am Strom angeschlossen, mit einem WLAN verbunden und gesperrt ist.',
        'Schließe es über Nacht an den Strom an, lass es im WLAN und den Bildschirm gesperrt.',
      ],
      where: BACKUP,
      check:
        'Am nächsten Morgen zeigt das letzte erfolgreiche Backup eine Uhrzeit von letzter Nacht.',
      ios: [{ where: BACKUP_10_2 }],
    },
    'network-wifi-check': {
      title: 'Ein funktionierendes WLAN verwenden',
      instructions: [
        ...WIFI_BASICS,
        'Hat dein {device} 5G, sichert „Backup über Mobilfunk“ (in den Einstellungen von iCloud-Backup) auch ohne WLAN, wo dein Mobilfunkanbieter es erlaubt. Dabei werden mobile Daten verbraucht.',
      ],
      where: 'Einstellungen > WLAN',
      check: 'Im selben Netzwerk lädt eine Website in Safari.',
      ios: [{ instructions: WIFI_BASICS }],
    },
    'icloud-check-backup-size': {
      title: 'Größe des nächsten Backups mit deinem freien iCloud-Speicher vergleichen',
      instructions: [
        'Öffne „Backups“ und tippe auf dieses {device}.',
        'Warte, bis „Nächste Backupgröße“ erscheint, und vergleiche sie mit dem freien Speicher, der oben unter „iCloud“ angezeigt wird.',
      ],
      where: `${STORAGE_16} > Backups`,
      check: 'Du weißt, wie viel Speicher fehlt (oder dass genug da ist).',
      ios: [
        { where: `${STORAGE_11} > Backups` },
        { instructions: SIZE_OLD, where: STORAGE_10_3 },
        { instructions: SIZE_OLD, where: STORAGE_10_2 },
      ],
    },
    'icloud-trim-backup': {
      title: 'Große Apps vom Backup ausnehmen',
      instructions: [
        'Deaktiviere im Backup dieses {device} Apps, deren Daten nicht gesichert werden müssen (etwa Apps, die ihre Daten ohnehin online speichern).',
        'Was iCloud ohnehin speichert, etwa iCloud-Fotos, iCloud Drive und Mail, ist nie Teil eines Backups: Es hier auszuschalten, spart nichts.',
      ],
      where: `${STORAGE_16} > Backups > [dieses {device}]`,
      check: '„Nächste Backupgröße“ ist jetzt kleiner als dein freier iCloud-Speicher.',
      caution:
        'Wenn du eine App deaktivierst, werden ihre Daten aus dem iCloud-Backup gelöscht. Die Daten bleiben auf dem {device} und werden wieder gesichert, wenn du die App erneut aktivierst.',
      ios: [
        { where: `${STORAGE_11} > Backups > [dieses {device}]` },
        { where: `${STORAGE_10_3} > [dieses {device}]` },
        { where: `${STORAGE_10_2} > [dieses {device}]` },
      ],
    },
    'icloud-upgrade-storage': {
      title: 'Mehr iCloud-Speicher erhalten',
      instructions: [
        'Reicht das Weglassen von Apps nicht, wähle einen größeren iCloud+ Plan (der kostenlose Plan hat 5 GB). Dabei bleibt alles erhalten.',
        'Bekommst du ein neues {device}? „Auf neues {device} vorbereiten“ (unter „{device} übertragen/zurücksetzen“) leiht dir kostenlosen iCloud-Speicher für ein vollständiges Backup, das 21 Tage aufbewahrt wird.',
      ],
      where: `${STORAGE_16} > Speicherplan ändern`,
      check: 'Die Gesamtgröße oben unter „iCloud“ zeigt den neuen Plan.',
      ios: [
        { where: `${STORAGE_11} > Speicherplan ändern` },
        { instructions: UPGRADE_BEFORE_15, where: `${STORAGE_11} > Speicherplan ändern` },
        {
          instructions: UPGRADE_BEFORE_15,
          where: 'Einstellungen > [dein Name] > iCloud > iCloud-Speicher > Speicherplan ändern',
        },
        {
          instructions: UPGRADE_BEFORE_15,
          where: 'Einstellungen > iCloud > Speicher > Speicherplan ändern',
        },
      ],
    },
    'icloud-free-space': {
      title: 'Platz in iCloud schaffen',
      instructions: [
        'Sieh nach, was deinen iCloud-Speicher belegt, und lösche, was du nicht mehr brauchst: große Dateien in iCloud Drive, alte Mail-Anhänge oder Fotos, die du anderswo gesichert hast.',
        'Auch Backups von Geräten, die du nicht mehr besitzt, belegen Platz. Lösche eines nur, wenn du sicher bist, dass du es nie wiederherstellen wirst.',
      ],
      where: STORAGE_16,
      check: 'Der freie Speicher oben unter „iCloud“ ist größer als die nächste Backupgröße.',
      caution:
        'Was du aus iCloud löschst, verschwindet von allen Geräten, die damit angemeldet sind. Ein gelöschtes Backup lässt sich nicht zurückholen: Lösche nie das Backup eines Geräts, das du vielleicht noch wiederherstellen musst.',
      ios: [{ where: STORAGE_11 }, { where: STORAGE_10_3 }, { where: STORAGE_10_2 }],
    },
    'icloud-replace-damaged-backup': {
      title: 'Ein beschädigtes iCloud-Backup durch ein neues ersetzen',
      instructions: [
        DELETE_IN_BACKUPS,
        'Dabei wird auch iCloud-Backup deaktiviert: Aktiviere „Dieses {device} sichern“ unter „iCloud-Backup“ wieder.',
        BACK_UP_NOW_THERE,
      ],
      where: `${STORAGE_16} > Backups > [dieses {device}]`,
      check: 'Das neue iCloud-Backup wird abgeschlossen und zeigt das heutige Datum.',
      caution:
        'Das Löschen des iCloud-Backups kann nicht widerrufen werden. Tu es erst, wenn ein verschlüsseltes Backup dieses {device} auf einem Computer abgeschlossen ist (ein unverschlüsseltes enthält keine Passwörter und keine Health-Daten), und nie, wenn du dieses iCloud-Backup vielleicht noch zum Wiederherstellen brauchst.',
      ios: [
        {
          instructions: [DELETE_IN_BACKUPS, TURN_ON_AGAIN, BACK_UP_NOW_THERE],
          where: `${STORAGE_11} > Backups > [dieses {device}]`,
        },
        {
          instructions: [DELETE_UNDER_BACKUPS, TURN_ON_AGAIN, BACK_UP_NOW_THERE],
          where: `${STORAGE_10_3} > [dieses {device}]`,
        },
        {
          instructions: [
            DELETE_UNDER_BACKUPS,
            'Dabei wird auch iCloud-Backup deaktiviert: Aktiviere es wieder unter Einstellungen > iCloud > Backup.',
            BACK_UP_NOW_THERE,
          ],
          where: `${STORAGE_10_2} > [dieses {device}]`,
        },
      ],
    },
    'icloud-back-up-now': {
      title: 'Jetzt ein Backup in iCloud erstellen',
      instructions: [
        'Bleib im WLAN, tippe auf „Backup jetzt erstellen“ und lass das {device} verbunden, bis es fertig ist.',
      ],
      where: `${BACKUP} > Backup jetzt erstellen`,
      check: 'Unter der Taste zeigt das letzte erfolgreiche Backup die aktuelle Uhrzeit.',
      ios: [{ where: `${BACKUP_10_2} > Backup jetzt erstellen` }],
    },
    'connection-unlock-trust': {
      title: '{device} entsperren und dem Computer vertrauen',
      instructions: [
        ...TRUST_FIRST,
        'Fragt auch der Computer, klicke auf „Vertrauen“ (Finder, Apple Geräte) oder „Fortfahren“ (iTunes).',
      ],
      where: 'Auf dem {device}: die Meldung „Diesem Computer vertrauen?“; dann auf dem Computer',
      check: 'Das {device} erscheint im Finder (Mac) oder in „Apple Geräte“ oder iTunes (Windows).',
      computer: {
        'mac-finder': {
          instructions: [
            ...TRUST_FIRST,
            'Fragt der Finder, ob du dem {device} vertrauen willst, klicke auf „Vertrauen“.',
          ],
          check: 'Das {device} erscheint in der Finder-Seitenleiste unter „Orte“.',
        },
        'mac-itunes': {
          instructions: [
            ...TRUST_FIRST,
            'Fragt iTunes, ob dieser Computer auf das {device} zugreifen darf, klicke auf „Fortfahren“.',
          ],
          check: 'Die Taste des {device} erscheint oben links in iTunes.',
        },
        windows: {
          instructions: [
            ...TRUST_FIRST,
            'Fragt auch „Apple Geräte“, klicke auf „Vertrauen“; fragt iTunes, ob der Zugriff erlaubt werden soll, klicke auf „Fortfahren“.',
          ],
          check:
            'Das {device} erscheint in der Seitenleiste von „Apple Geräte“ oder als Taste in iTunes.',
        },
      },
    },
    'connection-cable-port': {
      title: 'Ein anderes Kabel und einen anderen USB-Anschluss probieren',
      instructions: [
        'Stecke das Kabel direkt in den Computer, nicht in einen Hub oder eine Tastatur.',
        'Probiere einen anderen USB-Anschluss und, falls vorhanden, ein anderes Kabel von Apple oder ein zertifiziertes Kabel.',
      ],
      where: 'Das Kabel und die USB-Anschlüsse des Computers',
      check: 'Das {device} bleibt während des ganzen Backups verbunden.',
      computer: { 'mac-finder': {}, 'mac-itunes': {}, windows: {} },
    },
    'restart-computer': {
      title: 'Computer neu starten',
      instructions: [
        'Sichere deine Arbeit, starte den Computer neu und schließe das {device} erneut an.',
      ],
      where: 'Der Befehl zum Neustarten des Computers',
      check: 'Nach dem Neustart verbindet sich das {device} und das Backup beginnt.',
      computer: {
        'mac-finder': { where: 'Apple-Menü > Neustart' },
        'mac-itunes': { where: 'Apple-Menü > Neustart' },
        windows: { where: 'Start > Ein/Aus > Neu starten' },
      },
    },
    'update-computer': {
      title: 'Computer und Backup-App aktualisieren',
      instructions: [
        'Installiere die neuesten Updates für den Computer und für die App, die das {device} sichert.',
      ],
      where: 'Die Einstellungen für Softwareupdates des Computers',
      check: 'Es warten keine Updates, und die App erkennt das {device}.',
      computer: {
        'mac-finder': {
          instructions: [
            'Installiere jedes angezeigte macOS-Update. Der Finder wird mit macOS aktualisiert.',
          ],
          where:
            'Apple-Menü > Systemeinstellungen > Allgemein > Softwareupdate (macOS 12 oder älter: Systemeinstellungen > Softwareupdate)',
        },
        'mac-itunes': {
          instructions: ['Installiere alle angezeigten Updates für macOS und iTunes.'],
          where:
            'Apple-Menü > Systemeinstellungen > Softwareupdate (macOS 10.13 oder älter: App Store > Updates)',
        },
        windows: {
          instructions: [
            'Führe Windows Update aus und installiere, was angeboten wird.',
            'Aktualisiere „Apple Geräte“ (oder iTunes aus dem Microsoft Store) in der Bibliothek des Microsoft Store mit „Updates abrufen“. iTunes von der Apple-Website wird über Hilfe > Nach Updates suchen aktualisiert.',
          ],
          where:
            'Windows 11: Start > Einstellungen > Windows Update; Windows 10: Start > Einstellungen > Update und Sicherheit > Windows Update',
        },
      },
    },
    'computer-free-space': {
      title: 'Speicherplatz auf dem Computer freigeben',
      instructions: [
        'Ein Backup auf dem Computer braucht etwa so viel freien Speicher, wie auf dem {device} belegt ist.',
        'Leere den Papierkorb und lege eigene große Videos oder Downloads auf ein anderes Laufwerk.',
      ],
      where: 'Die Speichereinstellungen des Computers',
      check: 'Auf dem Computer ist mehr Speicher frei, als auf dem {device} belegt ist.',
      computer: {
        'mac-finder': {
          where:
            'Apple-Menü > Systemeinstellungen > Allgemein > Speicher (macOS 12 oder älter: Apple-Menü > Über diesen Mac > Speicher)',
        },
        'mac-itunes': { where: 'Apple-Menü > Über diesen Mac > Speicher' },
        windows: { where: 'Start > Einstellungen > System > Speicher' },
      },
    },
    'computer-remove-old-backups': {
      title: 'Alte Backups löschen, die du nicht mehr brauchst',
      instructions: [
        'Öffne die Liste der Backups und such die von Geräten, die du nicht mehr nutzt.',
        'Willst du eines behalten, kopiere zuerst seinen ganzen Ordner auf ein anderes Laufwerk und lass die Kopie unverändert.',
        'Wähle dann das Backup aus und klicke auf „Backup löschen“.',
      ],
      where: BACKUP_LIST.any,
      check:
        'Auf dem Hauptlaufwerk ist mehr Speicher frei, und jedes Backup, das du behältst, ist auf ein anderes Laufwerk kopiert.',
      caution: `Ein gelöschtes Backup lässt sich nicht zurückholen. Lösche nur Backups, aus denen du nie wiederherstellen wirst, außer du hast sie vorher kopiert. ${COPY_NEVER_MOVE}`,
      computer: IN_BACKUP_LIST,
    },
    'security-software-check': {
      title: 'Sicherheitssoftware auf dem Computer prüfen',
      instructions: [
        'Aktualisiere deine Antiviren- oder Firewall-App oder pausiere sie während des Backups.',
        'Hat sie eine Liste blockierter Apps oder Geräte, erlaube Apples Backup-App.',
      ],
      where: 'Die Einstellungen deiner Antiviren- oder Firewall-App',
      check:
        'Das Backup wird abgeschlossen, während die Sicherheits-App aktualisiert oder pausiert ist.',
      caution: 'Aktiviere den Schutz wieder, sobald das Backup abgeschlossen ist.',
      computer: {
        'mac-finder': {
          where:
            'Die Einstellungen deiner Sicherheits-App (der Finder muss das {device} über USB erreichen)',
        },
        'mac-itunes': {
          where:
            'Die Einstellungen deiner Sicherheits-App (iTunes muss das {device} über USB erreichen)',
        },
        windows: {
          where:
            'Windows 11: Start > Einstellungen > Datenschutz und Sicherheit > Windows-Sicherheit; Windows 10: Start > Einstellungen > Update und Sicherheit > Windows-Sicherheit; und jede andere Antiviren-App („Apple Geräte“ oder iTunes erlauben)',
        },
      },
    },
    'encrypt-local-backup': {
      title: 'Verschlüsseltes Backup auf dem Computer erstellen',
      instructions: [
        'Wähle das {device} in der App aus, die es sichert, und aktiviere „Lokales Backup verschlüsseln“.',
        'Wähle ein Passwort, das du dir merkst, klicke dann auf „Backup jetzt erstellen“ und warte, bis es fertig ist.',
        'Nur ein verschlüsseltes Backup enthält gesicherte Passwörter, WLAN-Einstellungen, Health-Daten und die Anrufliste.',
      ],
      where: 'Finder (Mac) oder „Apple Geräte“ oder iTunes (Windows)',
      check:
        'Das Backup zeigt die aktuelle Uhrzeit, mit einem Schloss daneben in der Liste der Backups.',
      caution:
        'Ohne sein Passwort ist ein verschlüsseltes Backup nicht nutzbar: Schreib das Passwort auf.',
      computer: {
        'mac-finder': {
          where:
            'Finder > [{device}] in der Seitenleiste > Allgemein > Lokales Backup verschlüsseln',
        },
        'mac-itunes': {
          where: 'iTunes > [{device}-Taste] > Übersicht > Lokales Backup verschlüsseln',
        },
        windows: {
          where:
            'Apple Geräte > [{device}] > Allgemein > Lokales Backup verschlüsseln (iTunes: [{device}-Taste] > Übersicht)',
        },
      },
    },
    'computer-replace-damaged-backup': {
      title: 'Das beschädigte Backup durch ein neues ersetzen',
      instructions: [
        'Beende die Backup-App. Brauchst du das beschädigte Backup vielleicht noch, kopiere seinen ganzen Ordner auf ein anderes Laufwerk und lass die Kopie unverändert.',
        'Öffne die Liste der Backups, wähle das Backup dieses {device} aus und klicke auf „Backup löschen“.',
        'Erstelle erneut ein Backup; ein neues, vollständiges Backup wird erstellt.',
      ],
      where: BACKUP_LIST.any,
      check:
        'Ein neues Backup wird abgeschlossen und erscheint mit dem heutigen Datum in der Liste der Backups.',
      caution: `Das Löschen eines Backups kann nicht widerrufen werden: Lösche nie eines, das du vielleicht noch zum Wiederherstellen brauchst, ohne es vorher zu kopieren. ${COPY_NEVER_MOVE}`,
      computer: IN_BACKUP_LIST,
    },
    'reset-trust-settings': {
      title: 'Vertrauenseinstellungen des {device} zurücksetzen',
      instructions: [
        'Wähle „Zurücksetzen“, dann „Standort & Datenschutz zurücksetzen“ und gib deinen Code ein.',
        'Schließe es wieder an den Computer an und tippe auf „Vertrauen“, wenn du gefragt wirst.',
      ],
      where:
        'Einstellungen > Allgemein > {device} übertragen/zurücksetzen > Zurücksetzen > Standort & Datenschutz zurücksetzen',
      check:
        'Die Meldung „Diesem Computer vertrauen?“ erscheint und der Computer erkennt das {device}.',
      caution:
        'Apps fragen erneut nach der Erlaubnis, deinen Standort, deine Kamera und andere Daten zu nutzen, und jedem Computer muss erneut vertraut werden.',
      ios: [
        { where: 'Einstellungen > Allgemein > Zurücksetzen > Standort & Datenschutz zurücksetzen' },
      ],
    },
    'computer-back-up-now': {
      title: 'Jetzt ein Backup auf dem Computer erstellen',
      instructions: [
        'Wähle das {device} in der App aus, die es sichert, und lege fest, dass alle Daten auf diesem Computer gesichert werden.',
        'Aktiviere „Lokales Backup verschlüsseln“ (und merk dir das Passwort): Nur dann enthält das Backup gesicherte Passwörter, WLAN-Einstellungen, Health-Daten und die Anrufliste.',
        'Klicke auf „Backup jetzt erstellen“ und lass das {device} verbunden und entsperrt, bis es fertig ist.',
      ],
      where: 'Finder (Mac) oder „Apple Geräte“ oder iTunes (Windows)',
      check: 'Das letzte Backup auf diesem Computer zeigt die aktuelle Uhrzeit.',
      computer: {
        'mac-finder': {
          where: 'Finder > [{device}] in der Seitenleiste > Allgemein > Backup jetzt erstellen',
        },
        'mac-itunes': {
          where: 'iTunes > [{device}-Taste] > Übersicht > Backup jetzt erstellen',
        },
        windows: {
          where:
            'Apple Geräte > [{device}] > Allgemein > Backup jetzt erstellen (iTunes: [{device}-Taste] > Übersicht > Backup jetzt erstellen)',
        },
      },
    },
  },
  unsure: [
    {
      label: 'Accountspeicher verwalten',
      note: 'iOS 16+ "Manage Account Storage": German iOS may write "Account-Speicher verwalten"; iOS 18 reworked this screen.',
    },
    {
      label: 'Dieses {device} sichern',
      note: 'iOS 16+ switch "Back Up This iPhone": recalled, not checked on a device; one German guide writes "Backup für dieses iPhone".',
    },
    {
      label: 'Nächste Backupgröße',
      note: '"Next Backup Size": recalled from older German iOS; spelling (Backupgröße / Backup-Größe) not verified.',
    },
    {
      label: 'Backup über Mobilfunk',
      note: '"Back Up Over Cellular" (iOS 15+, 5G): German label not verified.',
    },
    {
      label: 'Auf neues {device} vorbereiten',
      note: '"Prepare for New iPhone": recalled, not verified.',
    },
    {
      label: 'Speicherplan ändern',
      note: '"Change Storage Plan": recalled, not verified.',
    },
    {
      label: 'Speicher- & iCloud-Nutzung',
      note: 'iOS 10 "Storage & iCloud Usage": exact German spelling not verified.',
    },
    {
      label: 'Inhalts- & Datenschutzbeschränkungen',
      note: 'Screen Time "Content & Privacy Restrictions" on current iOS: seen in third-party German guides, not on a device.',
    },
    {
      label: 'Beschränkungen',
      note: 'The same item on iOS 12 to 14: recalled as "Beschränkungen", not verified.',
    },
    {
      label: 'Accountänderungen',
      note: '"Account Changes" under Screen Time restrictions: German label not verified.',
    },
    {
      label: 'Änderungen erlauben',
      note: 'iOS 10 Restrictions > Accounts "Allow Changes": not verified.',
    },
    {
      label: 'Profile & Geräteverwaltung',
      note: 'Pre-iOS 15 "Profiles & Device Management": not verified.',
    },
    {
      label: 'Standort & Datenschutz zurücksetzen',
      note: '"Reset Location & Privacy": recalled, not verified on current iOS.',
    },
    {
      label: 'Fortfahren',
      note: 'iTunes\' "Continue" button in the allow-access dialog: German iTunes may say "Fortfahren" or "Weiter".',
    },
    {
      label: '{device}-Taste',
      note: 'iTunes\' device button: Apple DE calls it "Gerätetaste"; how it names the one for a given device is a guess.',
    },
    {
      label: 'Updates abrufen',
      note: 'Microsoft Store "Get updates" in German Windows: recalled, not verified.',
    },
    {
      label: 'iCloud-Account & Anmeldung',
      note: 'Name of "iCloud Account & Sign In" on the German System Status page: not verified.',
    },
  ],
};
