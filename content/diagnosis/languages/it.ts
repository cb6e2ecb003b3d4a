import type { Signal } from '../types';

/** Italian: Apple's messages and how people write about a failing backup ("non va", "fallisce"). */
export const IT_SIGNALS: Signal[] = [
  {
    id: 'it-backup-failed',
    kind: 'error-message',
    patterns: [
      'backup [di]? {device} non riuscito',
      'backup non [è]? [riuscito|completato]',
      // Words between: "il backup di stanotte non è stato completato".
      '{itbackup} ~ non è stato [eseguito|completato]',
      // iCloud and the device between the parts: "backup iCloud si interrompe", "il backup su
      // iCloud dell'iPad non va più".
      'backup [su icloud|di icloud|icloud|automatico]? [del|dell|di]? [{device}]? [fallisce|non va|non funziona|si blocca|si interrompe] [più|sempre]?',
    ],
    backup: 3.5,
    icloud: 1,
    example: 'Backup di iPhone non riuscito',
    unsure: 'the Settings suggestion may omit "di"',
    fixture: 'it-community-fallisce',
  },
  {
    id: 'it-last-backup-not-completed',
    ownBackup: true,
    kind: 'error-message',
    patterns: [
      "[non è stato possibile|impossibile] completare l'ultimo backup",
      "l'ultimo backup non [è stato|si è potuto]? [completato|completare]",
    ],
    backup: 4,
    icloud: 2,
    example: "Non è stato possibile completare l'ultimo backup.",
    fixture: 'it-community-ultimo',
  },
  {
    // The computer or its app as the one that cannot do it: iTunes's own message, "il Mac non
    // riesce a fare il backup", "Dispositivi Apple non mi fa eseguire il backup".
    id: 'it-could-not-back-up',
    ownBackup: true,
    kind: 'error-message',
    patterns: [
      '[{app}|{computer}|dispositivi apple] [non ha potuto|{itcannot}] [a|ad|di]? {itbackupact}',
    ],
    backup: 4,
    computer: 3,
    example: 'iTunes non ha potuto eseguire il backup di iPhone perché si è verificato un errore.',
    fixture: 'it-community-itunes-disconnesso',
  },
  {
    // iOS says it for iCloud as the computer says it for itself: the channel comes from the words
    // around it.
    id: 'it-backup-impossible',
    ownBackup: true,
    kind: 'error-message',
    patterns: [
      'impossibile eseguire il backup di {device}',
      // Any verb for it: "non è stato possibile fare il backup perché ...".
      'non è stato possibile {itbackupact}',
      // Present tense, naming the device: "non è possibile eseguire il backup di questo iPad".
      'non è possibile eseguire il backup [di|di questo|dell|del] {device}',
    ],
    backup: 4,
    fixture: 'it-apple-computer',
  },
  {
    id: 'it-cant-back-up',
    kind: 'phrase',
    patterns: [
      'il backup [su icloud|di icloud]? [resta|rimane|è] [bloccato|fermo]',
      '[errore|errori] [durante il|nel|del] backup',
      // Impersonal and automatic: "il backup automatico su iCloud non si fa più", "non si può fare".
      'backup [automatico|automatici]? [su icloud|di icloud|icloud]? non [si fa|si fa più|viene fatto|viene più fatto|si può fare|si riesce a fare|parte|parte più|si avvia] [mai|più]?',
      // Not done, as the phone reports it or since a date: "mi avvisa che non ha fatto il backup
      // su iCloud", "non ha eseguito il backup da 5 settimane", "Backup iCloud non eseguito".
      'non [ha|hanno|aveva] [più]? [eseguito|fatto|effettuato] [il|un|nessun]? backup',
      'backup [icloud|di icloud|su icloud] non [eseguito|effettuato]',
      'backup non [eseguito|effettuato] [da|dal|dalla|dall|dai|dalle]',
      // Found off, not set off: "il backup era disattivato da mesi", "si era spento".
      '{itbackup} [era|risultava|si era|si è] ~ [disattivato|spento]',
      // The general model, in this one signal so that a phrase scores once (and "se ..." cancels
      // it once): the backup and what people say about it, with words between ("il backup
      // automatico su iCloud non parte più", "si ferma a metà", "dà errore"; "fallisce" and "non
      // va" are it-backup-failed's), a trouble named with it ("problemi con il backup"), who
      // cannot do it ("non mi fa eseguire il backup"), the device that no longer does it.
      '{itbackup} ~ {itfail}',
      '{itbackup} ~ non {itneg}',
      '[problema|problemi|blocco] [con il|con i|col|nel|del|dei|durante il|durante i|di]? {itbackup}',
      '{itcannot} [a|ad|di]? {itbackupact}',
      'non [fa|esegue|faceva|eseguiva] [più|mai]? [il|i|un|nessun]? backup',
      'nessun backup [da|dal|dalla|dall|dai|dalle|negli ultimi|nelle ultime]',
      '[non è stato|non è più stato|non viene|non viene più] sottoposto a backup',
      '{device} non sottoposto a backup',
      // The device without room to make it: Apple's "se iPhone non ha abbastanza spazio per
      // completare un backup" (it-device-storage reads the cause).
      '{device} non ha [abbastanza|sufficiente] spazio [libero]? per [completare|eseguire|fare]? [il|un]? backup',
    ],
    backup: 3,
    fixture: 'it-community-non-riesco',
  },
  {
    // The last backup long ago, as Settings shows it and people retell it ("ultimo backup 3
    // settimane fa", "l'ultimo backup è del 3 aprile"): this iPhone's own backup, so another app named
    // beside it is a side note.
    id: 'it-last-backup-long-ago',
    ownBackup: true,
    kind: 'phrase',
    patterns: [
      'ultimo backup [riuscito|completato|valido]? [risale|risalente]',
      'ultimo backup ~ [giorni|settimane|mesi] fa',
      'ultimo backup [riuscito|completato]? [è|era] [del|dell] #num',
    ],
    backup: 3,
    icloud: 1,
    causes: { 'backup-conditions': 0.5 },
    fixture: 'it-tune-general-fails',
  },
  {
    id: 'it-icloud-storage',
    ownBackup: true,
    kind: 'error-message',
    patterns: [
      'spazio [disponibile]? su icloud non è sufficiente',
      'spazio icloud [è]? [pieno|insufficiente|esaurito]',
      'spazio insufficiente su icloud',
      // iOS: "Non c'è spazio sufficiente per il backup di questo iPhone".
      'spazio [sufficiente|abbastanza] per il backup di questo {device}',
    ],
    backup: 1,
    icloud: 2,
    causes: { 'icloud-storage-full': 0.9 },
    fixture: 'it-community-fallisce',
  },
  {
    id: 'it-computer-storage',
    kind: 'error-message',
    patterns: [
      'spazio [libero]? [sul|su questo] [computer|mac|pc|disco] non è sufficiente',
      'disco [del mac]? [è]? [quasi]? pieno',
    ],
    backup: 2.2,
    computer: 2,
    causes: { 'computer-storage-full': 0.9 },
    fixture: 'it-community-spazio-mac',
  },
  {
    id: 'it-disconnected',
    kind: 'error-message',
    // The device or its cable: "il wifi si disconnette" is the network's.
    patterns: [
      '{device} è stato [disconnesso|scollegato]',
      '{device} [si]? ~ disconnette',
      '[telefono|cavo] [si]? ~ disconnette',
    ],
    backup: 1.5,
    computer: 2,
    causes: { connection: 0.9 },
    fixture: 'it-community-itunes-disconnesso',
  },
  {
    id: 'it-backup-corrupt',
    kind: 'error-message',
    patterns: [
      'backup è [danneggiato|corrotto|incompatibile]',
      'backup non è [più]? compatibile',
      'danneggiato o non è compatibile',
      '{itbackup} ~ [danneggiato|corrotto|incompatibile|illeggibile]',
    ],
    backup: 3.5,
    computer: 1,
    causes: { 'corrupt-backup': 0.9 },
    fixture: 'it-community-danneggiato',
  },
  {
    id: 'it-backup-session-failed',
    kind: 'error-message',
    patterns: ['sessione di backup non è riuscita', 'sessione di backup [non riuscita|fallita]'],
    backup: 3,
    computer: 2,
    causes: { connection: 0.5, 'corrupt-backup': 0.4 },
    fixture: 'it-community-sessione',
  },
  {
    id: 'it-icloud-backup-off',
    kind: 'phrase',
    patterns: [
      // Found off, not only set off: "il backup era spento da mesi", "risultava disattivato".
      '[backup icloud|il backup] [è|era|è stato|è stata|risulta|risultava]? [in grigio|disattivato|disattivata|spento|grigio]',
      '[pulsante|interruttore|opzione] ~ [è]? [grigio|in grigio]',
      'in grigio',
      'è grigio',
      // The switch that turns itself off: "si disattiva da solo", "non resta attivo".
      '[backup icloud|interruttore|opzione] ~ [si disattiva|si è disattivato|si spegne|si è spento|è spento]',
      '[disattivare|disattivarsi|disattivato|disattivata|spento|spenta|spegnersi] da [solo|sola]',
    ],
    backup: 1.5,
    icloud: 2,
    causes: { 'icloud-backup-off': 0.85, restrictions: 0.3 },
    fixture: 'it-community-grigio',
  },
  {
    // A report, not a setting: Backup iCloud cannot be turned on ("non riesci ad attivare").
    id: 'it-icloud-backup-turns-off',
    kind: 'phrase',
    patterns: [
      '{itcannot} [ad|a]? [attivare|riattivare|accendere] [il]? backup [icloud|su icloud|di icloud]',
      '{itcannot} [ad|a]? [attivarlo|riattivarlo|accenderlo]',
    ],
    backup: 3,
    icloud: 2,
    causes: { 'icloud-backup-off': 0.85 },
    fixture: 'it-tune-non-riesco-attivare',
  },
  {
    id: 'it-icloud-topic',
    kind: 'phrase',
    patterns: ['backup [su|di] icloud', 'backup icloud', 'su icloud', 'backup automatico'],
    backup: 0.6,
    icloud: 2,
    fixture: 'it-community-non-va',
  },
  {
    id: 'it-computer-topic',
    kind: 'phrase',
    patterns: [
      '[sul|al|dal|nel] [computer|mac|pc]',
      'dispositivi apple',
      // The machine as people name it: "col portatile", "tramite iTunes".
      '[sul|al|dal|nel|col|con il|collegato al|collego al] [portatile|notebook|macbook|imac|pc windows]',
      '[tramite|col|con il] [itunes|finder]',
      // The computer named as what acts or is owned: "il Mac mi dice", "ho un vecchio PC".
      '[il|mio|vecchio|nuovo] [mac|pc|computer|portatile|notebook]',
    ],
    backup: 0.3,
    computer: 1.5,
    fixture: 'it-community-spazio-mac',
  },
  {
    id: 'it-network',
    kind: 'phrase',
    patterns: [
      '[wi fi|wifi] [di casa]? [ogni tanto]? [cade|è instabile|è lento]',
      'connesso a una rete [wi fi|wifi]',
      '[wi fi|wifi|rete|connessione] [di casa]? [è]? [instabile|lenta|lento|debole|scarsa|ballerina]',
      // Words between: "il wifi di casa che ultimamente salta spesso", "il modem fa le bizze".
      '[wi fi|wifi|modem|router] ~ [salta|cade|fa le bizze]',
      // Mobile data instead of Wi-Fi, as people say it ("uso solo i dati cellulare"); not
      // Apple's setting "backup su rete cellulare", which a how-to names.
      '[dati cellulari|dati cellulare|dati mobili]',
    ],
    backup: 0.4,
    icloud: 1,
    causes: { network: 0.7 },
    fixture: 'it-community-ultimo',
  },
  {
    id: 'it-conditions',
    kind: 'phrase',
    patterns: [
      'in carica',
      "collegato all'alimentazione",
      'bloccato',
      'di notte',
      // Off the charger, Low Power Mode ("risparmio energetico"), a flat battery.
      '[staccato|staccata] [dalla corrente|dal caricatore|dalla presa]?',
      '[risparmio energetico|batteria scarica|batteria bassa|sotto carica]',
      '[attaccato|attaccata|collegato|collegata] [alla corrente|al caricatore|alla presa]',
      'schermo bloccato',
    ],
    backup: 0.3,
    icloud: 0.5,
    causes: { 'backup-conditions': 0.5 },
    fixture: 'it-community-ultimo',
  },
  {
    id: 'it-account',
    kind: 'phrase',
    patterns: [
      'accedere di nuovo',
      'accedi di nuovo',
      'password non viene accettata',
      '[id apple|account apple] ~ password',
      // iOS's banner "Aggiorna le impostazioni dell'Account Apple".
      "aggiorna le impostazioni [dell'account|dell'id apple]",
      // The password asked again and again, or changed: "chiede sempre la password".
      '[chiede|richiede|chiedeva|richiedeva] [sempre|di nuovo|continuamente|ogni volta]? la password',
      'password [del mio|del|dell] [apple account|account apple|id apple]',
      '[autenticazione a due fattori|codice di verifica]',
      'password icloud',
    ],
    backup: 0.4,
    icloud: 1,
    causes: { 'apple-account': 0.8 },
    fixture: 'it-community-non-va',
  },
  {
    id: 'it-outdated',
    kind: 'phrase',
    patterns: [
      '[aggiornato|aggiorna|aggiornare|aggiornamento|aggiornamenti] [a ios|macos|itunes]?',
      // A device left on an old system: "fermo a iPadOS 17".
      '[fermo|ferma|rimasto|rimasta] [a|ad] [ios|ipados]',
      'ultima versione',
      // Apple's "richiede una versione più recente di iTunes", and the old machine people name.
      '[serve|richiede|necessaria|occorre] una versione più recente',
      '[vecchio|vecchia|vecchi|vecchie] [mac|imac|macbook|pc|computer|portatile|itunes|versione|versioni|windows|ios|{device}]',
      // A device left behind: "non è più supportato", "non riceve più aggiornamenti".
      '[non è più|non sono più] [supportato|supportata|supportati|compatibile]',
      'non riceve più aggiornamenti',
      '[imac|macbook|computer|portatile|versione] [vecchio|vecchia]',
      'troppo [vecchio|vecchia]',
    ],
    backup: 0,
    causes: { 'outdated-software': 0.6 },
    fixture: 'it-community-non-va',
  },
  {
    id: 'it-connection',
    kind: 'phrase',
    patterns: [
      '[cavo|porta usb|cavo usb]',
      'autorizza [questo computer]?',
      '[hub usb|adattatore|connettore|falso contatto]',
      '[si scollega|scollegato|scollegata] [dal mac|dal pc|dal computer]?',
    ],
    backup: 0.4,
    computer: 1.5,
    causes: { connection: 0.7 },
    fixture: 'it-community-itunes-disconnesso',
  },
  {
    id: 'it-security',
    kind: 'phrase',
    patterns: ["[l'antivirus|software di sicurezza]"],
    backup: 0.4,
    computer: 1.5,
    causes: { 'security-software': 0.8 },
    fixture: 'it-community-sessione',
  },
  {
    id: 'it-restrictions',
    kind: 'phrase',
    patterns: [
      '[tempo di utilizzo|profilo di gestione|profilo di configurazione|restrizioni]',
      '[dispositivo|iphone|telefono] [gestito|supervisionato|aziendale]',
    ],
    backup: 0.4,
    causes: { restrictions: 0.8 },
    fixture: 'it-community-grigio',
  },
  {
    id: 'it-device-storage',
    kind: 'phrase',
    patterns: [
      'memoria [dell|di]? [{device}]? [è]? [quasi]? piena',
      // The device itself full ("l'iPad da 32 giga è pienissimo", "l'iphone da 64 giga pieno
      // zeppo"), without room ("iPhone non ha abbastanza spazio"), a few MB left or missing.
      '{device} ~ [è|quasi|è quasi]? [pieno|pienissimo|strapieno]',
      '{device} non ha [abbastanza|sufficiente] spazio',
      '[restano|rimangono|mancano] [solo|tipo|circa]? #num [mb|gb|giga]',
      '[spazio libero|poco spazio|spazio insufficiente] [sull|sul|nell|nel] {device}',
      // The phone by its Italian names, and the little left on it: "solo 1,2 GB liberi".
      '[spazio|spazio libero|poco spazio|spazio insufficiente] [sul|nel] [telefono|cellulare] [stesso]?',
      '[solo|appena] #num [gb|mb] liberi',
    ],
    backup: 0.8,
    causes: { 'device-storage-low': 0.85 },
    fixture: 'it-community-non-riesco',
  },
  {
    id: 'it-restore',
    kind: 'phrase',
    patterns: [
      '[ripristino|ripristinare|ripristinando]',
      'impossibile ripristinare',
      'modalità di recupero',
    ],
    backup: -1.5,
    fixture: 'it-neg-ripristino-errore',
  },
  {
    id: 'it-update-failed',
    kind: 'phrase',
    patterns: ['aggiornamento non [è]? riuscito', "impossibile verificare l'aggiornamento"],
    backup: -2.5,
    fixture: 'it-neg-aggiornamento',
  },
  {
    id: 'it-how-to',
    kind: 'phrase',
    patterns: [
      'come [fare|eseguire|effettuare] [il|un] backup',
      'in questa guida',
      'passo dopo passo',
    ],
    backup: -1.5,
    fixture: 'it-neg-guida-passi',
  },
  {
    id: 'it-backup-not-saved',
    kind: 'error-message',
    patterns: [
      'backup non [può|potrà|poteva|potrebbe] essere [salvato|completato|eseguito|creato]',
      'impossibile [salvare|completare] il backup',
      'non è stato possibile [salvare|completare] il backup',
    ],
    backup: 3.5,
    example: 'Il backup non può essere salvato.',
    unsure:
      "written from Apple's wording in other messages; the exact string of this one is not confirmed",
    fixture: 'it-community-space-computer',
  },
  {
    // Storage words near iCloud, however the sentence runs.
    id: 'it-icloud-space',
    kind: 'phrase',
    patterns: [
      "non [c'è|ho|hai|resta]? [abbastanza|sufficiente] spazio ~ icloud",
      'spazio [disponibile|libero]? [su|in] icloud [è]? [esaurito|pieno|insufficiente]',
      '[icloud|memoria icloud] [è]? [pieno|piena]',
      // "Lo spazio di iCloud non basta".
      'spazio [di|su|in]? icloud non [basta|bastano|è sufficiente]',
      // Colloquial: "ho finito lo spazio su iCloud", "i 5 GB gratuiti".
      '[finito|esaurito|terminato] lo spazio [su|di|in]? icloud',
      '#num gb gratuiti',
      'spazio [su|di|in] icloud [è]? [quasi|ormai]? [pieno|esaurito|finito|saturo]',
      "non [c'è|ho|hai|ha] più spazio [su|in|di] icloud",
    ],
    backup: 1,
    icloud: 2,
    causes: { 'icloud-storage-full': 0.9 },
    fixture: 'it-community-space-icloud',
  },
  {
    // Space words near the computer's, however the sentence runs.
    id: 'it-computer-space',
    kind: 'phrase',
    patterns: [
      "non [c'è|ho|hai|resta]? [abbastanza|sufficiente] spazio ~ [computer|mac|pc|disco]",
      'spazio [libero|disponibile]? [sul|nel] [computer|mac|pc|disco] [è]? [esaurito|insufficiente]',
      '[mac|pc|computer|disco] [è]? pieno',
      // The adjective after the noun: "sul computer non c'è spazio sufficiente".
      "[computer|mac|pc|disco] [c]? non [c'è|ha] [abbastanza]? spazio",
      "non [c'è|ho|hai|ha|resta] spazio [sufficiente|libero|abbastanza]? ~ [computer|mac|pc|disco]",
    ],
    backup: 2.2,
    computer: 2,
    causes: { 'computer-storage-full': 0.9 },
    fixture: 'it-community-space-computer',
  },
  {
    // Space short, named without its side, as the device reports it ("mi dice spazio
    // insufficiente"): most often iCloud's. A cause, not a channel.
    id: 'it-space-reported',
    kind: 'phrase',
    patterns: [
      '[dice|compare|segnala] [che]? [lo]? spazio [è]? [insufficiente|esaurito]',
      // "Lo spazio è quasi pieno", and more of it to buy: only iCloud sells it.
      'lo spazio è [quasi|ormai]? [pieno|esaurito|finito|insufficiente]',
      '[comprare|acquistare] [altro|più] spazio',
      // What fills it: "il backup delle foto occupava 30 giga".
      '[occupa|occupava|occupano] #num [gb|giga]',
      '#num [gb|giga] [sono]? [pieni|esauriti|finiti]',
      // The backup bigger than the plan, and iOS's button to manage it: "supera il piano da 50 GB".
      '[supera|superato|superava] [il piano|lo spazio]',
      'gestisci spazio',
    ],
    backup: 0.3,
    causes: { 'icloud-storage-full': 0.6 },
    fixture: 'it-tune-spazio-entrambi',
  },
  {
    // The advice to free the computer's space ("libera spazio sul Mac"), or its free space
    // weighed against the phone's ("il Mac ha 30 GB liberi"): its cause, weakly.
    id: 'it-free-computer-space',
    kind: 'phrase',
    patterns: [
      '[libera|liberare] spazio [sul|nel] [mac|computer|pc|disco]',
      '[mac|pc|computer|disco] ha [solo|appena]? #num [gb|giga] liberi',
    ],
    backup: 0.3,
    computer: 1,
    causes: { 'computer-storage-full': 0.6 },
    fixture: 'it-tune-spazio-entrambi',
  },
  {
    id: 'it-account-sign-in-out',
    kind: 'phrase',
    patterns: [
      '[esci|uscire|uscito|uscita|disconnesso|disconnessa] ~ [account apple|id apple|icloud]',
      '[accedi|accedere|accesso] ~ [account apple|id apple]',
      'password ~ [account apple|id apple]',
    ],
    backup: 0.4,
    icloud: 1,
    causes: { 'apple-account': 0.8 },
    fixture: 'it-community-account-out',
  },
  {
    // A conditional in a how-to ("if the backup fails, ...") is no failure by itself: it cancels what its words score, and counts a third beside Apple's own message.
    id: 'it-if-backup-fails',
    kind: 'phrase',
    patterns: [
      'se il backup [fallisce|non funziona|non va|si blocca|si interrompe|non si completa|non termina|non va a buon fine|non parte|non è stato completato]',
      // The general model's words under "se".
      'se [il]? {itbackup} ~ {itfail}',
      'se [il]? {itbackup} ~ non {itneg}',
    ],
    backup: -3.5,
    passing: true,
    fixture: 'it-neg-howto-if-fails',
  },
  {
    // Apple's "si è verificato un errore" ends the computer's message; on a page about a backup
    // it says the backup met an error, as a phrase (a restore page says it too).
    id: 'it-error-occurred',
    kind: 'phrase',
    patterns: ['si è verificato un errore'],
    backup: 1.5,
    computer: 0.5,
    fixture: 'it-tune-bloccato-errore',
  },
];
