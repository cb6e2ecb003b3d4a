import type { Signal } from '../types';

/**
 * Spanish, Spain ("copia de seguridad", "ordenador") and Latin America ("respaldo", "respaldar",
 * "computadora"): Apple's messages and how people write about a failing backup.
 */
export const ES_SIGNALS: Signal[] = [
  {
    id: 'es-backup-failed',
    kind: 'error-message',
    patterns: [
      '{esbackup} [del]? [{device}]? [ha fallado|falló|fallida|falla|no funciona]',
      'error [en|de] {esthebackup}',
      'error de {esbackup}',
      '[falló|ha fallado|falla] {esthebackup}',
      '{esbackup} [de icloud|en icloud|a icloud] [ha fallado|falló|falla|no funciona|no sirve]',
      'error al respaldar',
      'error al [hacer|crear|realizar] {esthebackup}',
    ],
    backup: 3.5,
    icloud: 1,
    example: 'Error en la copia de seguridad del iPhone',
    unsure: 'the Settings suggestion may read "Copia de seguridad del iPhone fallida"',
    fixture: 'es-comunidad-fallida',
  },
  {
    id: 'es-last-backup-not-completed',
    ownBackup: true,
    kind: 'error-message',
    patterns: [
      'no se [ha podido|pudo] [completar|realizar|hacer] [la|el] [última|último] {esbackup}',
      '[última|último] {esbackup} no se [ha podido|pudo] completar',
    ],
    backup: 4,
    icloud: 2,
    example: 'No se ha podido completar la última copia de seguridad.',
    fixture: 'community-es-copia',
  },
  {
    id: 'es-could-not-back-up',
    ownBackup: true,
    kind: 'error-message',
    patterns: [
      '{app} no [ha podido|pudo] [hacer|realizar|crear] {esthebackup}',
      '{app} no [ha podido|pudo] respaldar',
    ],
    backup: 4,
    computer: 2,
    example:
      'iTunes no ha podido hacer una copia de seguridad del iPhone porque se ha producido un error.',
    unsure:
      'Latin American wording "no pudo respaldar el iPhone" and Spain\'s "no ha podido" both read',
    fixture: 'es-comunidad-danada',
  },
  {
    // With no app named ("No se pudo respaldar el iPhone") it is iOS's iCloud alert as often as
    // the computer's: the channel comes from the words around it.
    id: 'es-device-could-not-back-up',
    ownBackup: true,
    kind: 'error-message',
    patterns: [
      'no se [ha podido|pudo] [hacer|realizar] {esthebackup} del {device}',
      'no se [ha podido|pudo] respaldar [el]? {device}',
    ],
    backup: 4,
    example: 'No se pudo respaldar el iPhone.',
    fixture: 'es-apple-respaldo-computadora-mx',
  },
  {
    id: 'es-cant-back-up',
    kind: 'phrase',
    patterns: [
      'no [me deja|puedo|consigo|logro] [hacer|realizar]? [{esthebackup}|{esbackup}|respaldar]',
      'no se [respalda|hace la copia|hace el respaldo]',
      'no se [puede|pudo|ha podido|podía] [hacer|realizar|crear|completar] {esthebackup}',
      // With the clitic: "no me hace la copia", "ya no me hizo el respaldo".
      '[no|ya no] [me]? [hace|realiza|termina|completa|hizo] {esthebackup}',
      '[no|ya no] [respalda|respaldó|se respaldó]',
      // No backup since a date: "no tenía ningún respaldo en iCloud desde 2023".
      'no [tenía|tengo|tiene|hay|había] [ningún|ninguna]? {esbackup} [en icloud|de icloud]? desde',
      // "La copia de seguridad de iCloud no se hace", "el respaldo ya no se completa".
      '{esbackup} [automático|automática]? [de icloud|en icloud|del iphone]? [no|ya no] se [hace|completa|termina|realiza|completó|hizo]',
      '{esbackup} ~ [se para|se corta|falla|no termina|nunca termina|se queda atascada|se queda atascado|se atasca|se congela|no avanza]',
      '[no|ya no] [hace|realiza] [copia|copias|respaldo|respaldos] [de seguridad]?',
      // Latin America's present tense, iOS's own alert there: "No se puede respaldar el iPhone".
      'no se [puede|podía] respaldar',
    ],
    backup: 3,
    fixture: 'es-comunidad-no-me-deja',
  },
  {
    id: 'es-icloud-storage',
    ownBackup: true,
    kind: 'error-message',
    patterns: [
      'no hay suficiente [espacio|almacenamiento] [disponible]? [en|de] icloud',
      'almacenamiento de icloud [está]? [lleno|insuficiente]',
      'no hay suficiente almacenamiento',
    ],
    backup: 1,
    icloud: 2,
    causes: { 'icloud-storage-full': 0.9 },
    fixture: 'es-comunidad-fallida',
  },
  {
    id: 'es-computer-storage',
    kind: 'error-message',
    patterns: [
      'no hay suficiente espacio libre en [este|esta|el|la] [ordenador|computadora|mac|pc]',
      '[disco|disco duro] [está]? lleno',
    ],
    backup: 2.2,
    computer: 2,
    causes: { 'computer-storage-full': 0.9 },
    fixture: 'es-apple-ordenador',
  },
  {
    id: 'es-disconnected',
    kind: 'error-message',
    patterns: ['se [ha desconectado|desconectó|desconecta]'],
    backup: 1.5,
    computer: 2,
    causes: { connection: 0.9 },
    fixture: 'es-comunidad-desconecta',
  },
  {
    id: 'es-backup-corrupt',
    kind: 'error-message',
    patterns: [
      '{esbackup} está [dañada|dañado|corrupta|corrupto]',
      '[dañada|dañado] o no es compatible',
    ],
    backup: 3.5,
    computer: 1,
    causes: { 'corrupt-backup': 0.9 },
    fixture: 'es-comunidad-danada',
  },
  {
    id: 'es-backup-session-failed',
    kind: 'error-message',
    patterns: [
      '[ha fallado|falló] la sesión de {esbackup}',
      'sesión de {esbackup} [ha fallado|falló]',
    ],
    backup: 3,
    computer: 2,
    causes: { connection: 0.5, 'corrupt-backup': 0.4 },
    fixture: 'es-comunidad-sesion',
  },
  {
    id: 'es-icloud-backup-off',
    kind: 'phrase',
    patterns: [
      '[copia de seguridad en icloud|respaldo en icloud|copia de seguridad de icloud|copia en icloud] [y]? [está|aparece|estaba]? [desactivada|desactivado|apagada|apagado|en gris|atenuada|atenuado]',
      '[aparece|está|estaba] [en gris|atenuada|atenuado]',
    ],
    backup: 1.5,
    icloud: 2,
    causes: { 'icloud-backup-off': 0.85, restrictions: 0.3 },
    fixture: 'es-comunidad-desactivada',
  },
  {
    // A report, not a setting: the switch cannot be turned on, or turned itself off.
    id: 'es-icloud-backup-turns-off',
    kind: 'phrase',
    patterns: [
      '{esbackup} [de icloud|en icloud]? se [desactivó|desactiva|desactive|desactivaba|apagó|apaga|apague|apagaba] [solo|sola|solito|solita|automáticamente|por sí solo|por sí sola]',
      'no [puedo|logro|consigo|me deja|se puede] [activar|encender|prender] {esthebackup} [de|en] icloud',
      // Apple's "no puedes activarlo" and the enclitic forms people use after naming the switch.
      'no [puedes|puede|pueden|podés|puedo|se puede|se pudo|logro|consigo] [activarlo|activarla|encenderlo|encenderla|prenderlo|prenderla|reactivarlo|reactivarla]',
      // Asking why: "¿por qué se puede haber apagado solo?".
      'se [ha|había|habrá|puede haber|pudo haber] [apagado|desactivado] [solo|sola]',
      '[interruptor|opción|botón] [está|estaba|aparece|vuelve a estar] [desactivado|desactivada|apagado|apagada] [otra vez|de nuevo|solo|sola]',
    ],
    backup: 3,
    icloud: 2,
    causes: { 'icloud-backup-off': 0.85 },
    fixture: 'es-tune-se-desactiva-sola',
  },
  {
    id: 'es-icloud-topic',
    kind: 'phrase',
    patterns: [
      '{esbackup} [en|de] icloud',
      'respaldar en icloud',
      // What iCloud's side shows: "en iCloud pone «…»", "en iCloud me sale que…".
      'en icloud [me]? [pone|dice|sale|aparece|salía|decía]',
    ],
    backup: 0.6,
    icloud: 2,
    fixture: 'es-comunidad-no-me-deja',
  },
  {
    id: 'es-computer-topic',
    kind: 'phrase',
    patterns: ['[en el|en la|del|de la] [ordenador|computadora]', 'dispositivos apple'],
    backup: 0.3,
    computer: 1.5,
    fixture: 'es-apple-ordenador',
  },
  {
    id: 'es-network',
    kind: 'phrase',
    patterns: [
      '[wi fi|wifi] [de casa]? [va lento|es inestable|se corta|falla]',
      'conectado a una red [wi fi|wifi]',
      '[red|internet|conexión] [wi fi|wifi]? [es|está|va]? [inestable|lenta|lento|muy lenta]',
      'se [cae|corta|desconecta] [el|la]? [wi fi|wifi|internet|red]',
    ],
    backup: 0.4,
    icloud: 1,
    causes: { network: 0.7 },
    fixture: 'es-comunidad-no-me-deja',
  },
  {
    id: 'es-conditions',
    kind: 'phrase',
    patterns: [
      '[cargando|conectado a la corriente|a la corriente|enchufado|conectado al cargador]',
      'bloqueado',
      'toda la noche',
      // Off the charger, Low Power Mode ("modo de bajo consumo"), a low battery.
      '[sin cargar|sin enchufar|desenchufado|bajo consumo|batería baja|poca batería]',
    ],
    backup: 0.3,
    icloud: 0.5,
    causes: { 'backup-conditions': 0.5 },
    fixture: 'es-comunidad-respaldo-mx',
  },
  {
    id: 'es-account',
    kind: 'phrase',
    patterns: [
      'iniciar sesión',
      // iOS's banner "Actualizar la configuración de la cuenta de Apple".
      'actualizar la configuración de la cuenta',
      '[cuenta de apple|id de apple] ~ contraseña',
      'contraseña de mi [cuenta de apple|id de apple]',
    ],
    backup: 0.4,
    icloud: 1,
    causes: { 'apple-account': 0.8 },
    fixture: 'es-comunidad-respaldo-cuenta-mx',
  },
  {
    id: 'es-outdated',
    kind: 'phrase',
    patterns: [
      '[actualiza|actualizar|actualicé|actualización] [a ios|macos|itunes]?',
      'versión más reciente',
      // An old machine or version, the adjective either side.
      '[viejo|vieja|antiguo|antigua] [mac|imac|macbook|pc|computadora|ordenador|itunes|windows|versión]',
      '[imac|macbook|computadora|ordenador|versión] [viejo|vieja|antiguo|antigua]',
      '[necesita|requiere] una versión más reciente de [macos|itunes|windows|dispositivos apple]',
    ],
    backup: 0,
    causes: { 'outdated-software': 0.6 },
    fixture: 'es-comunidad-no-me-deja',
  },
  {
    id: 'es-connection',
    kind: 'phrase',
    patterns: [
      '[el cable|otro cable|de cable|puerto usb|cable usb]',
      'confiar en [este|esta] [ordenador|computadora]',
      'toca confiar',
    ],
    backup: 0.4,
    computer: 1.5,
    causes: { connection: 0.7 },
    fixture: 'es-apple-ordenador',
  },
  {
    id: 'es-security',
    kind: 'phrase',
    patterns: ['[el antivirus|software de seguridad|cortafuegos]'],
    backup: 0.4,
    computer: 1.5,
    causes: { 'security-software': 0.8 },
    fixture: 'es-comunidad-sesion',
  },
  {
    id: 'es-restrictions',
    kind: 'phrase',
    patterns: ['[tiempo de uso|tiempo en pantalla|perfil de configuración|restricciones]'],
    backup: 0.4,
    causes: { restrictions: 0.8 },
    fixture: 'es-comunidad-tiempo-uso',
  },
  {
    id: 'es-restore',
    kind: 'phrase',
    patterns: [
      '[restaurar|restauración|restaurando]',
      'no se pudo restaurar',
      'modo de recuperación',
    ],
    backup: -1.5,
    fixture: 'es-neg-restaurar-apple',
  },
  {
    id: 'es-update-failed',
    kind: 'phrase',
    patterns: [
      'no se puede [verificar|instalar] la actualización',
      'actualización [falló|ha fallado]',
    ],
    backup: -2.5,
    fixture: 'es-neg-actualizar',
  },
  {
    id: 'es-how-to',
    kind: 'phrase',
    patterns: ['cómo [hacer|respaldar|realizar]', 'paso a paso', 'te recomendamos'],
    backup: -1.5,
    fixture: 'es-neg-guia-pasos',
  },
  {
    id: 'es-backup-not-saved',
    kind: 'error-message',
    patterns: [
      'no se [ha podido|pudo|puede] [guardar|completar|terminar] {esthebackup}',
      '{esbackup} no se [ha podido|pudo|puede] [guardar|completar|terminar]',
    ],
    backup: 3.5,
    example: 'No se ha podido guardar la copia de seguridad.',
    unsure:
      "written from Apple's wording in other messages; the exact string of this one is not confirmed",
    fixture: 'es-community-space-computer',
  },
  {
    // Storage words near iCloud, however the sentence runs.
    id: 'es-icloud-space',
    kind: 'phrase',
    patterns: [
      '[no hay|no tengo|no queda|sin|falta] [suficiente]? [espacio|almacenamiento] ~ icloud',
      'icloud [está]? lleno',
      '[espacio|almacenamiento] [en|de] icloud [está|es]? [lleno|insuficiente]',
    ],
    backup: 1,
    icloud: 2,
    causes: { 'icloud-storage-full': 0.9 },
    fixture: 'es-community-space-icloud',
  },
  {
    // Space words near the computer's, however the sentence runs.
    id: 'es-computer-space',
    kind: 'phrase',
    patterns: [
      '[no hay|no tengo|no queda|sin|falta] [suficiente]? [espacio|almacenamiento] [libre]? ~ [ordenador|computadora|mac|pc|disco]',
      '[ordenador|computadora|mac|pc|disco] [está]? lleno',
      'espacio en [el]? disco [es]? insuficiente',
    ],
    backup: 2.2,
    computer: 2,
    causes: { 'computer-storage-full': 0.9 },
    fixture: 'es-community-space-computer',
  },
  {
    id: 'es-account-sign-in-out',
    kind: 'phrase',
    patterns: [
      'contraseña de [la|mi|tu|su]? [cuenta de apple|id de apple|apple id|cuenta apple]',
      '[cerrar|cerré|cerró|cerrado|cierra] [la]? sesión',
      '[iniciar|inicia|inicié] sesión ~ [cuenta de apple|id de apple|icloud]',
    ],
    backup: 0.4,
    icloud: 1,
    causes: { 'apple-account': 0.8 },
    fixture: 'es-community-account-out',
  },
  {
    // A conditional in a how-to ("if the backup fails, ...") is no failure by itself: it cancels what its words score, and counts a third beside Apple's own message.
    id: 'es-if-backup-fails',
    kind: 'phrase',
    patterns: [
      'si {esthebackup} [falla|falló|no se completa|no se hace|no termina|no funciona]',
      'si no se [puede|pudo] hacer {esthebackup}',
    ],
    backup: -6.5,
    passing: true,
    fixture: 'es-neg-howto-if-fails',
  },
  {
    // A how-to's condition: "no se puede hacer la copia de seguridad sin una red Wi-Fi" is no report.
    id: 'es-cannot-without',
    kind: 'phrase',
    patterns: [
      'no se [puede|podrá] [hacer|realizar] {esthebackup} [sin|si no|mientras]',
      'no se [puede|podrá] respaldar [sin|si no|mientras]',
    ],
    backup: -4,
    fixture: 'es-tune-neg-guia-sin-wifi',
  },
  {
    // The last backup long ago says less than a failure message: a how-to may say it too.
    id: 'es-last-backup-long-ago',
    kind: 'phrase',
    patterns: ['[la última|el último] {esbackup} [fue|se hizo|es de] [hace|en|el]'],
    backup: 1.5,
    icloud: 1,
    fixture: 'es-tune-atascada',
  },
];
