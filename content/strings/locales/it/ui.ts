import type { UiCatalog } from '../../catalog';
import { plural } from '../../format';

/** The computers' names, shared by the panel and the options page (as in English). */
const COMPUTERS = {
  mac: 'Mac',
  windows: 'PC Windows',
  other: 'né un Mac né un PC',
} as const;

const IOS_RANGES = {
  '16+': 'iOS 16 o versioni successive',
  '15': 'iOS 15',
  '11-14': 'Da iOS 11 a iOS 14',
  '10.3': 'iOS 10.3',
  '10.2-': 'iOS 10.2 o versioni precedenti',
} as const;

/**
 * The troubleshooter's group headings, kept out of the object literal: their `other` key makes
 * UiCatalog's Widen take them for plural forms, which would refuse the other keys.
 */
const PICKER_GROUPS = {
  device: 'Su iPhone o iPad',
  computer: 'Sul computer (Finder, iTunes o Dispositivi Apple)',
  other: 'Altro',
} as const;

/** Italian: every surface's words (shape: EN_UI in content/strings/catalog.ts). */
export const UI: UiCatalog = {
  manifest: {
    name: 'Backup Doctor',
    description:
      'Rileva i backup di iPhone e iPad non riusciti sulle pagine Apple, controlla lo stato di Apple e mostra come risolvere.',
    toggleCommand: 'Mostra o nascondi il pannello di Backup Doctor',
  },
  panel: {
    brand: 'Backup Doctor',
    headline: '{channel}: {cause}',
    headlineMore: plural({
      one: '{channel}: {cause} e {n} altra causa possibile',
      other: '{channel}: {cause} e altre {n} cause possibili',
    }),
    headlineGeneral: '{channel} non riuscito: la pagina non dice perché',
    guideHeadline: plural({
      one: '{channel}: questa pagina tratta {n} causa possibile',
      other: '{channel}: questa pagina tratta {n} cause possibili',
    }),
    guideHeadlineOne: '{channel}: questa pagina tratta una sola causa possibile, {cause}',
    incidentHeadline: {
      outage: 'Problema di Apple: {service} non è disponibile. Attendi la correzione di Apple.',
      issue: 'Problema di Apple: {service} ha un problema. Attendi la correzione di Apple.',
      maintenance:
        'Da parte di Apple: {service} è in manutenzione. Attendi la fine della manutenzione.',
    },
    appleSays: 'Apple comunica:',
    afterFix: 'Se non funziona ancora dopo la correzione di Apple',
    askerWords: 'Messaggio originale:',
    searchWords: 'Hai cercato:',
    question: {
      title: 'Cosa vedi?',
      intro: 'Scegli il messaggio più simile al tuo: i passaggi si adattano.',
      none: 'Nessuno di questi',
      pageCovers: 'Passaggi per tutto ciò che tratta questa pagina',
    },
    whyLabel: 'Perché lo pensiamo',
    pageMentions: 'Cosa menziona la pagina',
    stepsLabel: 'Cosa fare',
    errorCodes: 'Codice di errore nella pagina: {codes}',
    showOnPage: 'Mostra nella pagina',
    hideOnPage: 'Nascondi evidenziazioni',
    notOnPage: 'Queste parole non sono più visibili nella pagina.',
    statusUnknown: '{service}: impossibile verificare',
    incidentSince: '{service}: {state} da {since}',
    incidentNoStart: '{service}: {state}',
    generalNote:
      'La pagina non indica una causa, quindi ecco le verifiche abituali, a partire dalle più sicure.',
    computerLabel: 'Il tuo computer',
    computerAuto: 'Rilevato: {detected}',
    computerNames: COMPUTERS,
    computerMac: COMPUTERS.mac,
    computerWindows: COMPUTERS.windows,
    iosLabel: 'Versione di iOS',
    iosAuto: 'Attuale (iOS 16 o versioni successive)',
    fixedIt: 'Ha funzionato',
    fixedTitle: 'Bene, è risolto',
    fixedBody:
      'Controlla di nuovo domani che il backup funzioni ancora: l’ora dell’ultimo backup riuscito dovrebbe essere recente.',
    startOver: 'Ricomincia',
    copy: 'Copia un riepilogo',
    copied: 'Copiato. Incollalo nella chat del Supporto Apple o in un post della Community.',
    copyFailed: 'Impossibile copiare. Seleziona il testo qui sotto e copialo.',
    copyFallbackLabel: 'Riepilogo da copiare',
    collapse: 'Riduci Backup Doctor',
    close: 'Chiudi Backup Doctor in questa pagina',
    tab: 'Apri Backup Doctor: passaggi per risolvere questo problema di backup',
    tabText: 'Soluzione',
    shortcutHint: 'Alt+Maiusc+B mostra o nasconde questo pannello.',
    summary: {
      title: 'Problema con il backup di {device} (riepilogo di Backup Doctor)',
      problem: 'Problema: {headline}',
      appleSays: 'Apple comunica: “{message}”',
      afterFix: 'Se non funziona ancora dopo la correzione di Apple: {headline}',
      seen: 'Cosa vedo: {what}',
      page: 'Pagina che stavo leggendo: {url}',
      codes: 'Codici di errore: {codes}',
      quote: 'Il messaggio: “{quote}”',
      status: 'Stato del sistema Apple: {status}',
      setup: 'La mia configurazione: {computer}, {ios}',
      tried: 'Cosa ho provato:',
      triedNone: 'Cosa ho provato: ancora niente di questo elenco',
      triedItem: '- {title}',
      notYet: 'Non ancora provato:',
      fixed: 'Risultato: ha funzionato.',
      notFixed: 'Risultato: il backup ancora non funziona.',
    },
  },
  stepList: {
    listLabel: 'Passaggi per risolvere',
    progress: '{done} di {total} completati',
    markDone: 'Fatto: {title}',
    where: 'Dove',
    check: 'Ha funzionato se',
    caution: 'Prima di iniziare',
    cautionFlag: 'Leggi prima',
    systemStatusLink: 'Stato del sistema Apple',
  },
  status: {
    state: {
      available: 'disponibile',
      maintenance: 'in manutenzione',
      issue: 'problema in corso',
      outage: 'non disponibile (interruzione)',
      unknown: 'stato sconosciuto',
    },
    stateWord: {
      available: 'disponibile',
      maintenance: 'manutenzione',
      issue: 'problema',
      outage: 'interruzione',
      unknown: 'sconosciuto',
    },
    badgeText: {
      available: '',
      maintenance: 'MAN',
      issue: '!',
      outage: 'OFF',
      unknown: '?',
    },
    serviceState: '{service}: {state}',
    serviceStateSince: '{service}: {state} da {since}',
    since: 'da {time}',
    scheduled: 'Manutenzione programmata {when}',
    resolved: 'Risolto {when}',
    checkedJustNow: 'verificato ora',
    checkedAgo: 'verificato {ago}',
    neverChecked: 'non ancora verificato',
    stale: 'Ultimo stato noto: {time}; potrebbe essere cambiato.',
    noData: 'Non abbiamo ancora uno stato da Apple.',
    error: {
      network: 'Impossibile raggiungere il feed di stato di Apple.',
      timeout: 'Il feed di stato di Apple non ha risposto in tempo.',
      http: 'Il feed di stato di Apple ha risposto con un errore.',
      malformed: 'Il feed di stato di Apple ha inviato dati che non siamo riusciti a leggere.',
      format: 'Il feed di stato di Apple è in un formato che non riconosciamo.',
    },
    errorWithLastKnown: '{error} Ultimo stato noto: {time}.',
  },
  notification: {
    startedTitle: '{services}: {state}',
    endedTitle: '{services}: funziona di nuovo',
    endedMessage: 'Apple comunica che il problema è risolto. Riprova il backup.',
    noMessage: 'Apple segnala un problema con questo servizio.',
  },
  statusCard: {
    label: 'Backup Doctor',
    headline: 'Backup iCloud: {state}',
    headlineUnknown: 'Al momento non conosciamo lo stato di Backup iCloud',
    fromFeed: 'Dal feed di stato di Apple, {checked}.',
    fromPage: 'Come mostra questa pagina, {time}.',
    alsoAffected: 'Interessati anche',
    relatedState: '{service}: {state}',
    fixLink: 'Passaggi per un backup che non riesce',
    waitAdvice: 'Il problema è di Apple: attendi che finisca, poi esegui di nuovo il backup.',
  },
  popup: {
    title: 'Backup Doctor',
    headline: {
      available: 'Funziona normalmente',
      maintenance: 'In manutenzione',
      issue: 'Problema in corso',
      outage: 'Non disponibile (interruzione)',
      unknown: 'Stato sconosciuto',
    },
    meaning: {
      available:
        'Apple non segnala problemi. Se il backup non riesce, la causa è probabilmente dalla tua parte.',
      maintenance:
        'Apple ci sta lavorando. I backup potrebbero non riuscire fino alla fine della manutenzione.',
      issue:
        'Apple segnala un problema. Il tuo backup potrebbe non riuscire per questo motivo: attendi, poi riprova.',
      outage:
        'Apple segnala un’interruzione. Probabilmente il backup non riuscirà finché Apple non la risolve.',
      unknown: 'Al momento non possiamo sapere se Apple ha un problema.',
    },
    appleSays: 'Apple comunica:',
    affected: 'Chi è interessato: {who}',
    lastKnown: 'Ultimo stato ({time}): {state}.',
    scheduledTitle: 'Manutenzione programmata',
    scheduledUntil: 'Da {start} a {end}',
    relatedTitle: 'Servizi correlati',
    refresh: 'Verifica ora',
    refreshing: 'Verifica in corso…',
    refreshFailed: 'Impossibile richiedere una nuova verifica. Riprova tra poco.',
    recentTitle: 'Problemi recenti di Backup iCloud',
    recentNone: 'Nessun problema recente nel feed di Apple.',
    recentWhen: 'Da {start} a {end}',
    recentOngoingEnd: 'fine sconosciuta',
    appleLink: 'Stato del sistema Apple',
    appleLinkNewTab: '(si apre in una nuova scheda)',
    troubleshoot: 'Il backup non riesce? Trova la soluzione',
    settings: 'Impostazioni',
    backToStatus: 'Torna allo stato',
    picker: {
      title: 'Cosa vedi?',
      intro: 'Scegli il messaggio più simile al tuo o digita il codice di errore.',
      groups: PICKER_GROUPS,
      codeLabel: 'Codice di errore',
      codeHint: 'Come appare, ad esempio 0xE8000084 o -36.',
      codeSubmit: 'Trova la soluzione',
      codeInvalid:
        'Non sembra un codice di errore. I codici hanno questo aspetto: 0xE8000084, -36 o 4013.',
    },
    plan: {
      backToPicker: 'Torna a “Cosa vedi?”',
      youSaw: 'Vedi: {what}',
      forCode: 'errore {code}',
      headlineGeneral: '{channel}: le verifiche abituali',
      generalNote:
        'Niente di ciò che hai scelto indica una causa precisa, quindi ecco le verifiche abituali, a partire dalle più sicure.',
      notBackup:
        '{code} non è un errore di backup: il software di Apple lo mostra durante il ripristino o l’aggiornamento di iPhone o iPad. Se anche il backup non riesce, inizia da queste verifiche abituali.',
    },
  },
  options: {
    title: 'Impostazioni di Backup Doctor',
    intro:
      'Le modifiche vengono salvate subito e valgono per tutte le pagine Apple che hai aperto.',
    loading: 'Caricamento delle impostazioni…',
    saved: 'Salvato.',
    saveFailed: 'Impossibile salvare la modifica. Riprova.',
    panel: {
      legend: 'Il pannello delle soluzioni sulle pagine Apple',
      hint: 'Come appare il pannello all’inizio, quando una pagina parla di un backup non riuscito.',
      modes: {
        open: 'Aperto accanto alla pagina',
        collapsed: 'Come piccola linguetta sul bordo',
        off: 'Non mostrarlo',
      },
      sitesLegend: 'Siti in cui può apparire il pannello',
      sitesHint: 'Togli la spunta a un sito per non mostrare mai il pannello lì.',
      siteNames: {
        'support.apple.com': 'Supporto Apple (support.apple.com)',
        'discussions.apple.com': 'Community Apple (discussions.apple.com)',
      },
    },
    device: {
      deviceLegend: 'Il tuo dispositivo',
      deviceHint:
        'I passaggi usano il suo nome, come in “Backup di questo iPad” o “Spazio iPad”. Su una pagina dedicata a un dispositivo, come una discussione su iPad, i passaggi seguono la pagina.',
      computerLegend: 'Il tuo computer',
      computerHint:
        'Serve a scegliere Finder, iTunes o l’app Dispositivi Apple nei passaggi per il backup su computer.',
      detected: '(secondo questo browser: {computer})',
      detectedNames: COMPUTERS,
      computer: {
        auto: 'Deducilo da questo browser',
        mac: COMPUTERS.mac,
        windows: COMPUTERS.windows,
      },
      iosLegend: 'La versione di iOS del tuo iPhone o iPad',
      iosHint:
        'I percorsi in Impostazioni sono cambiati da una versione all’altra. Trovi la tua in Impostazioni > Generali > Info.',
      ios: {
        auto: 'Non lo so (mostra i percorsi dell’iOS attuale)',
        ...IOS_RANGES,
      },
    },
    notifications: {
      legend: 'Notifiche',
      label: 'Avvisami quando Apple segnala un problema con Backup iCloud',
      why: 'Backup Doctor mostra una notifica quando la pagina Stato del sistema di Apple segnala un problema con Backup iCloud o con l’accesso a iCloud, e un’altra quando è finito. Per farlo ha bisogno del permesso del browser di mostrare notifiche: lo chiede quando metti la spunta e non lo usa per nient’altro.',
      asking: 'In attesa del permesso del browser…',
      on: 'Le notifiche sono attive.',
      off: 'Le notifiche sono disattivate.',
      denied:
        'Il browser non ha dato il permesso, quindi le notifiche restano disattivate. Puoi mettere di nuovo la spunta per ricevere di nuovo la richiesta.',
      failed:
        'Impossibile chiedere il permesso al browser ({reason}). Le notifiche restano disattivate.',
    },
    progress: {
      legend: 'Progressi salvati',
      hint: 'Backup Doctor ricorda quali passaggi hai spuntato e quale messaggio hai indicato, per ogni problema, solo su questo computer.',
      clear: 'Cancella i progressi salvati…',
      confirm:
        'Dimenticare tutti i passaggi spuntati e tutte le risposte per tutti i problemi? L’operazione non può essere annullata.',
      confirmYes: 'Sì, cancella',
      confirmNo: 'Annulla',
      cleared: plural({
        one: 'Progressi salvati cancellati per {count} problema.',
        other: 'Progressi salvati cancellati per {count} problemi.',
      }),
      nothing: 'Non c’erano progressi salvati da cancellare.',
      failed: 'Impossibile cancellare i progressi salvati. Riprova.',
    },
  },
  choices: {
    'iphone-backup-failed': '“Backup iPhone non riuscito” (o iPad)',
    'not-enough-icloud-storage':
      '“Spazio insufficiente”: spazio di archiviazione iCloud non sufficiente',
    'last-backup-not-completed': '“Impossibile completare l’ultimo backup.”',
    'icloud-backup-greyed-out': 'L’opzione Backup iCloud è in grigio o non riesco ad attivarla',
    'computer-error-occurred':
      '“…impossibile eseguire il backup di iPhone perché si è verificato un errore”',
    'computer-backup-corrupt': '“…perché il backup è danneggiato o non compatibile”',
    'computer-iphone-disconnected': '“…perché iPhone è stato scollegato”',
    'computer-not-enough-space': '“…spazio libero insufficiente su questo computer”',
    'computer-session-failed': '“…perché la sessione di backup non è riuscita”',
    'no-backup-no-message': 'Il backup semplicemente non avviene, senza messaggi',
    'not-sure': 'Non ne sono sicuro',
  },
  causes: {
    'icloud-storage-full': 'spazio iCloud insufficiente',
    'computer-storage-full': 'spazio insufficiente sul computer',
    'device-storage-low': 'poco spazio libero su {device}',
    network: 'la connessione di rete',
    'backup-conditions':
      'le condizioni del backup automatico (alimentazione, Wi-Fi, dispositivo bloccato)',
    'icloud-backup-off': 'Backup iCloud disattivato o in grigio',
    'outdated-software': 'software non aggiornato',
    'corrupt-backup': 'un backup danneggiato o incompatibile',
    'service-outage': 'un problema da parte di Apple',
    'apple-account': 'l’accesso all’Apple Account',
    connection: 'la connessione di {device} al computer',
    'security-software': 'software di sicurezza sul computer',
    restrictions: 'una restrizione (Tempo di utilizzo o un profilo)',
  },
  channels: {
    icloud: 'Backup iCloud',
    computer: 'Backup su computer',
    both: 'Backup di {device}',
    none: 'Backup di {device}',
  },
  devices: {
    iphone: 'iPhone',
    ipad: 'iPad',
    ipod: 'iPod touch',
  },
  computers: COMPUTERS,
  iosRanges: IOS_RANGES,
  articles: {
    '102563': 'Apple: Se non riesci a eseguire il backup su iCloud',
    '108366': 'Apple: Eseguire il backup con iCloud',
    '108796': 'Apple: Eseguire il backup con il Mac',
    '108967': 'Apple: Eseguire il backup con un PC Windows',
    '108770': 'Apple: Di cosa esegue il backup iCloud',
    '108922': 'Apple: Gestire lo spazio di iCloud',
    '108353': 'Apple: Backup codificati',
    '108809': 'Apple: Trovare i backup sul computer',
    '104980': 'Apple: Spazio iCloud temporaneo per un nuovo dispositivo',
    '109054': 'Apple: Informazioni su “Autorizzare questo computer?”',
  },
};
