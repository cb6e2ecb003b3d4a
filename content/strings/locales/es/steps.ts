import type { StepCatalog } from '../../catalog';

/**
 * Labels as Apple's Spanish software for Spain shows them (Apple's base Spanish); Latin American
 * iOS words some differently (Configuración, Respaldo…), which `unsure` names. The sentences
 * around them are neutral Spanish: "tú", "equipo" for the computer.
 */
const STORAGE_16 = 'Ajustes > [tu nombre] > iCloud > Gestionar almacenamiento de la cuenta';
const STORAGE_11 = 'Ajustes > [tu nombre] > iCloud > Gestionar almacenamiento';
const STORAGE_10_3 =
  'Ajustes > [tu nombre] > iCloud > Almacenamiento de iCloud > Gestionar almacenamiento';
const STORAGE_10_2 = 'Ajustes > iCloud > Almacenamiento > Gestionar almacenamiento';

const BACKUP = 'Ajustes > [tu nombre] > iCloud > Copia en iCloud';
const BACKUP_10_2 = 'Ajustes > iCloud > Copia de seguridad';

const TURN_ON_OLD = [
  'Activa Copia en iCloud.',
  'Si el interruptor aparece en gris, puede que aún se esté restaurando una copia de seguridad: espera a que termine.',
];

const SIZE_OLD = [
  'En Copias de seguridad, toca este {device}.',
  'Espera a que aparezca el tamaño de la siguiente copia y compáralo con el espacio disponible en iCloud.',
];

const UPGRADE_BEFORE_15 = [
  'Si quitar apps no es suficiente, elige un plan de almacenamiento de iCloud más grande (el plan gratuito tiene 5 GB). Conservas todo lo que tienes.',
];

const STATUS_PAGE = 'Página Estado del sistema de Apple (apple.com/support/systemstatus)';

const TRUST_ALERT =
  'Cuando aparezca “¿Confiar en este ordenador?”, toca Confiar y escribe tu código.';
const CONNECT_UNLOCK = 'Conecta el {device}, desbloquéalo y quédate en la pantalla de inicio.';

const BACKUP_LIST = {
  any: 'La lista de copias de seguridad en Finder (Mac) o en Dispositivos Apple o iTunes (Windows)',
  finder:
    'Finder > [{device}] en la barra lateral > General > Gestionar copias de seguridad (carpeta: ~/Library/Application Support/MobileSync/Backup/)',
  itunes:
    'iTunes > Preferencias > Dispositivos (carpeta: ~/Library/Application Support/MobileSync/Backup/)',
  windows:
    'Dispositivos Apple > [{device}] > General > Gestionar copias de seguridad, o iTunes > Edición > Preferencias > Dispositivos (carpeta: %USERPROFILE%\\Apple\\MobileSync\\Backup\\ para Dispositivos Apple o el iTunes de Microsoft Store, %APPDATA%\\Apple Computer\\MobileSync\\Backup\\ para el iTunes del sitio web de Apple)',
} as const;

const IN_BACKUP_LIST = {
  'mac-finder': { where: BACKUP_LIST.finder },
  'mac-itunes': { where: BACKUP_LIST.itunes },
  windows: { where: BACKUP_LIST.windows },
};

const COPY_NEVER_MOVE =
  'Copia, nunca muevas: una copia solo sirve para restaurar cuando se vuelve a copiar, sin cambios, a la carpeta de copias de seguridad.';

const REPLACE_DELETE_OLD =
  'Cuando haya terminado la copia de seguridad encriptada de este {device} en el equipo, toca este {device} en Copias de seguridad y elimina su copia.';

