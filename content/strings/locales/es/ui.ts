import type { UiCatalog } from '../../catalog';
import { plural } from '../../format';
// Apple's device names are the same in every language.
import { DEVICE_NAMES } from '../../steps';

/**
 * Neutral Spanish, for Spain and Latin America alike: "tú", "equipo" for the computer (neither
 * "ordenador" nor "computadora"), no "vosotros"; Apple's own labels follow its Spanish software.
 */
const COMPUTER_NAMES = {
  mac: 'Mac',
  windows: 'PC con Windows',
  other: 'ni un Mac ni un PC',
} as const;

const IOS_RANGE_NAMES = {
  '16+': 'iOS 16 o posterior',
  '15': 'iOS 15',
  '11-14': 'iOS 11 a 14',
  '10.3': 'iOS 10.3',
  '10.2-': 'iOS 10.2 o anterior',
} as const;

/** Spanish: every surface's words (shape: EN_UI in content/strings/catalog.ts). */
export const UI: UiCatalog = {
  manifest: {
    name: 'Backup Doctor',
    description:
      'Detecta en páginas de Apple copias de seguridad del iPhone y el iPad que fallan, revisa el estado de Apple y muestra la solución.',
    toggleCommand: 'Mostrar u ocultar el panel de Backup Doctor',
  },

  panel: {
    brand: 'Backup Doctor',
    headline: '{channel}: {cause}',
    headlineMore: plural({
      one: '{channel}: {cause} y {n} causa posible más',
      many: '{channel}: {cause} y {n} causas posibles más',
      other: '{channel}: {cause} y {n} causas posibles más',
    }),
    headlineGeneral: '{channel}: falla y la página no dice por qué',
    guideHeadline: plural({
      one: '{channel}: esta página trata {n} causa posible',
      many: '{channel}: esta página trata {n} causas posibles',
      other: '{channel}: esta página trata {n} causas posibles',
    }),
    guideHeadlineOne: '{channel}: esta página trata una sola causa posible, {cause}',
    incidentHeadline: {
      outage: 'En Apple: {service} no funciona. Espera a que Apple lo solucione.',
      issue: 'En Apple: {service} tiene un problema. Espera a que Apple lo solucione.',
      maintenance: 'En Apple: {service} está en mantenimiento. Espera a que termine.',
    },
    appleSays: 'Apple dice:',
    afterFix: 'Si sigue fallando cuando Apple lo solucione',
    askerWords: 'Escribió:',
    searchWords: 'Buscaste:',
    question: {
      title: '¿Qué ves?',
      intro: 'Elige el mensaje que más se parezca al tuyo y los pasos se adaptarán a él.',
      none: 'Ninguno de estos',
      pageCovers: 'Pasos para todo lo que trata esta página',
    },
    whyLabel: 'Por qué lo creemos',
    pageMentions: 'Lo que menciona la página',
    stepsLabel: 'Qué hacer',
    errorCodes: 'Código de error en la página: {codes}',
    showOnPage: 'Mostrar en la página',
    hideOnPage: 'Ocultar resaltados',
    notOnPage: 'Estas palabras ya no se ven en la página.',
    statusUnknown: '{service}: no se pudo comprobar',
    incidentSince: '{service}: {state} desde {since}',
    incidentNoStart: '{service}: {state}',
    generalNote:
      'La página no indica ninguna causa, así que estas son las comprobaciones habituales, de la más segura a la menos.',
    computerLabel: 'Tu equipo',
    computerAuto: 'Detectado: {detected}',
    computerNames: COMPUTER_NAMES,
    computerMac: COMPUTER_NAMES.mac,
    computerWindows: COMPUTER_NAMES.windows,
    iosLabel: 'Versión de iOS',
    iosAuto: 'Actual (iOS 16 o posterior)',
    fixedIt: 'Esto lo solucionó',
    fixedTitle: '¡Genial, ya está solucionado!',
    fixedBody:
      'Vuelve a comprobar mañana que la copia de seguridad sigue funcionando: la fecha de la última copia correcta debería ser reciente.',
    startOver: 'Empezar de nuevo',
    copy: 'Copiar un resumen',
    copied: 'Copiado. Pégalo en el chat de Soporte de Apple o en una publicación de la Comunidad.',
    copyFailed: 'No se pudo copiar. Selecciona el texto de abajo y cópialo.',
    copyFallbackLabel: 'Resumen para copiar',
    collapse: 'Minimizar Backup Doctor',
    close: 'Cerrar Backup Doctor en esta página',
    tab: 'Abrir Backup Doctor: pasos para resolver este problema de copia de seguridad',
    tabText: 'Solución',
    shortcutHint: 'Alt+Mayús+B muestra u oculta este panel.',
    summary: {
      title: 'Problema de copia de seguridad del {device} (resumen de Backup Doctor)',
      problem: 'Problema: {headline}',
      appleSays: 'Apple dice: “{message}”',
      afterFix: 'Si sigue fallando cuando Apple lo solucione: {headline}',
      seen: 'Lo que veo: {what}',
      page: 'Página que estaba leyendo: {url}',
      codes: 'Códigos de error: {codes}',
      quote: 'El mensaje: “{quote}”',
      status: 'Estado del sistema de Apple: {status}',
      setup: 'Mi configuración: {computer}, {ios}',
      tried: 'Lo que ya probé:',
      triedNone: 'Lo que ya probé: nada de esta lista todavía',
      triedItem: '- {title}',
      notYet: 'Aún sin probar:',
      fixed: 'Resultado: esto lo solucionó.',
      notFixed: 'Resultado: la copia de seguridad sigue sin hacerse.',
    },
  },

  stepList: {
    listLabel: 'Pasos para solucionarlo',
    progress: '{done} de {total} hechos',
    markDone: 'Hecho: {title}',
    where: 'Dónde',
    check: 'Funcionó si',
    caution: 'Antes de empezar',
    cautionFlag: 'Lee esto primero',
    systemStatusLink: 'Estado del sistema de Apple',
  },

  status: {
    state: {
      available: 'disponible',
      maintenance: 'en mantenimiento',
      issue: 'con un problema',
      outage: 'fuera de servicio (interrupción)',
      unknown: 'estado desconocido',
    },
    stateWord: {
      available: 'disponible',
      maintenance: 'mantenimiento',
      issue: 'problema',
      outage: 'interrupción',
      unknown: 'desconocido',
    },
    badgeText: {
      available: '',
      maintenance: 'MANT',
      issue: '!',
      outage: '!!',
      unknown: '?',
    },
    serviceState: '{service}: {state}',
    serviceStateSince: '{service}: {state} desde {since}',
    since: 'desde {time}',
    scheduled: 'Mantenimiento programado: {when}',
    resolved: 'Resuelto: {when}',
    checkedJustNow: 'comprobado hace un momento',
    checkedAgo: 'comprobado {ago}',
    neverChecked: 'aún sin comprobar',
    stale: 'Último estado conocido: {time}; puede haber cambiado.',
    noData: 'Todavía no tenemos el estado de Apple.',
    error: {
      network: 'No se pudo conectar con el estado del sistema de Apple.',
      timeout: 'El estado del sistema de Apple no respondió a tiempo.',
      http: 'El estado del sistema de Apple respondió con un error.',
      malformed: 'El estado del sistema de Apple envió algo que no pudimos leer.',
      format: 'El estado del sistema de Apple tiene un formato que no reconocemos.',
    },
    errorWithLastKnown: '{error} Último estado conocido: {time}.',
  },

  notification: {
    startedTitle: '{services}: {state}',
    endedTitle: '{services}: vuelve a funcionar',
    endedMessage: 'Apple indica que el problema terminó. Vuelve a intentar la copia de seguridad.',
    noMessage: 'Apple indica un problema con este servicio.',
  },

  statusCard: {
    label: 'Backup Doctor',
    headline: 'Copia de seguridad de iCloud: {state}',
    headlineUnknown: 'Ahora mismo no sabemos el estado de la copia de seguridad de iCloud',
    fromFeed: 'Según los datos de estado de Apple, {checked}.',
    fromPage: 'Tal como lo muestra esta página, {time}.',
    alsoAffected: 'También afectados',
    relatedState: '{service}: {state}',
    fixLink: 'Pasos para resolver una copia de seguridad que falla',
    waitAdvice:
      'El problema es de Apple: espera a que termine y luego vuelve a hacer la copia de seguridad.',
  },

  popup: {
    title: 'Backup Doctor',
    headline: {
      available: 'Funciona con normalidad',
      maintenance: 'En mantenimiento',
      issue: 'Tiene un problema',
      outage: 'Fuera de servicio (interrupción)',
      unknown: 'Estado desconocido',
    },
    meaning: {
      available:
        'Apple no indica ningún problema. Si tu copia de seguridad falla, lo más probable es que la causa no sea de Apple.',
      maintenance:
        'Apple está trabajando en ello. Las copias de seguridad pueden fallar hasta que termine el mantenimiento.',
      issue:
        'Apple indica un problema. Tu copia de seguridad puede fallar por eso: espera y vuelve a intentarlo.',
      outage:
        'Apple indica una interrupción. Lo más probable es que tu copia de seguridad falle hasta que Apple lo solucione.',
      unknown: 'Ahora mismo no podemos saber si Apple tiene un problema.',
    },
    appleSays: 'Apple dice:',
    affected: 'Afectados: {who}',
    lastKnown: 'Último estado conocido ({time}): {state}.',
    scheduledTitle: 'Mantenimiento programado',
    scheduledUntil: 'De {start} a {end}',
    relatedTitle: 'Servicios relacionados',
    refresh: 'Comprobar ahora',
    refreshing: 'Comprobando…',
    refreshFailed: 'No se pudo pedir una nueva comprobación. Vuelve a intentarlo en un momento.',
    recentTitle: 'Incidencias recientes de la copia de seguridad de iCloud',
    recentNone: 'No hay incidencias recientes en los datos de Apple.',
    recentWhen: 'De {start} a {end}',
    recentOngoingEnd: 'fin desconocido',
    appleLink: 'Estado del sistema de Apple',
    appleLinkNewTab: '(se abre en una pestaña nueva)',
    troubleshoot: '¿Falla la copia de seguridad? Encuentra la solución',
    settings: 'Configuración',
    backToStatus: 'Volver al estado',
    picker: {
      title: '¿Qué ves?',
      intro: 'Elige el mensaje que más se parezca al tuyo o escribe el código de error.',
      groups: {
        device: 'En el iPhone o el iPad',
        computer: 'En el equipo (Finder, iTunes o Dispositivos Apple)',
        other: 'Otra cosa',
      },
      codeLabel: 'Código de error',
      codeHint: 'Tal como aparece, por ejemplo 0xE8000084 o -36.',
      codeSubmit: 'Encontrar la solución',
      codeInvalid: 'Eso no parece un código de error. Los códigos son como 0xE8000084, -36 o 4013.',
    },
    plan: {
      backToPicker: 'Volver a “¿Qué ves?”',
      youSaw: 'Ves: {what}',
      forCode: 'el error {code}',
      headlineGeneral: '{channel}: las comprobaciones habituales',
      generalNote:
        'Nada de lo que elegiste apunta a una sola causa, así que estas son las comprobaciones habituales, de la más segura a la menos.',
      notBackup:
        '{code} no es un error de copia de seguridad: el software de Apple lo muestra al restaurar o actualizar un iPhone o iPad. Si además falla tu copia de seguridad, empieza por estas comprobaciones habituales.',
    },
  },

  options: {
    title: 'Configuración de Backup Doctor',
    intro:
      'Los cambios se guardan al momento y se aplican a todas las páginas de Apple que tengas abiertas.',
    loading: 'Cargando tu configuración…',
    saved: 'Guardado.',
    saveFailed: 'No se pudo guardar ese cambio. Vuelve a intentarlo.',
    language: {
      legend: 'Idioma',
      hint: '«Automático» usa el idioma de la página de Apple que estás leyendo o, si no, el de tu navegador.',
      auto: 'Automático',
    },
    panel: {
      legend: 'El panel de soluciones en las páginas de Apple',
      hint: 'Cómo aparece el panel al principio cuando una página trata de una copia de seguridad que falla.',
      modes: {
        open: 'Abierto junto a la página',
        collapsed: 'Como una pestaña pequeña en el borde',
        off: 'No mostrarlo',
      },
      sitesLegend: 'Sitios donde puede aparecer el panel',
      sitesHint: 'Desmarca un sitio para no mostrar nunca el panel en él.',
      siteNames: {
        'support.apple.com': 'Soporte de Apple (support.apple.com)',
        'discussions.apple.com': 'Comunidad de Apple (discussions.apple.com)',
      },
    },

    device: {
      deviceLegend: 'Tu dispositivo',
      deviceHint:
        'Los pasos usan su nombre, como en “Copia de seguridad de este iPad” o “Almacenamiento del iPad”. En una página sobre un dispositivo concreto, como una conversación sobre el iPad, los pasos siguen a la página.',
      computerLegend: 'Tu equipo',
      computerHint:
        'Sirve para elegir Finder, iTunes o la app Dispositivos Apple en los pasos de copia de seguridad en el equipo.',
      detected: '(según este navegador: {computer})',
      detectedNames: COMPUTER_NAMES,
      computer: {
        auto: 'Averiguarlo con este navegador',
        mac: COMPUTER_NAMES.mac,
        windows: COMPUTER_NAMES.windows,
      },
      iosLegend: 'La versión de iOS de tu iPhone o iPad',
      iosHint:
        'Algunas rutas de Ajustes cambiaron entre versiones. Consulta la tuya en Ajustes > General > Información.',
      ios: {
        auto: 'No lo sé (mostrar las rutas del iOS actual)',
        ...IOS_RANGE_NAMES,
      },
    },

    notifications: {
      legend: 'Notificaciones',
      label: 'Avisarme cuando Apple informe de un problema con la copia de seguridad de iCloud',
      why: 'Backup Doctor muestra una notificación cuando la página Estado del sistema de Apple informa de un problema con la copia de seguridad de iCloud o con el inicio de sesión en iCloud, y otra cuando termina. Para ello necesita el permiso de tu navegador para mostrar notificaciones; lo pide cuando marcas la casilla y nunca lo usa para nada más.',
      asking: 'Esperando el permiso de tu navegador…',
      on: 'Las notificaciones están activadas.',
      off: 'Las notificaciones están desactivadas.',
      denied:
        'Tu navegador no dio permiso, así que las notificaciones siguen desactivadas. Puedes volver a marcar la casilla para que te lo pregunte otra vez.',
      failed:
        'No se pudo pedir permiso a tu navegador ({reason}). Las notificaciones siguen desactivadas.',
    },

    progress: {
      legend: 'Progreso guardado',
      hint: 'Backup Doctor recuerda qué pasos marcaste y qué mensaje dijiste que ves, para cada problema, solo en este equipo.',
      clear: 'Borrar el progreso guardado…',
      confirm:
        '¿Olvidar todos los pasos marcados y todas las respuestas de todos los problemas? No se puede deshacer.',
      confirmYes: 'Sí, borrarlo',
      confirmNo: 'Cancelar',
      cleared: plural({
        one: 'Se borró el progreso guardado de {count} problema.',
        many: 'Se borró el progreso guardado de {count} problemas.',
        other: 'Se borró el progreso guardado de {count} problemas.',
      }),
      nothing: 'No había progreso guardado que borrar.',
      failed: 'No se pudo borrar el progreso guardado. Vuelve a intentarlo.',
    },
  },

  choices: {
    'iphone-backup-failed': '“Error en la copia de seguridad del iPhone” (o iPad)',
    'not-enough-icloud-storage':
      '“Almacenamiento insuficiente”: no hay suficiente espacio disponible en iCloud',
    'last-backup-not-completed': '“No se pudo completar la última copia de seguridad.”',
    'icloud-backup-greyed-out':
      'La copia de seguridad de iCloud aparece en gris o no puedo activarla',
    'computer-error-occurred':
      '“…no pudo hacer la copia de seguridad del iPhone porque se produjo un error”',
    'computer-backup-corrupt': '“…porque la copia de seguridad estaba dañada o no era compatible”',
    'computer-iphone-disconnected': '“…porque el iPhone se desconectó”',
    'computer-not-enough-space': '“…no hay suficiente espacio libre en este equipo”',
    'computer-session-failed': '“…porque falló la sesión de copia de seguridad”',
    'no-backup-no-message': 'La copia de seguridad no se hace y no aparece ningún mensaje',
    'not-sure': 'No lo tengo claro',
  },

  causes: {
    'icloud-storage-full': 'no hay suficiente espacio en iCloud',
    'computer-storage-full': 'no hay suficiente espacio en el equipo',
    'device-storage-low': 'queda poco espacio libre en el {device}',
    network: 'la conexión de red',
    'backup-conditions':
      'las condiciones de la copia automática (corriente, Wi-Fi, pantalla bloqueada)',
    'icloud-backup-off': 'la copia de seguridad de iCloud está desactivada o en gris',
    'outdated-software': 'software desactualizado',
    'corrupt-backup': 'una copia de seguridad dañada o incompatible',
    'service-outage': 'un problema de Apple',
    'apple-account': 'el inicio de sesión en la Cuenta de Apple',
    connection: 'la conexión del {device} con el equipo',
    'security-software': 'el software de seguridad del equipo',
    restrictions: 'una restricción (Tiempo de uso o un perfil)',
  },

  channels: {
    icloud: 'Copia de seguridad en iCloud',
    computer: 'Copia de seguridad en el equipo',
    both: 'Copia de seguridad del {device}',
    none: 'Copia de seguridad del {device}',
  },

  devices: DEVICE_NAMES,

  computers: COMPUTER_NAMES,
  iosRanges: IOS_RANGE_NAMES,

  articles: {
    '102563': 'Apple: Si no puedes hacer una copia de seguridad en iCloud',
    '108366': 'Apple: Hacer una copia de seguridad con iCloud',
    '108796': 'Apple: Hacer una copia de seguridad con un Mac',
    '108967': 'Apple: Hacer una copia de seguridad con un PC con Windows',
    '108770': 'Apple: Qué incluye la copia de seguridad de iCloud',
    '108922': 'Apple: Gestionar el almacenamiento de iCloud',
    '108353': 'Apple: Copias de seguridad encriptadas',
    '108809': 'Apple: Buscar las copias de seguridad en tu equipo',
    '104980': 'Apple: Almacenamiento temporal de iCloud para un dispositivo nuevo',
    '109054': 'Apple: Acerca de “¿Confiar en este ordenador?”',
  },
};
