import type { UiCatalog } from '../../catalog';
import { plural } from '../../format';

/** The computers' names, shared by the panel and the options page (as in English). */
const COMPUTERS = {
  mac: 'Mac',
  windows: 'Windows-PC',
  other: 'weder ein Mac noch ein PC',
} as const;

const IOS_RANGES = {
  '16+': 'iOS 16 oder neuer',
  '15': 'iOS 15',
  '11-14': 'iOS 11 bis 14',
  '10.3': 'iOS 10.3',
  '10.2-': 'iOS 10.2 oder älter',
} as const;

/**
 * The troubleshooter's group headings, kept out of the object literal: their `other` key makes
 * UiCatalog's Widen take them for plural forms, which would refuse the other keys.
 */
const PICKER_GROUPS = {
  device: 'Auf dem iPhone oder iPad',
  computer: 'Auf dem Computer (Finder, iTunes oder Apple Geräte)',
  other: 'Etwas anderes',
} as const;

/** German: every surface's words (shape: EN_UI in content/strings/catalog.ts). */
export const UI: UiCatalog = {
  manifest: {
    name: 'Backup Doctor',
    description:
      'Erkennt fehlgeschlagene iPhone- und iPad-Backups auf Apple-Seiten, prüft Apples Systemstatus und zeigt die Lösungsschritte.',
    toggleCommand: 'Backup Doctor-Bereich ein- oder ausblenden',
  },
  panel: {
    brand: 'Backup Doctor',
    headline: '{channel}: {cause}',
    headlineMore: plural({
      one: '{channel}: {cause} und {n} weitere mögliche Ursache',
      other: '{channel}: {cause} und {n} weitere mögliche Ursachen',
    }),
    headlineGeneral: '{channel} schlägt fehl: Die Seite nennt keinen Grund',
    guideHeadline: plural({
      one: '{channel}: Diese Seite behandelt {n} mögliche Ursache',
      other: '{channel}: Diese Seite behandelt {n} mögliche Ursachen',
    }),
    guideHeadlineOne: '{channel}: Diese Seite behandelt eine mögliche Ursache: {cause}',
    incidentHeadline: {
      outage: 'Problem bei Apple: {service} ist ausgefallen. Warte, bis Apple es behebt.',
      issue: 'Problem bei Apple: {service} ist gestört. Warte, bis Apple es behebt.',
      maintenance: 'Bei Apple: {service} wird gewartet. Warte, bis die Wartung endet.',
    },
    appleSays: 'Apple meldet:',
    afterFix: 'Wenn es nach Apples Korrektur weiter fehlschlägt',
    askerWords: 'Geschrieben wurde:',
    searchWords: 'Du hast gesucht nach:',
    question: {
      title: 'Was siehst du?',
      intro: 'Wähle die Meldung, die deiner am nächsten kommt. Die Schritte richten sich danach.',
      none: 'Nichts davon',
      pageCovers: 'Schritte für alles, was diese Seite behandelt',
    },
    whyLabel: 'Warum wir das annehmen',
    pageMentions: 'Was die Seite erwähnt',
    stepsLabel: 'Was du tun kannst',
    errorCodes: 'Fehlercode auf der Seite: {codes}',
    showOnPage: 'Auf der Seite zeigen',
    hideOnPage: 'Markierungen ausblenden',
    notOnPage: 'Diese Wörter sind auf der Seite nicht mehr zu sehen.',
    statusUnknown: '{service}: Prüfung nicht möglich',
    incidentSince: '{service}: {state} seit {since}',
    incidentNoStart: '{service}: {state}',
    generalNote:
      'Die Seite nennt keine Ursache. Hier sind daher die üblichen Prüfungen, die sichersten zuerst.',
    computerLabel: 'Dein Computer',
    computerAuto: 'Erkannt: {detected}',
    computerNames: COMPUTERS,
    computerMac: COMPUTERS.mac,
    computerWindows: COMPUTERS.windows,
    iosLabel: 'iOS-Version',
    iosAuto: 'Aktuell (iOS 16 oder neuer)',
    fixedIt: 'Das hat geholfen',
    fixedTitle: 'Schön, dass es wieder klappt',
    fixedBody:
      'Prüfe morgen noch einmal, ob das Backup weiter läuft: Das letzte erfolgreiche Backup sollte nicht lange zurückliegen.',
    startOver: 'Neu beginnen',
    copy: 'Zusammenfassung kopieren',
    copied:
      'Kopiert. Füge sie in den Chat mit dem Apple Support oder in einen Community-Beitrag ein.',
    copyFailed: 'Kopieren nicht möglich. Markiere den Text unten und kopiere ihn.',
    copyFallbackLabel: 'Zusammenfassung zum Kopieren',
    collapse: 'Backup Doctor minimieren',
    close: 'Backup Doctor auf dieser Seite schließen',
    tab: 'Backup Doctor öffnen: Lösungsschritte für dieses Backup-Problem',
    tabText: 'Backup-Hilfe',
    shortcutHint: 'Alt+Umschalt+B blendet diesen Bereich ein oder aus.',
    summary: {
      title: 'Problem mit dem {device}-Backup (Zusammenfassung von Backup Doctor)',
      problem: 'Das Problem: {headline}',
      appleSays: 'Apple meldet: „{message}“',
      afterFix: 'Wenn es nach Apples Korrektur weiter fehlschlägt: {headline}',
      seen: 'Was ich sehe: {what}',
      page: 'Seite, die ich gelesen habe: {url}',
      codes: 'Fehlercodes: {codes}',
      quote: 'Die Meldung: „{quote}“',
      status: 'Apple Systemstatus: {status}',
      setup: 'Meine Geräte: {computer}, {ios}',
      tried: 'Was ich versucht habe:',
      triedNone: 'Was ich versucht habe: noch nichts aus dieser Liste',
      triedItem: '- {title}',
      notYet: 'Noch nicht versucht:',
      fixed: 'Ergebnis: Das hat geholfen.',
      notFixed: 'Ergebnis: Das Backup funktioniert weiterhin nicht.',
    },
  },
  stepList: {
    listLabel: 'Lösungsschritte',
    progress: '{done} von {total} erledigt',
    markDone: 'Erledigt: {title}',
    where: 'Wo',
    check: 'Es hat geklappt, wenn',
    caution: 'Bevor du beginnst',
    cautionFlag: 'Zuerst lesen',
    systemStatusLink: 'Apple Systemstatus',
  },
  status: {
    state: {
      available: 'verfügbar',
      maintenance: 'in Wartung',
      issue: 'gestört',
      outage: 'ausgefallen (Ausfall)',
      unknown: 'Status unbekannt',
    },
    stateWord: {
      available: 'verfügbar',
      maintenance: 'Wartung',
      issue: 'Problem',
      outage: 'Ausfall',
      unknown: 'unbekannt',
    },
    badgeText: {
      available: '',
      maintenance: 'WART',
      issue: '!',
      outage: 'AUS',
      unknown: '?',
    },
    serviceState: '{service}: {state}',
    serviceStateSince: '{service}: {state} seit {since}',
    since: 'seit {time}',
    scheduled: 'Geplante Wartung {when}',
    resolved: 'Behoben: {when}',
    checkedJustNow: 'gerade eben geprüft',
    checkedAgo: 'geprüft {ago}',
    neverChecked: 'noch nicht geprüft',
    stale: 'Letzter bekannter Status (Stand {time}); er kann sich geändert haben.',
    noData: 'Wir haben noch keinen Status von Apple.',
    error: {
      network: 'Apples Statusfeed war nicht erreichbar.',
      timeout: 'Apples Statusfeed hat nicht rechtzeitig geantwortet.',
      http: 'Apples Statusfeed hat mit einem Fehler geantwortet.',
      malformed: 'Apples Statusfeed hat etwas gesendet, das wir nicht lesen konnten.',
      format: 'Apples Statusfeed hat ein Format, das wir nicht kennen.',
    },
    errorWithLastKnown: '{error} Letzter bekannter Status: Stand {time}.',
  },
  notification: {
    startedTitle: '{services}: {state}',
    endedTitle: '{services}: funktioniert wieder',
    endedMessage: 'Laut Apple ist das Problem behoben. Versuche dein Backup erneut.',
    noMessage: 'Apple meldet ein Problem mit diesem Dienst.',
  },
  statusCard: {
    label: 'Backup Doctor',
    headline: 'iCloud-Backup: {state}',
    headlineUnknown: 'Wir kennen den Status von iCloud-Backup gerade nicht',
    fromFeed: 'Aus Apples Statusfeed, {checked}.',
    fromPage: 'So, wie diese Seite es zeigt, {time}.',
    alsoAffected: 'Ebenfalls betroffen',
    relatedState: '{service}: {state}',
    fixLink: 'Schritte, wenn ein Backup fehlschlägt',
    waitAdvice:
      'Das Problem liegt bei Apple: Warte, bis es behoben ist, und erstelle dann erneut ein Backup.',
  },
  popup: {
    title: 'Backup Doctor',
    headline: {
      available: 'Funktioniert normal',
      maintenance: 'In Wartung',
      issue: 'Gestört',
      outage: 'Ausgefallen',
      unknown: 'Status unbekannt',
    },
    meaning: {
      available:
        'Apple meldet kein Problem. Wenn dein Backup fehlschlägt, liegt die Ursache wahrscheinlich bei dir.',
      maintenance: 'Apple arbeitet daran. Bis die Wartung endet, können Backups fehlschlagen.',
      issue:
        'Apple meldet ein Problem. Dein Backup kann deshalb fehlschlagen: Warte und versuche es dann erneut.',
      outage:
        'Apple meldet einen Ausfall. Dein Backup wird wahrscheinlich fehlschlagen, bis Apple ihn behebt.',
      unknown: 'Wir können gerade nicht sagen, ob es bei Apple ein Problem gibt.',
    },
    appleSays: 'Apple meldet:',
    affected: 'Betroffen: {who}',
    lastKnown: 'Stand {time}: {state}.',
    scheduledTitle: 'Geplante Wartung',
    scheduledUntil: '{start} bis {end}',
    relatedTitle: 'Verwandte Dienste',
    refresh: 'Jetzt prüfen',
    refreshing: 'Wird geprüft …',
    refreshFailed: 'Neue Prüfung nicht möglich. Versuche es gleich noch einmal.',
    recentTitle: 'Letzte Vorfälle bei iCloud-Backup',
    recentNone: 'Keine aktuellen Vorfälle in Apples Statusfeed.',
    recentWhen: '{start} bis {end}',
    recentOngoingEnd: 'Ende unbekannt',
    appleLink: 'Apple Systemstatus',
    appleLinkNewTab: '(öffnet in einem neuen Tab)',
    troubleshoot: 'Backup schlägt fehl? Lösung finden',
    settings: 'Einstellungen',
    backToStatus: 'Zurück zum Status',
    picker: {
      title: 'Was siehst du?',
      intro: 'Wähle die Meldung, die deiner am nächsten kommt, oder gib den Fehlercode ein.',
      groups: PICKER_GROUPS,
      codeLabel: 'Fehlercode',
      codeHint: 'Wie angezeigt, zum Beispiel 0xE8000084 oder -36.',
      codeSubmit: 'Lösung finden',
      codeInvalid:
        'Das sieht nicht nach einem Fehlercode aus. Fehlercodes sehen so aus: 0xE8000084, -36 oder 4013.',
    },
    plan: {
      backToPicker: 'Zurück zu „Was siehst du?“',
      youSaw: 'Du siehst: {what}',
      forCode: 'Fehler {code}',
      headlineGeneral: '{channel}: die üblichen Prüfungen',
      generalNote:
        'Nichts von dem, was du gewählt hast, deutet auf eine bestimmte Ursache hin. Hier sind daher die üblichen Prüfungen, die sichersten zuerst.',
      notBackup:
        '{code} ist kein Backup-Fehler: Apples Software zeigt ihn beim Wiederherstellen oder Aktualisieren eines iPhone oder iPad. Wenn auch dein Backup fehlschlägt, kommen zuerst diese üblichen Prüfungen.',
    },
  },
  options: {
    title: 'Einstellungen für Backup Doctor',
    intro:
      'Änderungen werden sofort gespeichert und gelten für alle Apple-Seiten, die du geöffnet hast.',
    loading: 'Deine Einstellungen werden geladen …',
    saved: 'Gespeichert.',
    saveFailed: 'Diese Änderung konnte nicht gespeichert werden. Versuche es erneut.',
    panel: {
      legend: 'Der Hilfebereich auf Apple-Seiten',
      hint: 'Wie der Bereich zuerst erscheint, wenn eine Seite von einem fehlgeschlagenen Backup handelt.',
      modes: {
        open: 'Neben der Seite geöffnet',
        collapsed: 'Als kleiner Reiter am Rand',
        off: 'Nicht anzeigen',
      },
      sitesLegend: 'Websites, auf denen der Bereich erscheinen darf',
      sitesHint: 'Entferne das Häkchen bei einer Website, um den Bereich dort nie anzuzeigen.',
      siteNames: {
        'support.apple.com': 'Website von Apple Support (support.apple.com)',
        'discussions.apple.com': 'Apple Support-Community (discussions.apple.com)',
      },
    },
    device: {
      deviceLegend: 'Dein Gerät',
      deviceHint:
        'Die Schritte verwenden seinen Namen, wie in „Dieses iPad sichern“ oder „iPad-Speicher“. Auf einer Seite über ein bestimmtes Gerät, etwa einem iPad-Thread, richten sich die Schritte nach der Seite.',
      computerLegend: 'Dein Computer',
      computerHint:
        'Damit wählen die Schritte für Computer-Backups Finder, iTunes oder die App „Apple Geräte“.',
      detected: '(laut diesem Browser: {computer})',
      detectedNames: COMPUTERS,
      computer: {
        auto: 'Aus diesem Browser ermitteln',
        mac: COMPUTERS.mac,
        windows: COMPUTERS.windows,
      },
      iosLegend: 'Die iOS-Version deines iPhone oder iPad',
      iosHint:
        'Die Wege in den Einstellungen haben sich zwischen Versionen geändert. Du findest deine unter Einstellungen > Allgemein > Info.',
      ios: {
        auto: 'Weiß ich nicht (aktuelle iOS-Wege zeigen)',
        ...IOS_RANGES,
      },
    },
    notifications: {
      legend: 'Benachrichtigungen',
      label: 'Benachrichtigen, wenn Apple ein Problem mit iCloud-Backup meldet',
      why: 'Backup Doctor zeigt eine Benachrichtigung, wenn Apples Systemstatus ein Problem mit iCloud-Backup oder der iCloud-Anmeldung meldet, und eine, wenn es vorbei ist. Dazu braucht es die Erlaubnis deines Browsers, Benachrichtigungen anzuzeigen. Es fragt danach, wenn du das Häkchen setzt, und nutzt sie für nichts anderes.',
      asking: 'Warte auf die Erlaubnis deines Browsers …',
      on: 'Benachrichtigungen sind an.',
      off: 'Benachrichtigungen sind aus.',
      denied:
        'Dein Browser hat die Erlaubnis nicht erteilt, daher bleiben Benachrichtigungen aus. Setze das Häkchen erneut, um noch einmal gefragt zu werden.',
      failed:
        'Die Erlaubnis konnte nicht bei deinem Browser angefragt werden ({reason}). Benachrichtigungen bleiben aus.',
    },
    progress: {
      legend: 'Gespeicherter Fortschritt',
      hint: 'Backup Doctor merkt sich für jedes Problem, welche Schritte du abgehakt und welche Meldung du angegeben hast, nur auf diesem Computer.',
      clear: 'Gespeicherten Fortschritt löschen …',
      confirm:
        'Alle abgehakten Schritte und alle Antworten für alle Probleme vergessen? Das kann nicht widerrufen werden.',
      confirmYes: 'Ja, löschen',
      confirmNo: 'Abbrechen',
      cleared: plural({
        one: 'Gespeicherter Fortschritt für {count} Problem gelöscht.',
        other: 'Gespeicherter Fortschritt für {count} Probleme gelöscht.',
      }),
      nothing: 'Es gab keinen gespeicherten Fortschritt zum Löschen.',
      failed: 'Gespeicherter Fortschritt konnte nicht gelöscht werden. Versuche es erneut.',
    },
  },
  choices: {
    'iphone-backup-failed': '„iPhone-Backup fehlgeschlagen“ (oder iPad)',
    'not-enough-icloud-storage': '„Nicht genügend Speicher“: zu wenig iCloud-Speicher verfügbar',
    'last-backup-not-completed': '„Das letzte Backup konnte nicht abgeschlossen werden.“',
    'icloud-backup-greyed-out': 'iCloud-Backup ist ausgegraut oder lässt sich nicht einschalten',
    'computer-error-occurred':
      '„…konnte das iPhone nicht sichern, weil ein Fehler aufgetreten ist“',
    'computer-backup-corrupt': '„…weil das Backup beschädigt oder nicht kompatibel war“',
    'computer-iphone-disconnected': '„…weil die Verbindung zum iPhone getrennt wurde“',
    'computer-not-enough-space': '„…nicht genügend freier Speicherplatz auf diesem Computer“',
    'computer-session-failed': '„…weil die Backup-Sitzung fehlgeschlagen ist“',
    'no-backup-no-message': 'Das Backup findet einfach nicht statt, ohne Meldung',
    'not-sure': 'Ich bin mir nicht sicher',
  },
  causes: {
    'icloud-storage-full': 'zu wenig iCloud-Speicher',
    'computer-storage-full': 'zu wenig Speicherplatz auf dem Computer',
    'device-storage-low': 'wenig freier Speicher auf dem {device}',
    network: 'die Netzwerkverbindung',
    'backup-conditions': 'die Bedingungen für das automatische Backup (Strom, WLAN, gesperrt)',
    'icloud-backup-off': 'iCloud-Backup ist aus oder ausgegraut',
    'outdated-software': 'veraltete Software',
    'corrupt-backup': 'ein beschädigtes oder inkompatibles Backup',
    'service-outage': 'ein Problem bei Apple',
    'apple-account': 'die Anmeldung beim Apple Account',
    connection: 'die Verbindung des {device} mit dem Computer',
    'security-software': 'Sicherheitssoftware auf dem Computer',
    restrictions: 'eine Beschränkung (Bildschirmzeit oder ein Profil)',
  },
  channels: {
    icloud: 'iCloud-Backup',
    computer: 'Computer-Backup',
    both: '{device}-Backup',
    none: '{device}-Backup',
  },
  devices: {
    iphone: 'iPhone',
    ipad: 'iPad',
    ipod: 'iPod touch',
  },
  computers: COMPUTERS,
  iosRanges: IOS_RANGES,
  articles: {
    '102563': 'Apple: Wenn du kein Backup in iCloud erstellen kannst',
    '108366': 'Apple: Backup mit iCloud erstellen',
    '108796': 'Apple: Backup mit dem Mac erstellen',
    '108967': 'Apple: Backup mit einem Windows-PC erstellen',
    '108770': 'Apple: Was iCloud sichert',
    '108922': 'Apple: iCloud-Speicher verwalten',
    '108353': 'Apple: Verschlüsselte Backups',
    '108809': 'Apple: Backups auf dem Computer finden',
    '104980': 'Apple: Vorübergehender iCloud-Speicher für ein neues Gerät',
    '109054': 'Apple: Informationen zu „Diesem Computer vertrauen“',
  },
};
