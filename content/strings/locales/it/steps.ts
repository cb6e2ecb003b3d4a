import type { StepCatalog } from '../../catalog';

/** iCloud's storage list, per iOS version (as content/steps/icloud-steps.ts). */
const STORAGE_16 = 'Impostazioni > [il tuo nome] > iCloud > Gestisci spazio account';
const STORAGE_11 = 'Impostazioni > [il tuo nome] > iCloud > Gestisci spazio';
const STORAGE_10_3 = 'Impostazioni > [il tuo nome] > iCloud > Spazio iCloud > Gestisci spazio';
const STORAGE_10_2 = 'Impostazioni > iCloud > Spazio > Gestisci spazio';

/** The backup switch: under [il tuo nome] from iOS 10.3, under Impostazioni > iCloud before. */
const BACKUP = 'Impostazioni > [il tuo nome] > iCloud > Backup iCloud';
const BACKUP_10_2 = 'Impostazioni > iCloud > Backup';

const TURN_ON_OLD = [
  'Attiva “Backup iCloud”.',
  'Se l’interruttore è in grigio, potrebbe essere ancora in corso un ripristino: lascialo finire prima.',
];

const SIZE_OLD = [
  'In “Backup”, tocca questo {device}.',
  'Attendi che appaia “Dimensioni backup successivo” e confronta questo valore con lo spazio disponibile in iCloud.',
];

const UPGRADE_BEFORE_15 = [
  'Se escludere le app non basta, scegli un piano di archiviazione iCloud più grande (il piano gratuito offre 5 GB). Tutto ciò che hai viene mantenuto.',
];

const WIFI_BASICS = [
  'Connettiti a una rete Wi-Fi di cui ti fidi e apri un sito web in Safari per verificare che si carichi.',
  'Evita le reti con una pagina di accesso (hotel, treni) e disattiva qualsiasi VPN durante il backup.',
];

const STATUS_PAGE = 'Pagina Stato del sistema di Apple (apple.com/it/support/systemstatus)';

/** Where each computer lists its backups, and the folder that holds them. */
const BACKUP_LIST = {
  any: 'L’elenco dei backup nel Finder (Mac) o in Dispositivi Apple o iTunes (Windows)',
  finder:
    'Finder > [{device}] nella barra laterale > Generali > Gestisci backup (cartella: ~/Library/Application Support/MobileSync/Backup/)',
  itunes:
    'iTunes > Preferenze > Dispositivi (cartella: ~/Library/Application Support/MobileSync/Backup/)',
  windows:
    'Dispositivi Apple > [{device}] > Generali > Gestisci backup, oppure iTunes > Modifica > Preferenze > Dispositivi (cartella: %USERPROFILE%\\Apple\\MobileSync\\Backup\\ per Dispositivi Apple o iTunes da Microsoft Store, %APPDATA%\\Apple Computer\\MobileSync\\Backup\\ per iTunes dal sito web di Apple)',
} as const;

const IN_BACKUP_LIST = {
  'mac-finder': { where: BACKUP_LIST.finder },
  'mac-itunes': { where: BACKUP_LIST.itunes },
  windows: { where: BACKUP_LIST.windows },
};

const COPY_NEVER_MOVE =
  'Copia, non spostare mai: una copia si può ripristinare solo dopo averla ricopiata, senza modifiche, nella cartella dei backup.';

const TRUST_FIRST = [
  'Collega {device}, sbloccalo e resta sulla schermata Home.',
  'Quando appare “Autorizzare questo computer?”, tocca “Autorizza” e inserisci il codice.',
];

/** Sentences that several iOS versions of a step share. */
const UNLOCK_AND_RETRY = 'Sbloccalo una volta dopo l’avvio, poi riprova il backup.';
const ACCOUNT_PROMPTS =
  'Se un messaggio ti chiede di accedere di nuovo, di verificare l’indirizzo email o di accettare nuovi termini, fallo.';
const DELETE_IN_BACKUPS =
  'Una volta completato il backup codificato di questo {device} sul computer, apri “Backup”, tocca questo {device} ed elimina il suo backup.';
const BACK_UP_NOW_THERE = 'Tocca lì “Esegui backup adesso”: viene creato un nuovo backup completo.';
const TURN_ON_AGAIN = 'Eliminarlo disattiva anche Backup iCloud: riattivalo in Backup iCloud.';
const DELETE_UNDER_BACKUPS =
  'Una volta completato il backup codificato di questo {device} sul computer, tocca questo {device} in “Backup” ed elimina il suo backup.';