/** Spanish: the fix steps, in the shape of their English text (stepWords). */
export const STEPS: StepCatalog = {
  steps: {
    'check-apple-status': {
      title: 'Comprueba si funciona el servicio Copia de seguridad de iCloud de Apple',
      instructions: [
        'Abre la página Estado del sistema de Apple y busca Copia de seguridad de iCloud y Cuenta e inicio de sesión de iCloud.',
        'Si alguno muestra un problema o una interrupción, el fallo es de Apple: espera y vuelve a intentarlo más tarde.',
      ],
      where: STATUS_PAGE,
      check: 'Los dos servicios aparecen como disponibles.',
    },
    'wait-for-apple': {
      title: 'Espera a que Apple lo solucione y vuelve a intentarlo',
      instructions: [
        'No tienes que cambiar nada en tu {device} mientras el servicio de Apple tenga un problema.',
        'Deja activada la copia de seguridad de iCloud; la copia automática se volverá a intentar sola.',
        'Cuando la página Estado del sistema muestre Copia de seguridad de iCloud como disponible, vuelve a hacer la copia.',
      ],
      where: STATUS_PAGE,
      check: 'Copia de seguridad de iCloud aparece como disponible y una copia se completa.',
    },
    'restart-device': {
      title: 'Reinicia el {device}',
      instructions: [
        'Toca Apagar y arrastra el control deslizante, o mantén pulsado el botón lateral o superior (junto con cualquiera de los botones de volumen si tu {device} no tiene botón de inicio) hasta que aparezca el control deslizante.',
        'Espera 30 segundos y luego mantén pulsado el botón lateral o superior hasta que aparezca el logotipo de Apple.',
        'Desbloquéalo una vez cuando se encienda y vuelve a intentar la copia de seguridad.',
      ],
      where: 'Ajustes > General > Apagar',
      check:
        'Tras el reinicio, la copia de seguridad empieza y no se detiene con el mismo mensaje.',
      ios: [
        {
          instructions: [
            'Mantén pulsado el botón de reposo/activación (arriba o en el lateral) hasta que aparezca el control deslizante y arrástralo.',
            'Espera 30 segundos y luego mantén pulsado el botón de reposo/activación hasta que aparezca el logotipo de Apple.',
            'Desbloquéalo una vez cuando se encienda y vuelve a intentar la copia de seguridad.',
          ],
          where: 'El botón de reposo/activación, arriba o en el lateral',
        },
      ],
    },
    'device-free-space': {
      title: 'Libera espacio en el {device}',
      instructions: [
        'Abre Almacenamiento del {device} y espera a que se cargue la lista.',
        'Sigue sus recomendaciones, como desinstalar las apps que casi no usas: al desinstalarlas así se conservan sus documentos y datos.',
        'Elimina los videos grandes o las descargas que ya no necesites.',
      ],
      where: 'Ajustes > General > Almacenamiento del {device}',
      check: 'La barra de arriba muestra al menos unos pocos GB libres.',
      caution:
        'Lo que eliminas desaparece del {device}: guarda una copia de cualquier video o archivo que quieras conservar. Desinstalar una app conserva sus datos.',
      ios: [
        {
          instructions: [
            'Abre Gestionar almacenamiento en Almacenamiento (no en iCloud) y espera a que se cargue la lista.',
            'Toca una app que ya no uses y elimínala, o elimina los videos grandes o las descargas que ya no necesites.',
          ],
          where: 'Ajustes > General > Almacenamiento y uso de iCloud > Gestionar almacenamiento',
          caution:
            'Lo que eliminas desaparece del {device}: guarda una copia de cualquier video o archivo que quieras conservar. Eliminar una app elimina sus datos.',
        },
      ],
    },
    'update-ios': {
      title: 'Actualiza el software del {device}',
      instructions: [
        'Conéctate a una red Wi-Fi y a la corriente.',
        'Instala cualquier actualización que aparezca y deja que el {device} se reinicie.',
      ],
      where: 'Ajustes > General > Actualización de software',
      check: 'Actualización de software no muestra ninguna actualización pendiente.',
    },
    'account-check-signin': {
      title: 'Comprueba que has iniciado sesión con tu Cuenta de Apple',
      instructions: [
        'Abre Ajustes y toca tu nombre arriba.',
        'Si un mensaje te pide volver a iniciar sesión, verificar tu correo electrónico o aceptar nuevos términos, hazlo.',
        'Escribe la contraseña de tu Cuenta de Apple cuando te la pida.',
      ],
      where: 'Ajustes > [tu nombre]',
      check: 'Tu nombre aparece sin globo rojo ni mensajes de inicio de sesión, y iCloud se abre.',
      ios: [
        {
          instructions: [
            'Abre Ajustes y toca iCloud.',
            'Si un mensaje te pide volver a iniciar sesión, verificar tu correo electrónico o aceptar nuevos términos, hazlo.',
            'Escribe la contraseña de tu ID de Apple cuando te la pida.',
          ],
          where: 'Ajustes > iCloud',
          check: 'Tu cuenta aparece sin mensajes de inicio de sesión.',
        },
      ],
    },
    'account-sign-out-in': {
      title: 'Cierra sesión en iCloud y vuelve a iniciarla',
      instructions: [
        'Toca Cerrar sesión y escribe la contraseña de tu Cuenta de Apple para desactivar Buscar.',
        'Elige de qué quieres conservar una copia en este {device} (como Contactos y Calendarios) y cierra sesión.',
        'Reinicia el {device} y vuelve a iniciar sesión con la misma Cuenta de Apple.',
      ],
      where: 'Ajustes > [tu nombre] > Cerrar sesión',
      check:
        'Después de iniciar sesión, la copia de seguridad de iCloud está activada y una copia se completa.',
      caution:
        'Al cerrar sesión se quita de este {device} lo que solo está en iCloud, como Fotos en iCloud y los archivos de iCloud Drive, y los datos de los que no conserves una copia. Todo sigue en iCloud y vuelve cuando inicias sesión. Necesitas la contraseña de tu Cuenta de Apple.',
      ios: [
        {
          instructions: [
            'Toca Cerrar sesión y escribe la contraseña de tu ID de Apple para desactivar Buscar mi {device}.',
            'Elige qué quieres conservar en este {device} (como Contactos y Calendarios) y cierra sesión.',
            'Reinicia el {device} y vuelve a iniciar sesión con el mismo ID de Apple.',
          ],
          where: 'Ajustes > iCloud > Cerrar sesión',
          caution:
            'Al cerrar sesión se quita de este {device} lo que solo está en iCloud, como la Fototeca de iCloud y los archivos de iCloud Drive, y los datos que no conserves. Todo sigue en iCloud y vuelve cuando inicias sesión. Necesitas la contraseña de tu ID de Apple.',
        },
      ],
    },
    'check-screen-time': {
      title: 'Permite los cambios de cuenta en Tiempo de uso',
      instructions: [
        'Abre Restricciones de contenido y privacidad.',
        'En Cambios de cuenta, elige Permitir (puede que necesites el código de Tiempo de uso).',
      ],
      where:
        'Ajustes > Tiempo de uso > Restricciones de contenido y privacidad > Cambios de cuenta',
      check: 'El interruptor de Copia en iCloud ya no aparece en gris.',
      ios: [
        {
          instructions: [
            'Abre Restricciones de contenido y privacidad (en iOS 11: Restricciones).',
            'En Cambios de cuenta (Cuentas), elige Permitir (puede que necesites el código).',
          ],
          where:
            'Ajustes > Tiempo de uso > Restricciones de contenido y privacidad > Cambios de cuenta (iOS 11: Ajustes > General > Restricciones > Cuentas)',
        },
        {
          instructions: [
            'Abre Restricciones y escribe el código de restricciones.',
            'En Cuentas, elige Permitir cambios.',
          ],
          where: 'Ajustes > General > Restricciones > Cuentas',
        },
      ],
    },
    'check-profiles': {
      title: 'Busca un perfil del trabajo o del centro educativo que bloquee la copia',
      instructions: [
        'Busca un perfil de configuración o una gestión de dispositivos de un centro educativo o de una empresa.',
        'Si hay uno, pregunta a quien lo gestiona si desactiva la copia de seguridad de iCloud.',
      ],
      where: 'Ajustes > General > VPN y gestión de dispositivos',
      check: 'Ningún perfil restringe las copias de seguridad, o la organización las ha permitido.',
      caution:
        'No elimines un perfil del trabajo o del centro educativo sin preguntar a quien lo administra.',
      ios: [
        {
          where: 'Ajustes > General > Perfiles (o Perfiles y gestión de dispositivos)',
        },
      ],
    },
    'reset-network-settings': {
      title: 'Restablece los ajustes de red',
      instructions: [
        'Elige Restablecer, luego Restablecer ajustes de red, y escribe tu código.',
        'Cuando el {device} se reinicie, vuelve a conectarte a tu red Wi-Fi e intenta la copia de seguridad.',
      ],
      where:
        'Ajustes > General > Transferir o restablecer el {device} > Restablecer > Restablecer ajustes de red',
      check: 'El {device} vuelve a conectarse a la red Wi-Fi y la copia de seguridad se completa.',
      caution:
        'Esto olvida todas las redes Wi-Fi guardadas y sus contraseñas, los ajustes de VPN y de datos móviles, y los equipos en los que confiaba este {device}. Ten a mano la contraseña de tu red Wi-Fi. Tus datos se conservan.',
      ios: [
        {
          where: 'Ajustes > General > Restablecer > Restablecer ajustes de red',
        },
      ],
    },
    'icloud-turn-on-backup': {
      title: 'Activa la copia de seguridad de iCloud',
      instructions: [
        'Activa Copia de seguridad de este {device}.',
        'Si el interruptor aparece en gris, puede que aún se esté restaurando una copia de seguridad (debajo se ve una barra de progreso): espera a que termine.',
      ],
      where: BACKUP,
      check: 'El interruptor está activado y debajo aparece Realizar copia de seguridad ahora.',
      ios: [{ instructions: TURN_ON_OLD }, { instructions: TURN_ON_OLD, where: BACKUP_10_2 }],
    },
    'icloud-backup-conditions': {
      title: 'Dale a la copia automática lo que necesita',
      instructions: [
        'La copia de seguridad diaria de iCloud solo se hace mientras el {device} está conectado a la corriente y a una red Wi-Fi, y bloqueado.',
        'Déjalo cargando por la noche con Wi-Fi y con la pantalla bloqueada.',
      ],
      where: BACKUP,
      check:
        'A la mañana siguiente, la última copia correcta muestra una hora de la noche anterior.',
      ios: [{ where: BACKUP_10_2 }],
    },
    'network-wifi-check': {
      title: 'Usa una red Wi-Fi que funcione',
      instructions: [
        'Conéctate a una red Wi-Fi de confianza y abre un sitio web en Safari para comprobar que carga.',
        'Evita las redes con página de inicio de sesión (hoteles, trenes) y desactiva cualquier VPN mientras se hace la copia.',
        'Si tu {device} tiene 5G, Copia con datos móviles (en los ajustes de Copia en iCloud) hace la copia sin Wi-Fi donde tu operador lo permita. Usa datos móviles.',
      ],
      where: 'Ajustes > Wi-Fi',
      check: 'Un sitio web carga en Safari en la misma red.',
      ios: [
        {
          instructions: [
            'Conéctate a una red Wi-Fi de confianza y abre un sitio web en Safari para comprobar que carga.',
            'Evita las redes con página de inicio de sesión (hoteles, trenes) y desactiva cualquier VPN mientras se hace la copia.',
          ],
        },
      ],
    },
    'icloud-check-backup-size': {
      title: 'Compara el tamaño de la siguiente copia con tu espacio libre en iCloud',
      instructions: [
        'Abre Copias de seguridad y toca este {device}.',
        'Espera a que aparezca el tamaño de la siguiente copia y compáralo con el espacio libre que se muestra arriba en iCloud.',
      ],
      where: `${STORAGE_16} > Copias de seguridad`,
      check: 'Sabes cuánto espacio falta (o que hay suficiente).',
      ios: [
        { where: `${STORAGE_11} > Copias de seguridad` },
        { instructions: SIZE_OLD, where: STORAGE_10_3 },
        { instructions: SIZE_OLD, where: STORAGE_10_2 },
      ],
    },
    'icloud-trim-backup': {
      title: 'Deja fuera de la copia las apps grandes',
      instructions: [
        'En la copia de seguridad de este {device}, desactiva las apps cuyos datos no necesitas copiar (por ejemplo, las apps que ya guardan sus datos en internet).',
        'Lo que iCloud ya guarda, como Fotos en iCloud, iCloud Drive y Mail, nunca está en una copia de seguridad: desactivarlo aquí no ahorra nada.',
      ],
      where: `${STORAGE_16} > Copias de seguridad > [este {device}]`,
      check: 'El tamaño de la siguiente copia ya es menor que tu espacio libre en iCloud.',
      caution:
        'Al desactivar una app se eliminan sus datos de la copia de seguridad de iCloud. Los datos siguen en el {device} y se vuelven a copiar si vuelves a activar la app.',
      ios: [
        { where: `${STORAGE_11} > Copias de seguridad > [este {device}]` },
        { where: `${STORAGE_10_3} > [este {device}]` },
        { where: `${STORAGE_10_2} > [este {device}]` },
      ],
    },
    'icloud-upgrade-storage': {
      title: 'Consigue más almacenamiento de iCloud',
      instructions: [
        'Si quitar apps no es suficiente, elige un plan de iCloud+ más grande (el plan gratuito tiene 5 GB). Conservas todo lo que tienes.',
        '¿Vas a estrenar un {device}? Preparar para el nuevo {device} (en Transferir o restablecer el {device}) te presta almacenamiento de iCloud gratis para una copia completa, que se guarda 21 días.',
      ],
      where: `${STORAGE_16} > Cambiar plan de almacenamiento`,
      check: 'El total que aparece arriba en iCloud muestra el nuevo plan.',
      ios: [
        { where: `${STORAGE_11} > Cambiar plan de almacenamiento` },
        {
          instructions: UPGRADE_BEFORE_15,
          where: `${STORAGE_11} > Cambiar plan de almacenamiento`,
        },
        {
          instructions: UPGRADE_BEFORE_15,
          where:
            'Ajustes > [tu nombre] > iCloud > Almacenamiento de iCloud > Cambiar plan de almacenamiento',
        },
        {
          instructions: UPGRADE_BEFORE_15,
          where: 'Ajustes > iCloud > Almacenamiento > Cambiar plan de almacenamiento',
        },
      ],
    },
    'icloud-free-space': {
      title: 'Libera espacio en iCloud',
      instructions: [
        'Mira qué ocupa tu almacenamiento de iCloud y elimina lo que ya no necesites: archivos grandes de iCloud Drive, archivos adjuntos antiguos de Mail o fotos que ya hayas guardado en otro sitio.',
        'Las copias de seguridad de dispositivos que ya no tienes también ocupan espacio. Elimina una solo cuando tengas la certeza de que nunca vas a restaurar a partir de ella.',
      ],
      where: STORAGE_16,
      check:
        'El espacio libre que aparece arriba en iCloud es mayor que el tamaño de la siguiente copia.',
      caution:
        'Lo que eliminas de iCloud desaparece de todos los dispositivos con la misma cuenta. Una copia de seguridad eliminada no se puede recuperar: nunca elimines la copia de un dispositivo que quizá tengas que restaurar.',
      ios: [{ where: STORAGE_11 }, { where: STORAGE_10_3 }, { where: STORAGE_10_2 }],
    },
    'icloud-replace-damaged-backup': {
      title: 'Sustituye una copia de seguridad de iCloud dañada por una nueva',
      instructions: [
        'Cuando haya terminado la copia de seguridad encriptada de este {device} en el equipo, abre Copias de seguridad, toca este {device} y elimina su copia.',
        'Al eliminarla también se desactiva la copia de seguridad de iCloud: vuelve a activar Copia de seguridad de este {device} en Copia en iCloud.',
        'Toca ahí Realizar copia de seguridad ahora; se hará una copia nueva y completa.',
      ],
      where: `${STORAGE_16} > Copias de seguridad > [este {device}]`,
      check: 'La nueva copia de seguridad de iCloud se completa y muestra la fecha de hoy.',
      caution:
        'Eliminar la copia de seguridad de iCloud no se puede deshacer. Hazlo solo cuando haya terminado una copia de seguridad encriptada de este {device} en un equipo (una sin encriptar no incluye las contraseñas ni los datos de Salud), y nunca si quizá necesitas esa copia de iCloud para restaurar.',
      ios: [
        {
          instructions: [
            'Cuando haya terminado la copia de seguridad encriptada de este {device} en el equipo, abre Copias de seguridad, toca este {device} y elimina su copia.',
            'Al eliminarla también se desactiva la copia de seguridad de iCloud: vuelve a activarla en Copia en iCloud.',
            'Toca ahí Realizar copia de seguridad ahora; se hará una copia nueva y completa.',
          ],
          where: `${STORAGE_11} > Copias de seguridad > [este {device}]`,
        },
        {
          instructions: [
            REPLACE_DELETE_OLD,
            'Al eliminarla también se desactiva la copia de seguridad de iCloud: vuelve a activarla en Copia en iCloud.',
            'Toca ahí Realizar copia de seguridad ahora; se hará una copia nueva y completa.',
          ],
          where: `${STORAGE_10_3} > [este {device}]`,
        },
        {
          instructions: [
            REPLACE_DELETE_OLD,
            'Al eliminarla también se desactiva la copia de seguridad de iCloud: vuelve a activarla en Ajustes > iCloud > Copia de seguridad.',
            'Toca ahí Realizar copia de seguridad ahora; se hará una copia nueva y completa.',
          ],
          where: `${STORAGE_10_2} > [este {device}]`,
        },
      ],
    },
    'icloud-back-up-now': {
      title: 'Haz ahora una copia de seguridad en iCloud',
      instructions: [
        'No te desconectes de la red Wi-Fi, toca Realizar copia de seguridad ahora y mantén el {device} conectado hasta que termine.',
      ],
      where: `${BACKUP} > Realizar copia de seguridad ahora`,
      check: 'Debajo del botón, la última copia correcta muestra la hora actual.',
      ios: [{ where: `${BACKUP_10_2} > Realizar copia de seguridad ahora` }],
    },
    'connection-unlock-trust': {
      title: 'Desbloquea el {device} y confía en el equipo',
      instructions: [
        CONNECT_UNLOCK,
        TRUST_ALERT,
        'Si el equipo también lo pregunta, haz clic en Confiar (Finder, Dispositivos Apple) o en Continuar (iTunes).',
      ],
      where: 'En el {device}: la alerta “¿Confiar en este ordenador?”; luego, en el equipo',
      check: 'El {device} aparece en Finder (Mac) o en Dispositivos Apple o iTunes (Windows).',
      computer: {
        'mac-finder': {
          instructions: [
            CONNECT_UNLOCK,
            TRUST_ALERT,
            'Si Finder pregunta si quieres confiar en el {device}, haz clic en Confiar.',
          ],
          check: 'El {device} aparece en la barra lateral de Finder, en Ubicaciones.',
        },
        'mac-itunes': {
          instructions: [
            CONNECT_UNLOCK,
            TRUST_ALERT,
            'Si iTunes pregunta si quieres permitir que este equipo acceda al {device}, haz clic en Continuar.',
          ],
          check: 'El botón del {device} aparece arriba a la izquierda en iTunes.',
        },
        windows: {
          instructions: [
            CONNECT_UNLOCK,
            TRUST_ALERT,
            'Si Dispositivos Apple también lo pregunta, haz clic en Confiar; si iTunes pregunta si quieres permitir el acceso, haz clic en Continuar.',
          ],
          check:
            'El {device} aparece en la barra lateral de Dispositivos Apple, o como un botón en iTunes.',
        },
      },
    },
    'connection-cable-port': {
      title: 'Prueba con otro cable y otro puerto USB',
      instructions: [
        'Conecta el cable directamente al equipo, no a un hub ni al teclado.',
        'Prueba con otro puerto USB y, si tienes, con otro cable de Apple o certificado.',
      ],
      where: 'El cable y los puertos USB del equipo',
      check: 'El {device} se mantiene conectado durante toda la copia de seguridad.',
      computer: { 'mac-finder': {}, 'mac-itunes': {}, windows: {} },
    },
    'restart-computer': {
      title: 'Reinicia el equipo',
      instructions: ['Guarda tu trabajo, reinicia el equipo y vuelve a conectar el {device}.'],
      where: 'La opción de reiniciar del equipo',
      check: 'Tras el reinicio, el {device} se conecta y la copia de seguridad empieza.',
      computer: {
        'mac-finder': { where: 'Menú Apple > Reiniciar' },
        'mac-itunes': { where: 'Menú Apple > Reiniciar' },
        windows: { where: 'Inicio > Inicio/apagado > Reiniciar' },
      },
    },
    'update-computer': {
      title: 'Actualiza el equipo y su app de copias de seguridad',
      instructions: [
        'Instala las últimas actualizaciones del equipo y de la app que hace la copia de seguridad del {device}.',
      ],
      where: 'Los ajustes de actualización de software del equipo',
      check: 'No hay actualizaciones pendientes y la app reconoce el {device}.',
      computer: {
        'mac-finder': {
          instructions: [
            'Instala cualquier actualización de macOS que aparezca. Finder se actualiza con macOS.',
          ],
          where:
            'Menú Apple > Ajustes del Sistema > General > Actualización de software (macOS 12 o anterior: Preferencias del Sistema > Actualización de software)',
        },
        'mac-itunes': {
          instructions: ['Instala cualquier actualización de macOS y de iTunes que aparezca.'],
          where:
            'Menú Apple > Preferencias del Sistema > Actualización de software (macOS 10.13 o anterior: App Store > Actualizaciones)',
        },
        windows: {
          instructions: [
            'Ejecuta Windows Update e instala lo que ofrezca.',
            'Actualiza Dispositivos Apple (o el iTunes de Microsoft Store) en la Biblioteca de Microsoft Store con Obtener actualizaciones. El iTunes del sitio web de Apple se actualiza con Ayuda > Buscar actualizaciones.',
          ],
          where:
            'Windows 11: Inicio > Configuración > Windows Update; Windows 10: Inicio > Configuración > Actualización y seguridad > Windows Update',
        },
      },
    },
    'computer-free-space': {
      title: 'Libera espacio en el equipo',
      instructions: [
        'Una copia de seguridad en el equipo necesita más o menos tanto espacio libre como el que ocupa el {device}.',
        'Vacía la Papelera o la Papelera de reciclaje, y pasa tus videos grandes o tus descargas a otro disco.',
      ],
      where: 'Los ajustes de almacenamiento del equipo',
      check: 'El espacio libre del equipo es mayor que el espacio usado en el {device}.',
      computer: {
        'mac-finder': {
          where:
            'Menú Apple > Ajustes del Sistema > General > Almacenamiento (macOS 12 o anterior: menú Apple > Acerca de este Mac > Almacenamiento)',
        },
        'mac-itunes': { where: 'Menú Apple > Acerca de este Mac > Almacenamiento' },
        windows: { where: 'Inicio > Configuración > Sistema > Almacenamiento' },
      },
    },
    'computer-remove-old-backups': {
      title: 'Elimina las copias de seguridad antiguas que ya no necesites',
      instructions: [
        'Abre la lista de copias de seguridad y busca las de dispositivos que ya no usas.',
        'Para conservar una, copia antes su carpeta entera a otro disco y deja la copia tal cual.',
        'Luego selecciona la copia de seguridad y haz clic en Eliminar copia de seguridad.',
      ],
      where: BACKUP_LIST.any,
      check:
        'El disco principal tiene más espacio libre, y cualquier copia de seguridad que conserves está copiada en otro disco.',
      caution: `Una copia de seguridad eliminada no se puede recuperar. Elimina solo las copias que nunca vayas a usar para restaurar, salvo que las hayas copiado antes. ${COPY_NEVER_MOVE}`,
      computer: IN_BACKUP_LIST,
    },
    'security-software-check': {
      title: 'Revisa el software de seguridad del equipo',
      instructions: [
        'Actualiza tu antivirus o tu app de firewall, o ponlos en pausa mientras haces la copia de seguridad.',
        'Si tiene una lista de apps o dispositivos bloqueados, permite la app de copias de seguridad de Apple.',
      ],
      where: 'Los ajustes de tu antivirus o de tu app de firewall',
      check: 'La copia de seguridad se completa con la app de seguridad actualizada o en pausa.',
      caution: 'Vuelve a activar la protección en cuanto termine la copia de seguridad.',
      computer: {
        'mac-finder': {
          where: 'Los ajustes de tu app de seguridad (Finder necesita llegar al {device} por USB)',
        },
        'mac-itunes': {
          where: 'Los ajustes de tu app de seguridad (iTunes necesita llegar al {device} por USB)',
        },
        windows: {
          where:
            'Windows 11: Inicio > Configuración > Privacidad y seguridad > Seguridad de Windows; Windows 10: Inicio > Configuración > Actualización y seguridad > Seguridad de Windows; y cualquier otro antivirus (permite Dispositivos Apple o iTunes)',
        },
      },
    },
    'encrypt-local-backup': {
      title: 'Haz una copia de seguridad encriptada en el equipo',
      instructions: [
        'Selecciona el {device} en la app que hace su copia de seguridad y activa Encriptar copia de seguridad local.',
        'Elige una contraseña que vayas a conservar, haz clic en Realizar copia de seguridad ahora y espera a que termine.',
        'Solo una copia de seguridad encriptada guarda las contraseñas, los ajustes de Wi-Fi, los datos de Salud y el historial de llamadas.',
      ],
      where: 'Finder (Mac) o Dispositivos Apple o iTunes (Windows)',
      check:
        'La copia de seguridad muestra la hora actual, con un candado al lado en la lista de copias.',
      caution:
        'Sin su contraseña, una copia de seguridad encriptada no se puede usar: anota la contraseña.',
      computer: {
        'mac-finder': {
          where:
            'Finder > [{device}] en la barra lateral > General > Encriptar copia de seguridad local',
        },
        'mac-itunes': {
          where: 'iTunes > [botón del {device}] > Resumen > Encriptar copia de seguridad local',
        },
        windows: {
          where:
            'Dispositivos Apple > [{device}] > General > Encriptar copia de seguridad local (iTunes: [botón del {device}] > Resumen)',
        },
      },
    },
    'computer-replace-damaged-backup': {
      title: 'Sustituye la copia de seguridad dañada por una nueva',
      instructions: [
        'Cierra la app de copias de seguridad. Si quizá aún necesitas la copia dañada, copia su carpeta entera a otro disco y deja la copia tal cual.',
        'Abre la lista de copias de seguridad, selecciona la de este {device} y haz clic en Eliminar copia de seguridad.',
        'Vuelve a hacer la copia de seguridad; se hará una copia nueva y completa.',
      ],
      where: BACKUP_LIST.any,
      check: 'Una copia de seguridad nueva se completa y aparece en la lista con la fecha de hoy.',
      caution: `Eliminar una copia de seguridad no se puede deshacer: nunca elimines una que quizá necesites para restaurar sin copiarla antes. ${COPY_NEVER_MOVE}`,
      computer: IN_BACKUP_LIST,
    },
    'reset-trust-settings': {
      title: 'Restablece los ajustes de confianza del {device}',
      instructions: [
        'Elige Restablecer, luego Restablecer localización y privacidad, y escribe tu código.',
        'Vuelve a conectarlo al equipo y toca Confiar cuando te lo pregunte.',
      ],
      where:
        'Ajustes > General > Transferir o restablecer el {device} > Restablecer > Restablecer localización y privacidad',
      check: 'Aparece la alerta “¿Confiar en este ordenador?” y el equipo reconoce el {device}.',
      caution:
        'Las apps volverán a pedir permiso para usar tu ubicación, la cámara y otros datos, y tendrás que volver a confiar en cada equipo.',
      ios: [
        {
          where: 'Ajustes > General > Restablecer > Restablecer localización y privacidad',
        },
      ],
    },
    'computer-back-up-now': {
      title: 'Haz ahora una copia de seguridad en el equipo',
      instructions: [
        'Selecciona el {device} en la app que hace su copia de seguridad y elige hacer una copia de seguridad de todos sus datos en este equipo.',
        'Activa Encriptar copia de seguridad local (y guarda su contraseña): solo así la copia incluye las contraseñas, los ajustes de Wi-Fi, los datos de Salud y el historial de llamadas.',
        'Haz clic en Realizar copia de seguridad ahora y mantén el {device} conectado y desbloqueado hasta que termine.',
      ],
      where: 'Finder (Mac) o Dispositivos Apple o iTunes (Windows)',
      check: 'La última copia de seguridad en este equipo muestra la hora actual.',
      computer: {
        'mac-finder': {
          where:
            'Finder > [{device}] en la barra lateral > General > Realizar copia de seguridad ahora',
        },
        'mac-itunes': {
          where: 'iTunes > [botón del {device}] > Resumen > Realizar copia de seguridad ahora',
        },
        windows: {
          where:
            'Dispositivos Apple > [{device}] > General > Realizar copia de seguridad ahora (iTunes: [botón del {device}] > Resumen > Realizar copia de seguridad ahora)',
        },
      },
    },
  },

  unsure: [
    {
      label: 'Ajustes',
      note: 'The Settings app as Spain’s iOS names it; Latin American Spanish iOS calls it “Configuración”. The macOS app “Ajustes del Sistema” is likewise “Configuración del Sistema” there.',
    },
    {
      label: 'Copia en iCloud',
      note: 'The iCloud Backup row in Spain’s iOS, recalled rather than checked; Latin American iOS says “Respaldo en iCloud”.',
    },
    {
      label: 'Copia de seguridad de este {device}',
      note: 'The iOS 16+ switch (“Back Up This iPhone”): Spain’s wording not confirmed; Latin American iOS says “Respaldar este iPhone”.',
    },
    {
      label: 'Realizar copia de seguridad ahora',
      note: 'Back Up Now in iOS, Finder, iTunes and Apple Devices: not confirmed for current versions (may be shorter, e.g. “Realizar copia ahora”); Latin American software says “Respaldar ahora”.',
    },
    {
      label: 'Copia con datos móviles',
      note: 'Back Up Over Cellular (iOS 15+, 5G models): Spanish label not known; a best guess.',
    },
    {
      label: 'Gestionar almacenamiento de la cuenta',
      note: 'Manage Account Storage (iOS 16+): not confirmed; Latin American iOS uses “Administrar” instead of “Gestionar” throughout (also in “Gestionar almacenamiento” and Finder’s “Gestionar copias de seguridad”).',
    },
    {
      label: 'Copias de seguridad',
      note: 'The Backups list in iCloud storage; Latin American iOS may say “Respaldos”.',
    },
    {
      label: 'el tamaño de la siguiente copia',
      note: 'Next Backup Size is written descriptively because the exact Spanish label (“Tamaño de la siguiente copia”?) is not confirmed.',
    },
    {
      label: 'Preparar para el nuevo {device}',
      note: 'Prepare for New iPhone: exact Spanish wording not confirmed.',
    },
    {
      label: 'Transferir o restablecer el {device}',
      note: 'Transfer or Reset iPhone: not sure whether Spanish iOS includes the article “el”.',
    },
    {
      label: 'Restablecer ajustes de red',
      note: 'Spain’s iOS label; Latin American iOS says “Restablecer configuración de red”.',
    },
    {
      label: 'Restablecer localización y privacidad',
      note: 'Spain’s iOS label; Latin American iOS says “Restablecer ubicación y privacidad”.',
    },
    {
      label: 'Tiempo de uso',
      note: 'Screen Time in Spain’s iOS; Latin American iOS says “Tiempo en pantalla”.',
    },
    {
      label: 'Cambios de cuenta',
      note: 'Account Changes under Content & Privacy Restrictions: exact Spanish wording not confirmed.',
    },
    {
      label: 'VPN y gestión de dispositivos',
      note: 'VPN & Device Management in Spain’s iOS; Latin American iOS likely “VPN y administración de dispositivos”. The older “Perfiles y gestión de dispositivos” likewise.',
    },
    {
      label: 'desactivar Buscar',
      note: 'Find My is “Buscar” in Spain’s iOS and “Encontrar” in Latin American iOS (older: “Buscar mi iPhone” / “Encontrar mi iPhone”).',
    },
    {
      label: 'Cuenta de Apple',
      note: 'Apple Account’s Spanish name since 2024, believed to be “Cuenta de Apple”; not confirmed.',
    },
    {
      label: '¿Confiar en este ordenador?',
      note: 'The Trust This Computer alert in Spain’s iOS; Latin American iOS says “¿Confiar en esta computadora?”.',
    },
    {
      label: 'Encriptar copia de seguridad local',
      note: 'Encrypt local backup in Finder, iTunes and Apple Devices: Spain’s wording recalled, not confirmed; Latin American software may say “Encriptar respaldo local”.',
    },
    {
      label: 'Eliminar copia de seguridad',
      note: 'Delete Backup in Manage Backups: Spanish wording not confirmed.',
    },
    {
      label: 'Acerca de este Mac',
      note: 'About This Mac in Spain’s macOS; Latin American macOS says “Acerca de esta Mac”.',
    },
    {
      label: 'Inicio > Inicio/apagado > Reiniciar',
      note: 'The Windows Start menu’s power button label in Spanish Windows is not confirmed.',
    },
    {
      label: 'Copia de seguridad de iCloud y Cuenta e inicio de sesión de iCloud',
      note: 'Service names on Apple’s Spanish System Status page (iCloud Backup, iCloud Account & Sign In): not confirmed.',
    },
    {
      label: 'Obtener actualizaciones',
      note: 'Microsoft Store’s Get updates button in Spanish: not confirmed.',
    },
  ],
};
