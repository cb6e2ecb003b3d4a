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
      // An error while doing it, with what it says between: "Error 0xE80000A en iTunes al hacer
      // copia", "me sale un error desconocido al respaldar".
      'error ~ al [{esdo}]? [{esbackedup}|{esthebackup}|{esbackup}]',
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
      // No backup since a date: "no tenía ningún respaldo en iCloud desde 2023".
      'no [tenía|tengo|tiene|hay|había] [ningún|ninguna]? {esbackup} [en icloud|de icloud]? desde',
      // The general model: a failed ability, a doing verb and the backup ("no logro hacer el
      // respaldo", "imposible crear una copia", "sigo sin poder respaldar").
      '{esneg} {esdo} [{esthebackup}|{esbackup}]',
      '{esneg} {esbackedup}',
      // A report that it is not done: "nunca termina la copia", "ya no se hizo el backup".
      '[no|ya no|nunca|todavía no|aún no] [me|se]? [{esdoes}|{esbackedup}] [{esthebackup}|{esbackup}]',
      '[no|ya no|nunca] [se]? [ha|han|está|había]? {esbackedup}',
      // "No anda" (Rioplatense) and "no jala" (Mexico), "does not work", are read with the others
      // below.
      // The backup, then what it does wrong a few words later ("la copia de seguridad del iPhone
      // de mi hija se queda atascada", "el respaldo automático ya no se hace").
      '{esbackup} [del|de mi]? [{esphone}]? ~ {esfails}',
      // "El backup falló": the English noun only after a Spanish article (see {esthebackup}).
      '[el|mi] backup ~ [{esfails}|falla]',
      '{esbackup} ~ [no|nunca|ya no|todavía no] [se]? [{esdoes}|funciona|funcionó|está funcionando|avanza|progresa|inicia|empieza|arranca|acaba|anda|andaba|anduvo|jala]',
      '{esbackup} ~ [está|sigue] {esstate}',
      '{esbackup} ~ {esneg} {esdo}',
      // A bare present tense only right after the backup and where it is said ("el respaldo del
      // celular falla"): a gap would read a how-to's "…te protege si falla".
      '{esbackup} [del iphone|del celular|de icloud|en icloud|automática|automático]? [siempre|ya]? [falla|fallan]',
      // No room for it, wherever: "no hay espacio suficiente para el respaldo".
      '[no hay|no tiene|no tengo|sin] [suficiente]? espacio [suficiente]? para {esthebackup}',
      // The failure first: "falla la copia", "se detiene el respaldo a la mitad".
      '{esfailverb} [{esthebackup}|{esbackup}]',
      // Trying, then the error: "intento hacer la copia y me sale un error".
      '[intento|intenté|trato de] [{esdo}]? [{esthebackup}|{esbackup}|{esbackedup}] ~ [error|falla|me sale|me aparece]',
      // Stopped doing it: "dejó de hacer copias", "ha dejado de respaldar".
      '[dejó|ha dejado] de [{esdo}|{esbackedup}] [{esthebackup}|{esbackup}]',
      // The button that does nothing: "Respaldar ahora no funciona".
      '[respaldar ahora|copia de seguridad ahora] ~ [no funciona|no hace nada|no pasa nada]',
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
    patterns: [
      'se [ha desconectado|desconectó|desconecta]',
      // Apple's "iTunes no ha podido conectarse a este iPhone", quoted with its code.
      '{app} no [se]? [ha podido|pudo] [conectarse|conectar]',
    ],
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
      '{esbackup} ~ [corrupta|dañada|incompatible|no es compatible]',
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
      '[copia de seguridad en icloud|respaldo en icloud|copia de seguridad de icloud|copia en icloud] [y]? [está|aparece|estaba]? [desactivada|desactivado|apagada|apagado]',
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
      // Found off, a discovery told in the past ("el respaldo automático estaba apagado"), and off
      // without the owner knowing: "apagado sin que yo lo supiera", "desactivada y no me di cuenta".
      '{esbackup} [de icloud|en icloud|automática|automático]? [estaba|había estado|se había] [desactivada|desactivado|apagada|apagado]',
      '[desactivada|desactivado|apagada|apagado] ~ [sin|no|ni] ~ [supiera|sabía|saber|sepa|di cuenta|darme cuenta|avisar|avisó]',
      // Off, and the owner says it was not them: "yo nunca la he desactivado".
      '[nunca|yo no|yo nunca] [la|lo] [he desactivado|había desactivado|desactivé|he apagado|apagué]',
    ],
    backup: 3,
    icloud: 2,
    causes: { 'icloud-backup-off': 0.85 },
    fixture: 'es-tune-se-desactiva-sola',
  },
  {
    // The backup's switch greyed out, one nobody can touch: no how-to tells you to make it so. A
    // profile or a restore in progress is what greys it (Apple's article), more than the owner.
    id: 'es-icloud-backup-greyed',
    kind: 'phrase',
    patterns: [
      '{esbackup} [de icloud|en icloud]? [está|aparece|sale|estaba]? [desactivada|desactivado]? [y|o]? [en gris|atenuada|atenuado]',
    ],
    backup: 3,
    icloud: 2,
    causes: { restrictions: 0.7, 'icloud-backup-off': 0.4 },
    fixture: 'es-comunidad-tiempo-uso',
  },
  {
    id: 'es-icloud-topic',
    kind: 'phrase',
    patterns: [
      '{esbackup} [del]? [{esphone}]? [en|de] icloud',
      '[{esbackedup}|se respalda] en icloud',
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
    patterns: ['[en el|en la|del|de la|a la|al] {escomputer}', 'dispositivos apple'],
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
      // Mobile data and a weak signal; a school's, work's or hotel's network that blocks uploads.
      '[datos móviles|datos celulares|mala señal|señal débil|poca señal|otra red]',
      '[red|internet|wifi|wi fi] [de la|del] [universidad|escuela|colegio|trabajo|oficina|hotel]',
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
      // Asked again for the password.
      '[pide|pidió] [la]? contraseña',
      // A card that expired or was declined drops the paid iCloud plan.
      '[método de pago|tarjeta] ~ [expiró|venció|caducó|rechazada]',
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
      'versión más [reciente|nueva]',
      // An old machine or version, the adjective either side.
      '[viejo|vieja|antiguo|antigua] [mac|imac|macbook|pc|computadora|ordenador|itunes|windows|versión]',
      '[{escomputer}|versión|itunes|ios] [tan|muy]? [viejo|vieja|antiguo|antigua]',
      // The phone called old, not "el iPhone antiguo" of a move to a new one.
      '{esphone} [tan|muy|es|ya es] [muy]? [viejo|vieja|antiguo|antigua]',
      '{esphone} [viejito|viejita]',
      // A device left on an old iOS: "se quedó en iOS 15".
      '[quedó|quedado] en ios',
      // An old Windows by name.
      '[con|tiene|tengo|en] windows [7|8|xp|vista]',
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
      // An adapter between them; Portuguese spells it the same, so this reads both.
      '[el cable|otro cable|de cable|puerto usb|cable usb|adaptador]',
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
    // A school's or company's managed device: "aparece el perfil del colegio", "supervisado".
    patterns: [
      '[tiempo de uso|tiempo en pantalla|perfil de configuración|restricciones|supervisado|supervisada]',
      // Or said to belong to one: "pertenece a la escuela".
      '[perfil|administrado|administrada|gestionado|gestionada|pertenece] [del|de la|por el|por la|a la|al] [colegio|escuela|empresa|administrador]',
    ],
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
      '[no hay|no tengo|no queda|sin|falta] [suficiente|más]? [espacio|almacenamiento] ~ icloud',
      '[espacio|almacenamiento] [en|de] icloud [está|es]? [lleno|insuficiente]',
      // Out of iCloud space, as people say it ("mi iCloud de 50 GB está lleno"); a word right after
      // "iCloud" keeps an English page's "iCloud" from trying these.
      'icloud de #num gb [está]? [casi]? [lleno|al tope|sin espacio]',
      'icloud [está|casi] [casi]? [lleno|al tope|al límite|sin espacio]',
      // Spanglish "storage", and the free plan people are left with.
      '[no hay|no tengo|sin|falta] [suficiente]? storage ~ icloud',
      '[los|plan gratis de|plan gratuito de] #num gb',
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
      '[no hay|no tengo|no queda|sin|falta|falta de] [suficiente]? [espacio|almacenamiento] [libre]? ~ [ordenador|computadora|mac|pc|disco]',
      '[ordenador|computadora|mac|pc|disco] [está]? lleno',
      'espacio en [el]? disco [es]? insuficiente',
      // The disk or the machine, however it is named: "el disco de la Mac está casi lleno".
      'disco [duro]? [de la|del|de mi]? [{escomputer}]? [está]? [casi]? [lleno|sin espacio]',
      '{escomputer} está [casi]? [lleno|sin espacio]',
      '[poco|sin] espacio [libre]? [en el|del] [disco|{escomputer}]',
    ],
    backup: 2.2,
    computer: 2,
    causes: { 'computer-storage-full': 0.9 },
    fixture: 'es-community-space-computer',
  },
  {
    // The iPhone's own storage: iOS's "Almacenamiento del iPhone casi lleno" and how people say it.
    id: 'es-device-storage',
    kind: 'phrase',
    patterns: [
      '[memoria|almacenamiento] [del|de mi] {esphone} [está]? [casi]? [llena|lleno]',
      '{esphone} [está|tiene|con] [la]? [memoria]? [casi]? [lleno|llena|sin espacio]',
      '{esphone} [lleno|sin espacio|se llenó|se ha llenado]',
      // iOS's own words for what fills it, "Datos del sistema" (Portuguese "Dados do sistema").
      '[datos del sistema|dados do sistema] ~ #num',
      '{esphone} [tiene|con] [muy]? [poco|poca] [espacio|memoria]',
      'memoria [casi]? llena',
      // Free space counted in megabytes is a phone's that is full: "solo 300 MB libres".
      '[mb|megas] [libres|disponibles]',
    ],
    backup: 0.8,
    causes: { 'device-storage-low': 0.85 },
    fixture: 'es-tune-almacenamiento-iphone',
  },
  {
    // A report of trying ("intenté hacer la copia", "trato de respaldar"): a how-to says "intenta".
    id: 'es-tried-backup',
    kind: 'phrase',
    patterns: [
      '[intenté|intento|he intentado|traté de|trato de] [{esdo}]? [{esthebackup}|{esbackup}|{esbackedup}]',
    ],
    backup: 1,
    fixture: 'es-tune-compu-no-hace-copia',
  },
  {
    // The computer or its app as the subject that cannot: "el Mac ya no hace la copia".
    id: 'es-computer-cant-back-up',
    kind: 'phrase',
    patterns: [
      '[{escomputer}|{app}] [no|ya no] [{esdoes}|puede hacer|me deja hacer] [{esthebackup}|{esbackup}]',
      // Not seeing the phone it should back up: "no reconoce mi iPhone para respaldar".
      'no [reconoce|detecta] ~ para [{esdo}]? [{esbackedup}|{esthebackup}|{esbackup}]',
    ],
    backup: 3,
    computer: 2,
    fixture: 'es-tune-compu-no-hace-copia',
  },
  {
    // Restoring from a backup that stalls is a restore, not a failing backup.
    id: 'es-restore-stuck',
    kind: 'phrase',
    patterns: [
      '[restaurar|restauración|restaurando] [desde|de|a partir de] [{esthebackup}|{esbackup}] ~ {esfails}',
    ],
    backup: -4,
    fixture: 'es-tune-neg-restaurar-atascada',
  },
  {
    // What a backup leaves out, a how-to's rule: "no se hace copia de seguridad de los datos que
    // ya están en iCloud" is no report of a failure.
    id: 'es-not-included',
    kind: 'phrase',
    patterns: [
      'no se [hace|incluye|incluyen] [{esthebackup}|{esbackup}] de [los|las|tus] [datos|fotos|mensajes|apps]',
    ],
    backup: -4,
    fixture: 'es-tune-neg-no-incluye',
  },
  {
    // Another app's backup, after the noun or as the subject ("LINE no hace la copia"): its
    // failure is not the iPhone's.
    id: 'es-other-app-backup',
    kind: 'phrase',
    patterns: [
      '{esbackup} [de|del|en] [viber|line|signal|telegram|wechat|google]',
      // A chat app's backup of its chats: "la copia de los chats".
      '{esbackup} de [los|mis]? [chats|conversaciones]',
      '[viber|line|signal|telegram|wechat|whatsapp] [no|ya no] {esdoes} [{esthebackup}|{esbackup}]',
    ],
    backup: -4,
    passing: true,
    fixture: 'es-tune-neg-line',
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
      'si {esthebackup} [falla|falló|no se completa|no se hace|no termina|no funciona|no está funcionando]',
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