/** Italian: the fix steps, in the shape of their English text (stepWords). */
export const STEPS: StepCatalog = {
  steps: {
    'check-apple-status': {
      title: 'Verificare che il servizio Backup iCloud di Apple funzioni',
      instructions: [
        'Apri la pagina Stato del sistema di Apple e cerca “Backup iCloud” e “Account iCloud e accesso”.',
        'Se uno dei due indica un problema o un’interruzione, il problema è di Apple: attendi e riprova più tardi.',
      ],
      where: STATUS_PAGE,
      check: 'Entrambi i servizi risultano disponibili.',
    },
    'wait-for-apple': {
      title: 'Attendere che Apple risolva il problema, poi riprovare',
      instructions: [
        'Finché il servizio di Apple ha un problema, non devi cambiare nulla su {device}.',
        'Lascia attivo Backup iCloud: il backup automatico riproverà da solo.',
        'Quando la pagina Stato del sistema indica Backup iCloud come disponibile, esegui di nuovo il backup.',
      ],
      where: STATUS_PAGE,
      check: 'Backup iCloud risulta disponibile e un backup viene completato.',
    },
    'restart-device': {
      title: 'Riavviare {device}',
      instructions: [
        'Tocca “Spegni” e trascina il cursore, oppure tieni premuto il tasto laterale o superiore (insieme a uno dei tasti del volume se {device} non ha il tasto Home) finché non appare il cursore.',
        'Attendi 30 secondi, poi tieni premuto il tasto laterale o superiore finché non appare il logo Apple.',
        UNLOCK_AND_RETRY,
      ],
      where: 'Impostazioni > Generali > Spegni',
      check: 'Dopo il riavvio il backup parte e non si interrompe con lo stesso messaggio.',
      ios: [
        {
          instructions: [
            'Tieni premuto il tasto Standby/Riattiva (in alto o sul lato) finché non appare il cursore, poi trascinalo.',
            'Attendi 30 secondi, poi tieni premuto il tasto Standby/Riattiva finché non appare il logo Apple.',
            UNLOCK_AND_RETRY,
          ],
          where: 'Il tasto Standby/Riattiva in alto o sul lato',
        },
      ],
    },
    'device-free-space': {
      title: 'Liberare spazio su {device}',
      instructions: [
        'Apri “Spazio {device}” e attendi che l’elenco si carichi.',
        'Segui i suggerimenti, come rimuovere le app che usi raramente: la rimozione mantiene i loro documenti e dati.',
        'Elimina video di grandi dimensioni o download che non ti servono più.',
      ],
      where: 'Impostazioni > Generali > Spazio {device}',
      check: 'La barra in alto indica almeno qualche GB libero.',
      caution:
        'Ciò che elimini non sarà più su {device}: conserva una copia di ogni video o file che potresti volere. Rimuovere un’app ne mantiene i dati.',
      ios: [
        {
          instructions: [
            'Apri “Gestisci spazio” sotto “Spazio” (non sotto “iCloud”) e attendi che l’elenco si carichi.',
            'Tocca un’app che non usi più ed eliminala, oppure elimina video di grandi dimensioni o download che non ti servono più.',
          ],
          where: 'Impostazioni > Generali > Spazio e utilizzo iCloud > Gestisci spazio',
          caution:
            'Ciò che elimini non sarà più su {device}: conserva una copia di ogni video o file che potresti volere. Eliminare un’app ne elimina i dati.',
        },
      ],
    },
    'update-ios': {
      title: 'Aggiornare il software di {device}',
      instructions: [
        'Connettiti a una rete Wi-Fi e collega il dispositivo all’alimentazione.',
        'Installa qualsiasi aggiornamento disponibile, poi lascia che {device} si riavvii.',
      ],
      where: 'Impostazioni > Generali > Aggiornamento software',
      check: 'In Aggiornamento software non ci sono aggiornamenti in attesa.',
    },
    'account-check-signin': {
      title: 'Verificare di aver eseguito l’accesso all’Apple Account',
      instructions: [
        'Apri Impostazioni e tocca il tuo nome in alto.',
        ACCOUNT_PROMPTS,
        'Inserisci la password dell’Apple Account quando richiesta.',
      ],
      where: 'Impostazioni > [il tuo nome]',
      check: 'Il tuo nome appare senza badge rosso né messaggi di accesso, e iCloud si apre.',
      ios: [
        {
          instructions: [
            'Apri Impostazioni e tocca iCloud.',
            ACCOUNT_PROMPTS,
            'Inserisci la password dell’ID Apple quando richiesta.',
          ],
          where: 'Impostazioni > iCloud',
          check: 'Il tuo account appare senza messaggi di accesso.',
        },
      ],
    },
    'account-sign-out-in': {
      title: 'Uscire da iCloud e accedere di nuovo',
      instructions: [
        'Tocca “Esci” e inserisci la password dell’Apple Account per disattivare Dov’è.',
        'Scegli di quali dati conservare una copia su questo {device} (come Contatti e Calendari), poi esci.',
        'Riavvia {device}, poi accedi di nuovo con lo stesso Apple Account.',
      ],
      where: 'Impostazioni > [il tuo nome] > Esci',
      check: 'Dopo l’accesso, Backup iCloud è attivo e un backup viene completato.',
      caution:
        'Uscendo, da questo {device} viene tolto ciò che è conservato solo in iCloud, come Foto di iCloud e i file di iCloud Drive, e tutti i dati di cui non conservi una copia. Tutto resta in iCloud e torna quando accedi di nuovo. Ti serve la password dell’Apple Account.',
      ios: [
        {
          instructions: [
            'Tocca “Esci” e inserisci la password dell’ID Apple per disattivare Trova il mio {device}.',
            'Scegli cosa conservare su questo {device} (come Contatti e Calendari), poi esci.',
            'Riavvia {device}, poi accedi di nuovo con lo stesso ID Apple.',
          ],
          where: 'Impostazioni > iCloud > Esci',
          caution:
            'Uscendo, da questo {device} viene tolto ciò che è conservato solo in iCloud, come la Libreria foto di iCloud e i file di iCloud Drive, e tutti i dati che non conservi. Tutto resta in iCloud e torna quando accedi di nuovo. Ti serve la password dell’ID Apple.',
        },
      ],
    },
    'check-screen-time': {
      title: 'Consentire le modifiche all’account in Tempo di utilizzo',
      instructions: [
        'Apri “Restrizioni contenuti e privacy”.',
        'In “Modifiche account”, scegli “Consenti” (potrebbe servire il codice di Tempo di utilizzo).',
      ],
      where:
        'Impostazioni > Tempo di utilizzo > Restrizioni contenuti e privacy > Modifiche account',
      check: 'L’interruttore di Backup iCloud non è più in grigio.',
      ios: [
        {
          instructions: [
            'Apri “Restrizioni contenuti e privacy” (su iOS 11: “Restrizioni”).',
            'In “Modifiche account” (“Account”), scegli “Consenti” (potrebbe servire il codice).',
          ],
          where:
            'Impostazioni > Tempo di utilizzo > Restrizioni contenuti e privacy > Modifiche account (iOS 11: Impostazioni > Generali > Restrizioni > Account)',
        },
        {
          instructions: [
            'Apri “Restrizioni” e inserisci il codice delle restrizioni.',
            'In “Account”, scegli “Consenti modifiche”.',
          ],
          where: 'Impostazioni > Generali > Restrizioni > Account',
        },
      ],
    },
    'check-profiles': {
      title: 'Cercare un profilo di lavoro o di scuola che blocca il backup',
      instructions: [
        'Cerca un profilo di configurazione o una gestione del dispositivo da parte di una scuola o di un datore di lavoro.',
        'Se ce n’è uno, chiedi a chi lo gestisce se disattiva Backup iCloud.',
      ],
      where: 'Impostazioni > Generali > VPN e gestione dispositivi',
      check: 'Nessun profilo limita i backup, oppure l’organizzazione li ha consentiti.',
      caution:
        'Non rimuovere un profilo di lavoro o di scuola senza chiedere al suo amministratore.',
      ios: [
        {
          where: 'Impostazioni > Generali > Profili (o Profili e gestione dispositivi)',
        },
      ],
    },
    'reset-network-settings': {
      title: 'Ripristinare le impostazioni di rete',
      instructions: [
        'Scegli “Ripristina”, poi “Ripristina impostazioni di rete”, e inserisci il codice.',
        'Quando {device} si è riavviato, connettiti di nuovo alla tua rete Wi-Fi e riprova il backup.',
      ],
      where:
        'Impostazioni > Generali > Trasferisci o inizializza {device} > Ripristina > Ripristina impostazioni di rete',
      check: '{device} si connette di nuovo al Wi-Fi e il backup viene completato.',
      caution:
        'Vengono dimenticate tutte le reti Wi-Fi salvate con le relative password, le impostazioni VPN e cellulare e i computer autorizzati da questo {device}. Tieni a portata di mano la password del Wi-Fi. I tuoi dati restano.',
      ios: [
        {
          where: 'Impostazioni > Generali > Ripristina > Ripristina impostazioni di rete',
        },
      ],
    },
    'icloud-turn-on-backup': {
      title: 'Attivare Backup iCloud',
      instructions: [
        'Attiva “Backup di questo {device}”.',
        'Se l’interruttore è in grigio, potrebbe essere ancora in corso un ripristino (sotto appare una barra di avanzamento): lascialo finire prima.',
      ],
      where: BACKUP,
      check: 'L’interruttore è attivo e sotto appare “Esegui backup adesso”.',
      ios: [{ instructions: TURN_ON_OLD }, { instructions: TURN_ON_OLD, where: BACKUP_10_2 }],
    },
    'icloud-backup-conditions': {
      title: 'Dare al backup automatico ciò che gli serve',
      instructions: [
        'Il backup iCloud giornaliero viene eseguito solo mentre {device} è collegato all’alimentazione, connesso a una rete Wi-Fi e bloccato.',
        'Collegalo all’alimentazione durante la notte, in Wi-Fi, e lascia lo schermo bloccato.',
      ],
      where: BACKUP,
      check: 'La mattina dopo, l’ultimo backup riuscito indica un orario della notte.',
      ios: [{ where: BACKUP_10_2 }],
    },
    'network-wifi-check': {
      title: 'Usare una rete Wi-Fi che funziona',
      instructions: [
        ...WIFI_BASICS,
        'Se {device} supporta il 5G, “Backup tramite rete cellulare” (nelle impostazioni di Backup iCloud) esegue il backup senza Wi-Fi dove l’operatore lo consente. Vengono usati i dati cellulari.',
      ],
      where: 'Impostazioni > Wi-Fi',
      check: 'Un sito web si carica in Safari sulla stessa rete.',
      ios: [{ instructions: WIFI_BASICS }],
    },
    'icloud-check-backup-size': {
      title: 'Confrontare le dimensioni del prossimo backup con lo spazio libero su iCloud',
      instructions: [
        'Apri “Backup” e tocca questo {device}.',
        'Attendi che appaia “Dimensioni backup successivo” e confronta questo valore con lo spazio libero indicato in alto in iCloud.',
      ],
      where: `${STORAGE_16} > Backup`,
      check: 'Sai quanto spazio manca (o che ce n’è abbastanza).',
      ios: [
        { where: `${STORAGE_11} > Backup` },
        { instructions: SIZE_OLD, where: STORAGE_10_3 },
        { instructions: SIZE_OLD, where: STORAGE_10_2 },
      ],
    },
    'icloud-trim-backup': {
      title: 'Escludere dal backup le app più grandi',
      instructions: [
        'Nel backup di questo {device}, disattiva le app di cui non serve il backup dei dati (ad esempio le app che conservano comunque i dati online).',
        'Ciò che iCloud conserva già, come Foto di iCloud, iCloud Drive e Mail, non è mai in un backup: disattivarlo qui non fa risparmiare nulla.',
      ],
      where: `${STORAGE_16} > Backup > [questo {device}]`,
      check: '“Dimensioni backup successivo” è ora inferiore allo spazio libero su iCloud.',
      caution:
        'Disattivare un’app elimina i suoi dati dal backup iCloud. I dati restano su {device} e vengono di nuovo inclusi nel backup se riattivi l’app.',
      ios: [
        { where: `${STORAGE_11} > Backup > [questo {device}]` },
        { where: `${STORAGE_10_3} > [questo {device}]` },
        { where: `${STORAGE_10_2} > [questo {device}]` },
      ],
    },
    'icloud-upgrade-storage': {
      title: 'Ottenere più spazio su iCloud',
      instructions: [
        'Se escludere le app non basta, scegli un piano iCloud+ più grande (il piano gratuito offre 5 GB). Tutto ciò che hai viene mantenuto.',
        'Stai per ricevere un nuovo {device}? “Prepara per il nuovo {device}” (in “Trasferisci o inizializza {device}”) ti presta gratuitamente spazio iCloud per un backup completo, conservato per 21 giorni.',
      ],
      where: `${STORAGE_16} > Modifica piano di archiviazione`,
      check: 'Il totale in alto in iCloud indica il nuovo piano.',
      ios: [
        { where: `${STORAGE_11} > Modifica piano di archiviazione` },
        {
          instructions: UPGRADE_BEFORE_15,
          where: `${STORAGE_11} > Modifica piano di archiviazione`,
        },
        {
          instructions: UPGRADE_BEFORE_15,
          where:
            'Impostazioni > [il tuo nome] > iCloud > Spazio iCloud > Modifica piano di archiviazione',
        },
        {
          instructions: UPGRADE_BEFORE_15,
          where: 'Impostazioni > iCloud > Spazio > Modifica piano di archiviazione',
        },
      ],
    },
    'icloud-free-space': {
      title: 'Fare spazio su iCloud',
      instructions: [
        'Guarda cosa occupa lo spazio di iCloud ed elimina ciò che non ti serve più: file grandi in iCloud Drive, vecchi allegati di Mail o foto che hai salvato altrove.',
        'Anche i backup dei dispositivi che non possiedi più occupano spazio. Eliminane uno solo se sei sicuro che non lo ripristinerai mai.',
      ],
      where: STORAGE_16,
      check: 'Lo spazio libero in alto in iCloud è maggiore delle dimensioni del prossimo backup.',
      caution:
        'Ciò che elimini da iCloud scompare da tutti i dispositivi collegati a quell’account. Un backup eliminato non si può recuperare: non eliminare mai il backup di un dispositivo che potresti dover ancora ripristinare.',
      ios: [{ where: STORAGE_11 }, { where: STORAGE_10_3 }, { where: STORAGE_10_2 }],
    },
    'icloud-replace-damaged-backup': {
      title: 'Sostituire un backup iCloud danneggiato con uno nuovo',
      instructions: [
        DELETE_IN_BACKUPS,
        'Eliminarlo disattiva anche Backup iCloud: riattiva “Backup di questo {device}” in Backup iCloud.',
        BACK_UP_NOW_THERE,
      ],
      where: `${STORAGE_16} > Backup > [questo {device}]`,
      check: 'Il nuovo backup iCloud viene completato e mostra la data di oggi.',
      caution:
        'L’eliminazione del backup iCloud non si può annullare. Procedi solo dopo che un backup codificato di questo {device} su un computer è stato completato (uno non codificato non include password e dati di Salute), e mai se potresti ancora aver bisogno di quel backup iCloud per un ripristino.',
      ios: [
        {
          instructions: [DELETE_IN_BACKUPS, TURN_ON_AGAIN, BACK_UP_NOW_THERE],
          where: `${STORAGE_11} > Backup > [questo {device}]`,
        },
        {
          instructions: [DELETE_UNDER_BACKUPS, TURN_ON_AGAIN, BACK_UP_NOW_THERE],
          where: `${STORAGE_10_3} > [questo {device}]`,
        },
        {
          instructions: [
            DELETE_UNDER_BACKUPS,
            'Eliminarlo disattiva anche Backup iCloud: riattivalo in Impostazioni > iCloud > Backup.',
            BACK_UP_NOW_THERE,
          ],
          where: `${STORAGE_10_2} > [questo {device}]`,
        },
      ],
    },
    'icloud-back-up-now': {
      title: 'Eseguire subito il backup su iCloud',
      instructions: [
        'Resta connesso al Wi-Fi, tocca “Esegui backup adesso” e tieni {device} connesso fino al termine.',
      ],
      where: `${BACKUP} > Esegui backup adesso`,
      check: 'Sotto il pulsante, l’ultimo backup riuscito indica l’ora attuale.',
      ios: [{ where: `${BACKUP_10_2} > Esegui backup adesso` }],
    },
    'connection-unlock-trust': {
      title: 'Sbloccare {device} e autorizzare il computer',
      instructions: [
        ...TRUST_FIRST,
        'Se lo chiede anche il computer, fai clic su “Autorizza” (Finder, Dispositivi Apple) o su “Continua” (iTunes).',
      ],
      where: 'Su {device}: l’avviso “Autorizzare questo computer?”; poi sul computer',
      check: '{device} appare nel Finder (Mac) o in Dispositivi Apple o iTunes (Windows).',
      computer: {
        'mac-finder': {
          instructions: [
            ...TRUST_FIRST,
            'Se il Finder chiede se autorizzare {device}, fai clic su “Autorizza”.',
          ],
          check: '{device} appare nella barra laterale del Finder, sotto “Posizioni”.',
        },
        'mac-itunes': {
          instructions: [
            ...TRUST_FIRST,
            'Se iTunes chiede se consentire a questo computer di accedere a {device}, fai clic su “Continua”.',
          ],
          check: 'Il pulsante di {device} appare in alto a sinistra in iTunes.',
        },
        windows: {
          instructions: [
            ...TRUST_FIRST,
            'Se lo chiede anche Dispositivi Apple, fai clic su “Autorizza”; se iTunes chiede se consentire l’accesso, fai clic su “Continua”.',
          ],
          check:
            '{device} appare nella barra laterale di Dispositivi Apple, o come pulsante in iTunes.',
        },
      },
    },
    'connection-cable-port': {
      title: 'Provare un altro cavo e un’altra porta USB',
      instructions: [
        'Collega il cavo direttamente al computer, non a un hub o a una tastiera.',
        'Prova un’altra porta USB e, se ne hai uno, un altro cavo Apple o certificato.',
      ],
      where: 'Il cavo e le porte USB del computer',
      check: '{device} resta connesso per tutto il backup.',
      computer: { 'mac-finder': {}, 'mac-itunes': {}, windows: {} },
    },
    'restart-computer': {
      title: 'Riavviare il computer',
      instructions: ['Salva il tuo lavoro, riavvia il computer e collega di nuovo {device}.'],
      where: 'Il comando di riavvio del computer',
      check: 'Dopo il riavvio {device} si connette e il backup parte.',
      computer: {
        'mac-finder': { where: 'Menu Apple > Riavvia' },
        'mac-itunes': { where: 'Menu Apple > Riavvia' },
        windows: { where: 'Start > Arresta > Riavvia il sistema' },
      },
    },
    'update-computer': {
      title: 'Aggiornare il computer e la sua app di backup',
      instructions: [
        'Installa gli aggiornamenti più recenti per il computer e per l’app che esegue il backup di {device}.',
      ],
      where: 'Le impostazioni di aggiornamento software del computer',
      check: 'Non ci sono aggiornamenti in attesa e l’app vede {device}.',
      computer: {
        'mac-finder': {
          instructions: [
            'Installa qualsiasi aggiornamento di macOS disponibile. Il Finder si aggiorna con macOS.',
          ],
          where:
            'Menu Apple > Impostazioni di Sistema > Generali > Aggiornamento software (macOS 12 o versioni precedenti: Preferenze di Sistema > Aggiornamento software)',
        },
        'mac-itunes': {
          instructions: ['Installa gli aggiornamenti di macOS e iTunes disponibili.'],
          where:
            'Menu Apple > Preferenze di Sistema > Aggiornamento software (macOS 10.13 o versioni precedenti: App Store > Aggiornamenti)',
        },
        windows: {
          instructions: [
            'Esegui Windows Update e installa ciò che propone.',
            'Aggiorna Dispositivi Apple (o iTunes da Microsoft Store) nella Raccolta di Microsoft Store con “Ottieni aggiornamenti”. iTunes scaricato dal sito di Apple si aggiorna da Aiuto > Verifica aggiornamenti.',
          ],
          where:
            'Windows 11: Start > Impostazioni > Windows Update; Windows 10: Start > Impostazioni > Aggiornamento e sicurezza > Windows Update',
        },
      },
    },
    'computer-free-space': {
      title: 'Liberare spazio sul computer',
      instructions: [
        'Un backup sul computer richiede circa tanto spazio libero quanto quello occupato su {device}.',
        'Svuota il Cestino e sposta video di grandi dimensioni o download tuoi su un altro disco.',
      ],
      where: 'Le impostazioni di archiviazione del computer',
      check: 'Lo spazio libero sul computer è maggiore di quello occupato su {device}.',
      computer: {
        'mac-finder': {
          where:
            'Menu Apple > Impostazioni di Sistema > Generali > Spazio di archiviazione (macOS 12 o versioni precedenti: menu Apple > Informazioni su questo Mac > Archiviazione)',
        },
        'mac-itunes': { where: 'Menu Apple > Informazioni su questo Mac > Archiviazione' },
        windows: { where: 'Start > Impostazioni > Sistema > Archiviazione' },
      },
    },
    'computer-remove-old-backups': {
      title: 'Eliminare i vecchi backup che non ti servono più',
      instructions: [
        'Apri l’elenco dei backup e trova quelli dei dispositivi che non usi più.',
        'Per conservarne uno, copia prima l’intera cartella su un altro disco e lascia la copia così com’è.',
        'Poi seleziona il backup e fai clic su “Elimina backup”.',
      ],
      where: BACKUP_LIST.any,
      check:
        'Il disco principale ha più spazio libero, e ogni backup che conservi è copiato su un altro disco.',
      caution:
        'Un backup eliminato non si può recuperare. Elimina solo i backup da cui non farai mai un ripristino, a meno che tu non li abbia copiati prima. ' +
        COPY_NEVER_MOVE,
      computer: IN_BACKUP_LIST,
    },
    'security-software-check': {
      title: 'Controllare il software di sicurezza sul computer',
      instructions: [
        'Aggiorna l’antivirus o il firewall, oppure sospendilo durante il backup.',
        'Se ha un elenco di app o dispositivi bloccati, consenti l’app di backup di Apple.',
      ],
      where: 'Le impostazioni dell’antivirus o del firewall',
      check: 'Il backup viene completato con l’app di sicurezza aggiornata o sospesa.',
      caution: 'Riattiva la protezione appena il backup è terminato.',
      computer: {
        'mac-finder': {
          where:
            'Le impostazioni dell’app di sicurezza (il Finder deve poter raggiungere {device} tramite USB)',
        },
        'mac-itunes': {
          where:
            'Le impostazioni dell’app di sicurezza (iTunes deve poter raggiungere {device} tramite USB)',
        },
        windows: {
          where:
            'Windows 11: Start > Impostazioni > Privacy e sicurezza > Sicurezza di Windows; Windows 10: Start > Impostazioni > Aggiornamento e sicurezza > Sicurezza di Windows; e qualsiasi altro antivirus (consenti Dispositivi Apple o iTunes)',
        },
      },
    },
    'encrypt-local-backup': {
      title: 'Eseguire un backup codificato sul computer',
      instructions: [
        'Seleziona {device} nell’app che ne esegue il backup e attiva “Codifica backup locale”.',
        'Scegli una password che conserverai, poi fai clic su “Esegui backup adesso” e attendi il termine.',
        'Solo un backup codificato include le password salvate, le impostazioni Wi-Fi, i dati di Salute e la cronologia delle chiamate.',
      ],
      where: 'Finder (Mac) o Dispositivi Apple o iTunes (Windows)',
      check: 'Il backup indica l’ora attuale, con un lucchetto accanto nell’elenco dei backup.',
      caution: 'Senza la sua password un backup codificato non si può usare: annota la password.',
      computer: {
        'mac-finder': {
          where: 'Finder > [{device}] nella barra laterale > Generali > Codifica backup locale',
        },
        'mac-itunes': {
          where: 'iTunes > [pulsante {device}] > Riepilogo > Codifica backup locale',
        },
        windows: {
          where:
            'Dispositivi Apple > [{device}] > Generali > Codifica backup locale (iTunes: [pulsante {device}] > Riepilogo)',
        },
      },
    },
    'computer-replace-damaged-backup': {
      title: 'Sostituire il backup danneggiato con uno nuovo',
      instructions: [
        'Chiudi l’app di backup. Se il backup danneggiato potrebbe ancora servirti, copia l’intera cartella su un altro disco e lascia la copia così com’è.',
        'Apri l’elenco dei backup, seleziona il backup di questo {device} e fai clic su “Elimina backup”.',
        'Esegui di nuovo il backup: viene creato un nuovo backup completo.',
      ],
      where: BACKUP_LIST.any,
      check:
        'Un nuovo backup viene completato e l’elenco dei backup lo mostra con la data di oggi.',
      caution:
        'L’eliminazione di un backup non si può annullare: non eliminare mai, senza averlo copiato prima, un backup che potrebbe ancora servirti per un ripristino. ' +
        COPY_NEVER_MOVE,
      computer: IN_BACKUP_LIST,
    },
    'reset-trust-settings': {
      title: 'Ripristinare le impostazioni di autorizzazione di {device}',
      instructions: [
        'Scegli “Ripristina”, poi “Ripristina posizione e privacy”, e inserisci il codice.',
        'Collegalo di nuovo al computer e tocca “Autorizza” quando richiesto.',
      ],
      where:
        'Impostazioni > Generali > Trasferisci o inizializza {device} > Ripristina > Ripristina posizione e privacy',
      check: 'Appare l’avviso “Autorizzare questo computer?” e il computer vede {device}.',
      caution:
        'Le app chiederanno di nuovo il permesso di usare la tua posizione, la fotocamera e altri dati, e ogni computer dovrà essere autorizzato di nuovo.',
      ios: [{ where: 'Impostazioni > Generali > Ripristina > Ripristina posizione e privacy' }],
    },
    'computer-back-up-now': {
      title: 'Eseguire subito il backup sul computer',
      instructions: [
        'Seleziona {device} nell’app che ne esegue il backup e scegli di eseguire il backup di tutti i dati su questo computer.',
        'Attiva “Codifica backup locale” (e conserva la password): solo così il backup include le password salvate, le impostazioni Wi-Fi, i dati di Salute e la cronologia delle chiamate.',
        'Fai clic su “Esegui backup adesso” e tieni {device} connesso e sbloccato fino al termine.',
      ],
      where: 'Finder (Mac) o Dispositivi Apple o iTunes (Windows)',
      check: 'L’ultimo backup su questo computer indica l’ora attuale.',
      computer: {
        'mac-finder': {
          where: 'Finder > [{device}] nella barra laterale > Generali > Esegui backup adesso',
        },
        'mac-itunes': {
          where: 'iTunes > [pulsante {device}] > Riepilogo > Esegui backup adesso',
        },
        windows: {
          where:
            'Dispositivi Apple > [{device}] > Generali > Esegui backup adesso (iTunes: [pulsante {device}] > Riepilogo > Esegui backup adesso)',
        },
      },
    },
  },
  unsure: [
    {
      label: 'Ripristina impostazioni di rete',
      note: '"Reset Network Settings": one source writes "di rete", Italian iOS may say "Ripristina impostazioni rete".',
    },
    {
      label: 'Gestisci spazio account',
      note: 'iOS 16+ "Manage Account Storage": Italian label recalled, not verified; iOS 18 reworked this screen.',
    },
    {
      label: 'Backup di questo {device}',
      note: 'iOS 16+ switch "Back Up This iPhone": recalled, not verified on a device.',
    },
    {
      label: 'Dimensioni backup successivo',
      note: '"Next Backup Size": Italian label not verified.',
    },
    {
      label: 'Backup tramite rete cellulare',
      note: '"Back Up Over Cellular" (iOS 15+, 5G): Italian label not verified.',
    },
    {
      label: 'Prepara per il nuovo {device}',
      note: '"Prepare for New iPhone": Italian label not verified.',
    },
    {
      label: 'Modifica piano di archiviazione',
      note: '"Change Storage Plan": Italian iOS may say "Cambia piano di archiviazione".',
    },
    {
      label: 'Spazio e utilizzo iCloud',
      note: 'iOS 10 "Storage & iCloud Usage": Italian label not verified.',
    },
    {
      label: 'Modifiche account',
      note: '"Account Changes": Italian label not verified.',
    },
    {
      label: 'Consenti modifiche',
      note: 'iOS 10 Restrictions > Accounts "Allow Changes": not verified.',
    },
    {
      label: 'VPN e gestione dispositivi',
      note: '"VPN & Device Management": Italian label not verified (may be singular "dispositivo").',
    },
    {
      label: 'Profili e gestione dispositivi',
      note: 'Pre-iOS 15 "Profiles & Device Management": not verified.',
    },
    {
      label: 'Ripristina posizione e privacy',
      note: '"Reset Location & Privacy": Italian label recalled, not verified.',
    },
    {
      label: 'pulsante {device}',
      note: "iTunes' device button: how Italian Apple articles name it is a guess.",
    },
    {
      label: 'Ottieni aggiornamenti',
      note: 'Microsoft Store "Get updates" in Italian Windows: not verified.',
    },
    {
      label: 'Start > Arresta > Riavvia il sistema',
      note: 'Windows power menu in Italian: labels recalled, not verified on Windows 11.',
    },
    {
      label: 'Aiuto > Verifica aggiornamenti',
      note: 'iTunes for Windows Help menu item in Italian: not verified.',
    },
    {
      label: 'Account iCloud e accesso',
      note: 'Name of "iCloud Account & Sign In" on the Italian System Status page: not verified.',
    },
    {
      label: 'Archiviazione',
      note: 'About This Mac > Storage tab in older Italian macOS: not verified.',
    },
  ],
};
