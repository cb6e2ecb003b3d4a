import type { Signal } from '../types';

/**
 * German: Apple's messages (iOS, Finder, iTunes, Apple Geräte) and how people write about a
 * failing backup ("schlägt fehl", "klappt nicht", "funktioniert nicht"). Apple's German says
 * "Backup" for iCloud and "sichern" for the computer; older pages say "Sicherung".
 */
export const DE_SIGNALS: Signal[] = [
  {
    id: 'de-backup-failed',
    kind: 'error-message',
    patterns: [
      '{debackup} [ist|sind|war|wurde|ist leider|ist wieder]? fehlgeschlagen',
      '{debackup} [schlägt|schlug] [immer|ständig|jedes mal|jedesmal|seit tagen|immer wieder]? fehl',
      // Verb first after an adverbial: "Seit dem Update schlägt das Backup jedes Mal fehl".
      '[schlägt|schlug] [das|die|mein|meine|unser]? {debackup} ~ fehl',
      '{debackup} [des|vom|von] {device} [ist]? fehlgeschlagen',
      '[fehler|fehlermeldung] [beim|bei der|bei dem|während des|während der] [backup|sichern|sicherung|erstellen des backups]',
    ],
    backup: 3.5,
    icloud: 1,
    example: 'iPhone-Backup fehlgeschlagen',
    fixture: 'de-community-schlaegt-fehl-beide',
  },
  {
    id: 'de-last-backup-not-completed',
    ownBackup: true,
    kind: 'error-message',
    patterns: [
      'letzte {debackup} [konnte|wurde] nicht [abgeschlossen|erstellt|durchgeführt] [werden]?',
      // In a subordinate clause the verb comes last: "dass das letzte Backup nicht ... konnte".
      'letzte {debackup} nicht [abgeschlossen|erstellt] werden [konnte|kann]',
    ],
    backup: 4,
    icloud: 2,
    example: 'Das letzte Backup konnte nicht abgeschlossen werden.',
    fixture: 'de-community-klappt-nicht',
  },
  {
    id: 'de-could-not-be-backed-up',
    ownBackup: true,
    kind: 'error-message',
    patterns: [
      // Finder names the iPhone between the two (Das iPhone „Annas iPhone“ konnte nicht ...).
      'konnte nicht [mehr]? gesichert werden',
      '{app} konnte [kein backup|keine sicherung]',
      // The computer or its app as subject: "wenn dein Mac dein iPhone nicht sichern kann".
      '[{app}|{computer}] [konnte|kann]? [das|dein|mein]? {device} nicht sichern',
      'konnte kein backup [des|vom|von]? [{device}]? erstellen',
    ],
    backup: 4,
    computer: 2,
    example: 'Das iPhone konnte nicht gesichert werden, weil ein Fehler aufgetreten ist.',
    unsure:
      'Finder and Apple Geräte wording; iTunes wrote "konnte das iPhone nicht sichern" in older versions',
    fixture: 'de-community-beschaedigt',
  },
  {
    // iOS's own "Dieses iPhone kann nicht gesichert werden, da …": the reason names the backup.
    id: 'de-cannot-be-backed-up',
    ownBackup: true,
    kind: 'error-message',
    // The verb last is a person retelling either message ("dass das iPad nicht gesichert werden
    // konnte"), so it names no channel.
    patterns: [
      'kann nicht [mehr]? gesichert werden',
      '{device} nicht gesichert werden [kann|konnte]',
    ],
    backup: 4,
    example:
      'Dieses iPhone kann nicht gesichert werden, da nicht genügend iCloud-Speicher verfügbar ist.',
    fixture: 'de-community-icloud-kann-nicht',
  },
  {
    id: 'de-cant-back-up',
    kind: 'phrase',
    patterns: [
      '[kann|konnte|lässt sich|will] [kein backup|keine sicherung|keine backups] [mehr]? [erstellen|machen|anlegen]',
      // "kann mein iPhone kein iCloud-Backup mehr erstellen"
      '[kann|konnte|will] [mein|das|dein]? [{device}]? [kein|keine] [icloud backup|icloud sicherung|neues backup|neue sicherung] [mehr]? [erstellen|machen|anlegen]',
      'kann [mein|das|dein]? {device} nicht [mehr]? sichern',
      // Verb last in a subordinate clause: "wenn die App dein iPhone nicht sichern kann".
      '{device} nicht [mehr]? sichern [kann|konnte|können]',
      '{debackup} nicht [startet|beginnt|gestartet wird]',
      // With an adjective between: "kein automatisches Backup mehr", "keine neuen Sicherungen mehr".
      '[kein|keine] [automatisches|automatischen|neues|neuen]? [backup|icloud backup|sicherung|sicherungen] mehr',
      // Verb first: "Seit iOS 18 funktioniert das Backup nicht mehr".
      '[klappt|funktioniert|geht|läuft|klappte|funktionierte|ging|lief] [das|die|mein|meine] {debackup} ~ nicht',
      // Past only: "das Backup wird nicht erstellt, wenn ..." is a how-to's condition.
      '{debackup} [ist|wurde] ~ nicht [mehr]? [gelaufen|durchgeführt|erstellt|ausgeführt|gemacht|fertig]',
      // The present with "mehr" is no longer happening: "das Backup wird seit dem Update nicht
      // mehr ausgeführt".
      '{debackup} wird ~ nicht mehr [durchgeführt|erstellt|ausgeführt|gemacht]',
      // What should happen by itself and does not: "wenn das iCloud-Backup nicht automatisch
      // erstellt wird", "wenn dein iPhone nicht automatisch in iCloud gesichert wird" (a how-to's
      // condition names what the user does, not "automatisch").
      '[{debackup}|{device}] ~ nicht [mehr]? automatisch ~ [erstellt|gemacht|durchgeführt|gesichert]',
      // "iPhone-Backup nicht möglich" as iOS writes it, "das Backup ist nicht (mehr) möglich" as
      // people do (a how-to's "ohne WLAN ist ein Backup nicht möglich" names neither).
      '{device} backup nicht möglich',
      '{debackup} [ist|war] [leider|plötzlich|seit tagen]? nicht [mehr]? möglich',
      '{debackup} [wird|wurde] ~ abgebrochen',
      // The separable verb around its object: "bricht die Sicherung nach ein paar Minuten ab".
      '[bricht|brach] [das|die|mein|meine] {debackup} ~ ~ ab',
      '[macht|erstellt] [kein backup|keine backups|keine sicherung] [mehr]?',
      // The device as subject, words between: "macht mein iPhone keine automatischen Sicherungen mehr".
      '[macht|erstellt] ~ [kein|keine] [automatisches|automatischen|neuen]? [backup|backups|sicherungen] mehr',
      'kein backup [mehr]? [möglich|erstellen|machen]',
      '[lässt|ließ] sich [das|mein]? [{device}]? nicht [mehr]? sichern',
      '[sichert|sicherte] sich nicht [mehr]?',
      // The computer as subject: "Alter iMac sichert neues iPhone nicht".
      '[sichert|sicherte] [mein|das|neues]? {device} nicht',
      // The verb as a noun: "dann funktioniert das Sichern nicht".
      '[klappt|funktioniert|geht|klappte|funktionierte|ging] das sichern ~ nicht',
      'nicht [mehr]? [in icloud|in die icloud]? gesichert',
      // The model: the backup, up to three words, then what it does wrong (word-classes.ts).
      '{debackup} ~ {defails}',
      // The separable parts apart: "bleibt seit gestern Abend hängen".
      '{debackup} [bleibt|blieb] ~ [hängen|stehen]',
      // Words before the verb and adverbials before "nicht": "Das Sichern am PC funktioniert seit
      // Tagen einfach nicht", "die Sicherung auf dem Mac bricht jedes Mal bei 50 % ab"; spoken
      // "will nicht", "tut nicht mehr", southern "geht ned", "klappt nimmer".
      '[{debackup}|sichern] ~ [klappt|funktioniert|geht|läuft|startet|will|tut|klappte|funktionierte|ging|lief] ~ [nicht|ned|nimmer]',
      '{debackup} ~ [bricht|brach] ~ ~ ab',
      // The device as subject of "sichert": "sichert seit zwei Wochen nicht mehr in die iCloud".
      '[sichert|sicherte] ~ ~ nicht mehr',
      // Modal and reflexive verbs around their object, the infinitive last: "lässt sich das iPhone
      // seit Tagen nicht sichern", "kann ich mein iPad einfach nicht mehr sichern".
      '[lässt|ließ] sich ~ ~ nicht [mehr]? sichern',
      '[kann|konnte|kannst|können|will|wollte] ~ ~ nicht [mehr]? sichern',
      // Verb last in a subordinate clause: "weil sich das iPad nicht mehr sichern lässt".
      'nicht [mehr]? sichern [kann|konnte|kannst|können|lässt|ließ]',
      // No backup for a while: "seit drei Wochen kein Backup", "wurde kein Backup mehr erstellt".
      'seit ~ ~ [kein|keine] [backup|sicherung]',
      // An error while backing up, in any order of its parts.
      '[beim|bei der] [backup|sichern|sicherung] ~ ~ [fehler|fehlermeldung]',
    ],
    backup: 3,
    fixture: 'de-community-funktioniert-nicht',
  },
  {
    id: 'de-icloud-storage',
    ownBackup: true,
    kind: 'error-message',
    patterns: [
      'nicht [genügend|genug|ausreichend] icloud speicher',
      '[zu wenig|kein] icloud speicher',
      'icloud speicher [ist|reicht]? [voll|fast voll|nicht aus]',
      'nicht [genügend|genug] [speicher|speicherplatz] in icloud',
    ],
    backup: 1,
    icloud: 2,
    causes: { 'icloud-storage-full': 0.9 },
    example: 'Nicht genügend iCloud-Speicher',
    fixture: 'community-de-icloud-voll',
  },
  {
    id: 'de-computer-storage',
    kind: 'error-message',
    patterns: [
      'nicht [genügend|genug] [freier]? speicherplatz [auf diesem|auf dem|am] [computer|mac|pc]',
      '[festplatte|laufwerk|startvolume] [ist]? [fast|ziemlich]? voll',
      '{computer} [ist|festplatte ist]? [fast|ziemlich]? voll',
      '[speicherplatz|platz] auf dem [computer|mac|pc]',
      'laufwerk c',
    ],
    backup: 2.2,
    computer: 2,
    causes: { 'computer-storage-full': 0.9 },
    fixture: 'de-community-mac-voll',
  },
  {
    id: 'de-disconnected',
    kind: 'error-message',
    patterns: [
      '{device} [wurde|ist|wird]? getrennt',
      'verbindung [zum|zu dem|mit dem] {device} [wurde|ist|wird]? [unterbrochen|getrennt]',
      'verbindung [wurde|ist|wird] [immer wieder|ständig]? unterbrochen',
      // A German word right after the device keeps this from being tried at every English "iPhone".
      '{device} [nach|plötzlich|ständig|immer wieder|jedes mal] ~ getrennt',
      'verbindung [bricht|brach|wird] [immer wieder]? [ab|getrennt]',
    ],
    backup: 1.5,
    computer: 2,
    causes: { connection: 0.9 },
    example:
      'Das iPhone konnte nicht gesichert werden, weil die Verbindung zum iPhone getrennt wurde.',
    fixture: 'de-community-getrennt',
    unsure: 'Apple may write "weil das iPhone getrennt wurde"; both are read',
  },
  {
    id: 'de-backup-corrupt',
    kind: 'error-message',
    patterns: [
      '{debackup} [ist|war|sei|scheint]? [beschädigt|defekt|kaputt|nicht kompatibel]',
      'beschädigt oder nicht [mit dem]? [{device}]? kompatibel',
      '[beschädigte|beschädigtes|defektes|kaputtes] [backup|sicherung]',
      '{debackup} ~ [beschädigt|inkompatibel|unbrauchbar]',
    ],
    backup: 3.5,
    computer: 1,
    causes: { 'corrupt-backup': 0.9 },
    example: 'Das Backup war beschädigt oder nicht mit dem iPhone kompatibel.',
    fixture: 'de-community-beschaedigt',
  },
  {
    id: 'de-backup-session-failed',
    kind: 'error-message',
    patterns: ['[backup|sicherungs] sitzung [ist]? fehlgeschlagen', 'sitzung ist fehlgeschlagen'],
    backup: 3,
    computer: 2,
    causes: { connection: 0.5, 'corrupt-backup': 0.4 },
    example: 'Die Backup-Sitzung ist fehlgeschlagen.',
    fixture: 'de-community-sitzung',
  },
  {
    id: 'de-icloud-backup-off',
    kind: 'phrase',
    patterns: [
      'icloud backup [ist|war|wurde]? [plötzlich|immer wieder]? [deaktiviert|ausgeschaltet|aus|ausgegraut|grau]',
      'backup dieses {device} [ist|war]? [deaktiviert|aus|ausgegraut]',
      '[schalter|taste] ~ [ausgegraut|grau|deaktiviert|aus|ausgeschaltet]',
      '{device} sichern [ist]? ausgegraut',
      '[lässt|ließ] sich nicht [aktivieren|einschalten]',
      // Apple's "abgeblendet" (dimmed) and "grau dargestellt".
      '[abgeblendet|grau dargestellt]',
    ],
    backup: 1.5,
    icloud: 2,
    causes: { 'icloud-backup-off': 0.85, restrictions: 0.3 },
    fixture: 'de-community-aus',
  },
  {
    // A report, not a setting: iCloud Backup cannot be turned on, or turns itself off.
    id: 'de-icloud-backup-turns-off',
    kind: 'phrase',
    patterns: [
      'icloud backup [lässt sich|kann ich|kannst du|kann man|können wir]? nicht [mehr]? [aktivieren|einschalten|aktiviert werden|eingeschaltet werden]',
      'icloud backup ~ [von selbst|von allein|von alleine|selbstständig|automatisch] [aus|ausgeschaltet|deaktiviert|abgeschaltet]',
      '[schaltet|deaktiviert] sich [immer wieder|ständig|dauernd]? [von selbst|von allein|von alleine|selbstständig] [aus|ab]?',
      // Found off by someone who never turned it off: "Ich habe es nie ausgemacht".
      'nie ~ [ausgemacht|ausgeschaltet|deaktiviert|abgeschaltet]',
      // Found off, past or reflexive, not a setting's present: "das iCloud-Backup war auf einmal
      // deaktiviert", "hat sich das Backup ausgeschaltet", "das Backup ist nicht mehr aktiv".
      '[{debackup}|sichern] [war|hat sich|wurde] ~ [deaktiviert|ausgeschaltet|abgeschaltet]',
      '{debackup} ~ [deaktiviert|ausgeschaltet|abgeschaltet] gewesen',
      'sich [das|die|mein|meine]? {debackup} ~ [deaktiviert|ausgeschaltet|abgeschaltet]',
      '{debackup} ~ nicht mehr [aktiv|aktiviert|eingeschaltet|an]',
    ],
    backup: 3,
    icloud: 2,
    causes: { 'icloud-backup-off': 0.85 },
    fixture: 'de-tune-schaltet-sich-aus',
  },
  {
    id: 'de-icloud-topic',
    kind: 'phrase',
    patterns: [
      // Its storage too: "Speicher in iCloud ist genug da".
      '[{debackup}|speicher|speicherplatz] in [icloud|die icloud]',
      'in [icloud|die icloud] [sichern|gesichert]',
      '[weder|nicht] in icloud',
      'icloud [sicherung|sicherungen|sicherungskopie]',
      // iOS's button in Settings > iCloud-Backup (the Finder's says "Jetzt sichern").
      'backup jetzt erstellen',
      // The noun after iCloud: "eine iCloud Sicherung machen".
      'icloud sicherung',
    ],
    backup: 0.6,
    icloud: 2,
    fixture: 'de-community-funktioniert-nicht',
  },
  {
    id: 'de-computer-topic',
    kind: 'phrase',
    patterns: [
      '[am|auf dem|auf den|mit dem|über den|im|vom] [mac|computer|pc|macbook|laptop|finder|rechner]',
      // The computer as the speaker's own: "mein MacBook Pro von 2015", "mein alter Rechner".
      '[mein|meinem] [alter|alten|altes]? [mac|macbook|imac|rechner|laptop|pc]',
      'apple geräte',
    ],
    backup: 0.3,
    computer: 1.5,
    fixture: 'de-community-mac-voll',
  },
  {
    id: 'de-network',
    kind: 'phrase',
    patterns: [
      '[wlan|internet|internetverbindung|netz] [ist|war]? [instabil|langsam|schlecht|weg|bricht ab]',
      '[kein|ohne|schlechtes|instabiles] [wlan|internet]',
      '[wlan|wlan verbindung|internetverbindung] [bricht|brach|fällt|fiel] ~ ~ [ab|aus]',
      '[wlan|wlan verbindung] [ist]? [instabil|schwach|schlecht]',
      'mit einem wlan verbunden',
      // Mobile data as people say it ("nur mobile Daten"); not Apple's setting "Backup über
      // Mobilfunk", which a how-to names.
      '[router|fritzbox|hotspot|mobile daten|mobilen daten]',
    ],
    backup: 0.4,
    icloud: 1,
    causes: { network: 0.7 },
    fixture: 'apple-102563-de',
  },
  {
    id: 'de-conditions',
    kind: 'phrase',
    patterns: [
      '[am|ans|an das|an den] [ladegerät|ladekabel|strom|netzteil]',
      '[gesperrt|nachts|über nacht]',
      '[automatisch|automatische] [kein]? [backup|backups]',
      '[stromsparmodus|energiesparmodus]',
    ],
    backup: 0.3,
    icloud: 0.5,
    causes: { 'backup-conditions': 0.5 },
    fixture: 'de-community-klappt-nicht',
  },
  {
    id: 'de-account',
    kind: 'phrase',
    patterns: [
      '[erneut|neu|wieder] [anmelden|angemeldet]',
      '[apple account|apple id] ~ [passwort|anmelden|anmeldung]',
      'passwort [wird]? nicht [angenommen|akzeptiert]',
      '[anmeldung|passwort|kennwort] wird [ständig|immer wieder|dauernd]? [verlangt|abgefragt]',
      // iOS's banner "Apple-Account-Einstellungen aktualisieren" (older: "Apple-ID-Einstellungen").
      '[apple account|apple id] einstellungen',
      // The same banner as people retell it: "Einstellungen für Apple Account aktualisieren".
      'einstellungen für [den]? [apple account|apple id]',
      // "Passwort ..., das nimmt er aber nicht an".
      'passwort ~ [nimmt|nahm|akzeptiert] ~ nicht [an]?',
    ],
    backup: 0.4,
    icloud: 1,
    causes: { 'apple-account': 0.8 },
    fixture: 'de-community-funktioniert-nicht',
  },
  {
    id: 'de-outdated',
    kind: 'phrase',
    patterns: [
      '[aktualisiere|aktualisieren|aktualisiert|veraltet|veraltete|veralteten] [macos|itunes|ios|windows|version]?',
      '[neueste|aktuelle|neuere] version',
      '[neuere|neueste] softwareversion',
      // The old machine or version people name ("alter Rechner", "alte iTunes-Version").
      '[alt|alte|alten|alter|altes|uralt|uralte|uralten|uralter|uraltes] [rechner|pc|mac|imac|macbook|computer|laptop|itunes|version|windows|betriebssystem|ios|gerät|{device}]',
      // An old device left behind: "wird nicht mehr unterstützt", "bekommt keine Updates mehr".
      'nicht mehr ~ unterstützt',
      'zu alt',
      '[keine|kein] [neuen|neueren]? [updates|update] mehr',
      'neuere [itunes|macos|windows|versionen]',
      '[update|softwareupdate] [auf|von]? [ios|macos|windows|itunes]?',
      '[windows|ios|macos] update',
    ],
    backup: 0,
    causes: { 'outdated-software': 0.6 },
    fixture: 'de-community-itunes-fehler',
  },
  {
    // Storage said full without its side, as iOS's alert title and people say it ("Nicht
    // genügend Speicher", "die 5 GB sind voll"): most often iCloud's. A cause, not a channel.
    id: 'de-space-reported',
    kind: 'phrase',
    patterns: [
      'nicht [genügend|genug] speicher',
      '[speicher|speicherplatz] [ist|war|sind]? [fast|komplett|total|schon|wieder]? voll',
      '#num gb [ist|war|sind]? [fast|komplett|total|schon|wieder]? voll',
      // Nearly all of it used ("49,6 von 50 GB belegt"), and more of it to buy: only iCloud sells it.
      '#num von #num gb',
      'speicher [kaufen|dazukaufen]',
    ],
    backup: 0.3,
    causes: { 'icloud-storage-full': 0.6 },
    fixture: 'de-community-space-icloud',
  },
  {
    id: 'de-connection',
    kind: 'phrase',
    // Not "Ladekabel": charging is the backup's condition (de-conditions), not the computer's cable.
    patterns: ['[usb kabel|kabel|anschluss|usb anschluss|usb port]', 'vertrauen', '[hub|adapter]'],
    backup: 0.4,
    computer: 1.5,
    causes: { connection: 0.7 },
    fixture: 'de-apple-computer',
  },
  {
    id: 'de-security',
    kind: 'phrase',
    patterns: [
      '[virenscanner|antivirenprogramm|antivirensoftware|sicherheitssoftware|virenschutz]',
    ],
    backup: 0.4,
    computer: 1.5,
    causes: { 'security-software': 0.8 },
    fixture: 'de-community-sitzung',
  },
  {
    id: 'de-restrictions',
    kind: 'phrase',
    patterns: [
      '[profil|bildschirmzeit|geräteverwaltung|einschränkungen|diensthandy|firmenhandy]',
      '[mdm|verwaltet]',
    ],
    backup: 0.4,
    causes: { restrictions: 0.8 },
    fixture: 'de-community-bildschirmzeit',
  },
  {
    id: 'de-device-storage',
    kind: 'phrase',
    patterns: [
      '{device} speicher [ist]? [fast|ziemlich]? voll',
      '[nur|es sind] noch [etwa]? #num [mb|gb] frei',
      '[ist|sind] randvoll',
      '[nicht genügend|nicht genug|zu wenig] [speicher|speicherplatz] auf dem {device}',
      // The phone itself full: "das Handy ist voll", "mein iPad ist fast voll".
      '[handy|{device}] [ist|war]? [fast|komplett|total|ziemlich]? [voll|randvoll]',
    ],
    backup: 0.8,
    causes: { 'device-storage-low': 0.85 },
    fixture: 'de-community-schlaegt-fehl-beide',
  },
  // --- Not a failing iPhone backup ---
  {
    id: 'de-restore',
    kind: 'phrase',
    patterns: [
      'konnte nicht wiederhergestellt werden',
      '[wiederherstellung|wiederherstellen] ~ [hängt|fehlgeschlagen|dauert|bleibt]',
      'wiederherstellungsmodus',
    ],
    backup: -2.5,
    fixture: 'de-neg-wiederherstellen-fehler',
  },
  {
    id: 'de-restore-topic',
    kind: 'phrase',
    patterns: ['[wiederherstellen|wiederherstellung|wiederhergestellt|wiederherstellst]'],
    backup: -1,
    fixture: 'de-neg-wiederherstellen-fehler',
  },
  {
    id: 'de-update-failed',
    kind: 'phrase',
    patterns: [
      'update [schlägt|schlug] fehl',
      'update [ist]? fehlgeschlagen',
      'update kann nicht [überprüft|installiert] werden',
      'lässt sich nicht installieren',
    ],
    backup: -2.5,
    fixture: 'de-neg-update',
  },
  {
    id: 'de-how-to',
    kind: 'phrase',
    patterns: [
      'so erstellst du',
      'anleitung',
      'schritt für schritt',
      "so [sicherst|geht|geht's|gehts|schaffst du]",
      '[platz|speicher|speicherplatz] [schaffen|freigeben|freimachen]',
    ],
    backup: -1.5,
    fixture: 'de-neg-apple-backup-icloud',
  },
  {
    id: 'de-backup-not-saved',
    kind: 'error-message',
    patterns: [
      '{debackup} konnte nicht [gespeichert|abgeschlossen|erstellt|fertiggestellt] werden',
      '{debackup} nicht [gespeichert|abgeschlossen|erstellt] werden [konnte|kann]',
      '{debackup} kann nicht [gespeichert|abgeschlossen|erstellt] werden',
    ],
    backup: 3.5,
    example: 'Das Backup konnte nicht gespeichert werden.',
    unsure:
      "written from Apple's wording in other messages; the exact string of this one is not confirmed",
    fixture: 'de-community-space-computer',
  },
  {
    // Storage words near iCloud, however the sentence runs.
    id: 'de-icloud-space',
    kind: 'phrase',
    patterns: [
      '[nicht genug|nicht genügend|zu wenig|kein] [freier]? [speicherplatz|speicher|platz] ~ icloud',
      'icloud [speicherplatz|speicher] [ist|reicht]? [voll|aufgebraucht|nicht aus|erschöpft]',
      '[speicherplatz|speicher] [in|bei] icloud [ist|reicht]? [voll|aufgebraucht|nicht aus]',
      // iCloud named first: "In iCloud steht „Nicht genügend Speicher“".
      'icloud ~ [nicht genug|nicht genügend|zu wenig] [speicherplatz|speicher|platz]',
      // Colloquially iCloud itself is full: "mein iCloud ist voll", "die iCloud ist randvoll".
      'icloud [ist|war]? [fast|komplett|total|ziemlich]? [voll|randvoll]',
    ],
    backup: 1,
    icloud: 2,
    causes: { 'icloud-storage-full': 0.9 },
    fixture: 'de-community-space-icloud',
  },
  {
    // Space words near the computer's, however the sentence runs.
    id: 'de-computer-space',
    kind: 'phrase',
    patterns: [
      '[nicht genug|nicht genügend|zu wenig|kein] [freier]? [speicherplatz|platz|speicher] ~ [computer|mac|pc|festplatte|laufwerk|rechner]',
      // Apple's Finder message: "weil auf diesem Mac nicht genügend freier Speicher vorhanden ist".
      '[computer|mac|pc|festplatte|rechner] ~ [nicht genug|nicht genügend|zu wenig] [freien|freier]? [speicherplatz|platz|speicher]',
    ],
    backup: 2.2,
    computer: 2,
    causes: { 'computer-storage-full': 0.9 },
    fixture: 'de-community-space-computer',
  },
  {
    id: 'de-account-sign-in-out',
    kind: 'phrase',
    patterns: [
      '[apple account|apple id|icloud] ~ [abgemeldet|ausgeloggt|abmelden]',
      '[abgemeldet|ausgeloggt] ~ [apple account|apple id|icloud]',
      '[passwort|kennwort] [meines|des|für den|für meinen|vom]? [apple account|apple id|apple-accounts]',
    ],
    backup: 0.4,
    icloud: 1,
    causes: { 'apple-account': 0.8 },
    fixture: 'de-community-account-out',
  },
  {
    // Another app's backup said to work ("das WhatsApp-Backup läuft ganz normal durch") sets it
    // beside the iPhone's failing one: that app is named in passing.
    id: 'de-other-backup-works',
    ownBackup: true,
    kind: 'phrase',
    patterns: [
      '{otherbackup} {debackup} [läuft|funktioniert|klappt] ~ [normal|problemlos|einwandfrei]',
    ],
    backup: 0.5,
    fixture: 'de-tune-other-backup-works',
  },
  {
    // The last backup long ago says less than a failure message: a how-to may say it too. It is
    // this iPhone's own backup, so another app named beside it is a side note.
    id: 'de-last-backup-long-ago',
    ownBackup: true,
    kind: 'phrase',
    patterns: [
      // Or how old it is: "wenn das letzte Backup mehrere Tage alt ist".
      'letzte [erfolgreiche]? {debackup} [war|ist|liegt] ~ [her|vor|alt]',
      // iOS's own line in Settings: "Letztes erfolgreiches Backup: vor 19 Tagen".
      '[letzte|letztes] [erfolgreiche|erfolgreiches]? {debackup} vor #num [tagen|wochen|monaten]',
    ],
    backup: 1.5,
    icloud: 1,
    fixture: 'de-tune-sichert-sich-nicht',
  },
];
