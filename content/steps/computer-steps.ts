import type { Source, StepDef } from './types';

/** Sources of the computer variants: Finder from macOS 10.15, iTunes before, Windows 10 and 11. */
const FINDER: Source = { apple: ['108796'], macos: { from: 10.15 } };
const ITUNES: Source = { apple: ['108796'], macos: { below: 10.15 } };
const WINDOWS: Source = { apple: ['108967'], windows: [10, 11] };
const ANY_COMPUTER: Source['apple'] = ['108796', '108967'];

/**
 * Where each app lists its backups (Manage Backups), and the folder that holds them. A backup
 * folder may be copied elsewhere but never moved, renamed or edited: a moved backup doesn't
 * restore until it is back in this folder.
 */
const BACKUP_LIST = {
  any: 'The list of backups in Finder (Mac) or Apple Devices or iTunes (Windows)',
  finder:
    'Finder > [{device}] in the sidebar > General > Manage Backups (folder: ~/Library/Application Support/MobileSync/Backup/)',
  itunes:
    'iTunes > Preferences > Devices (folder: ~/Library/Application Support/MobileSync/Backup/)',
  windows:
    'Apple Devices > [{device}] > General > Manage Backups, or iTunes > Edit > Preferences > Devices (folder: %USERPROFILE%\\Apple\\MobileSync\\Backup\\ for Apple Devices or iTunes from the Microsoft Store, %APPDATA%\\Apple Computer\\MobileSync\\Backup\\ for iTunes from Apple’s website)',
} as const;

/** Steps done in the list of backups: each computer's place, checked against Apple's 108809. */
const IN_BACKUP_LIST: StepDef['computer'] = {
  'mac-finder': { where: BACKUP_LIST.finder, source: { ...FINDER, apple: ['108809'] } },
  'mac-itunes': { where: BACKUP_LIST.itunes, source: { ...ITUNES, apple: ['108809'] } },
  windows: { where: BACKUP_LIST.windows, source: { ...WINDOWS, apple: ['108809'] } },
};

/** Said wherever a backup may be kept before it is deleted. */
const COPY_NEVER_MOVE =
  'Copy, never move: a copy restores only once it is copied back, unchanged, to the backup folder.';

/**
 * Steps for a backup to a computer. The base text is for a computer we can't tell (or one that
 * can't back up an iPhone); the variants name the app: Finder (macOS 10.15 or later), iTunes
 * (macOS 10.14 or earlier), Apple Devices or iTunes (Windows).
 */
export const COMPUTER_STEPS: StepDef[] = [
  {
    id: 'connection-unlock-trust',
    title: 'Unlock the {device} and trust the computer',
    instructions: [
      'Connect the {device}, unlock it, and stay on the Home Screen.',
      'When “Trust This Computer?” appears, tap Trust and enter your passcode.',
      'If the computer asks too, click Trust (Finder, Apple Devices) or Continue (iTunes).',
    ],
    where: 'On the {device}: the “Trust This Computer?” alert; then on the computer',
    check: 'The {device} appears in Finder (Mac) or in Apple Devices or iTunes (Windows).',
    source: { apple: ['109054'], ios: {} },
    computer: {
      'mac-finder': {
        instructions: [
          'Connect the {device}, unlock it, and stay on the Home Screen.',
          'When “Trust This Computer?” appears, tap Trust and enter your passcode.',
          'If Finder asks whether to trust the {device}, click Trust.',
        ],
        check: 'The {device} appears in the Finder sidebar under Locations.',
        source: { ...FINDER, apple: ['109054', '108796'] },
      },
      'mac-itunes': {
        instructions: [
          'Connect the {device}, unlock it, and stay on the Home Screen.',
          'When “Trust This Computer?” appears, tap Trust and enter your passcode.',
          'If iTunes asks whether to allow this computer to access the {device}, click Continue.',
        ],
        check: 'The {device}’s button appears near the top left of iTunes.',
        source: { ...ITUNES, apple: ['109054', '108796'] },
      },
      windows: {
        instructions: [
          'Connect the {device}, unlock it, and stay on the Home Screen.',
          'When “Trust This Computer?” appears, tap Trust and enter your passcode.',
          'If Apple Devices asks too, click Trust; if iTunes asks whether to allow access, click Continue.',
        ],
        check: 'The {device} appears in the Apple Devices sidebar, or as a button in iTunes.',
        source: { ...WINDOWS, apple: ['109054', '108967'] },
      },
    },
  },
  {
    id: 'connection-cable-port',
    title: 'Try another cable and USB port',
    instructions: [
      'Plug the cable straight into the computer, not into a hub or keyboard.',
      'Try another USB port, and another Apple or certified cable if you have one.',
    ],
    where: 'The cable and the computer’s USB ports',
    check: 'The {device} stays connected for the whole backup.',
    source: { apple: ANY_COMPUTER, ios: {} },
    // The same words everywhere; the variants only point at each computer's own article.
    computer: {
      'mac-finder': { source: FINDER },
      'mac-itunes': { source: ITUNES },
      windows: { source: WINDOWS },
    },
  },
  {
    id: 'restart-computer',
    title: 'Restart the computer',
    instructions: ['Save your work, restart the computer, and connect the {device} again.'],
    where: 'The computer’s restart command',
    check: 'After the restart the {device} connects and the backup starts.',
    source: { apple: ANY_COMPUTER, ios: {} },
    computer: {
      'mac-finder': { where: 'Apple menu > Restart', source: FINDER },
      'mac-itunes': { where: 'Apple menu > Restart', source: ITUNES },
      windows: { where: 'Start > Power > Restart', source: WINDOWS },
    },
  },
  {
    id: 'update-computer',
    title: 'Update the computer and its backup app',
    instructions: [
      'Install the latest updates for the computer and for the app that backs up the {device}.',
    ],
    where: 'The computer’s software update settings',
    check: 'No updates are waiting, and the app sees the {device}.',
    source: { apple: ANY_COMPUTER, ios: {} },
    computer: {
      'mac-finder': {
        instructions: ['Install any macOS update shown. Finder is updated with macOS.'],
        where:
          'Apple menu > System Settings > General > Software Update (macOS 12 or earlier: System Preferences > Software Update)',
        source: FINDER,
      },
      'mac-itunes': {
        instructions: ['Install any macOS and iTunes updates shown.'],
        where:
          'Apple menu > System Preferences > Software Update (macOS 10.13 or earlier: App Store > Updates)',
        source: ITUNES,
      },
      windows: {
        instructions: [
          'Run Windows Update and install what it offers.',
          'Update Apple Devices (or iTunes from the Microsoft Store) in the Microsoft Store’s Library with Get updates. iTunes from Apple’s website updates through Help > Check for Updates.',
        ],
        where:
          'Windows 11: Start > Settings > Windows Update; Windows 10: Start > Settings > Update & Security > Windows Update',
        source: WINDOWS,
      },
    },
  },
  {
    id: 'computer-free-space',
    title: 'Free up space on the computer',
    instructions: [
      'A backup to the computer needs about as much free space as the {device} uses.',
      'Empty the Trash or Recycle Bin, and put large videos or downloads of your own on another drive.',
    ],
    where: 'The computer’s storage settings',
    check: 'Free space on the computer is larger than the space used on the {device}.',
    source: { apple: ANY_COMPUTER, ios: {} },
    computer: {
      'mac-finder': {
        where:
          'Apple menu > System Settings > General > Storage (macOS 12 or earlier: Apple menu > About This Mac > Storage)',
        source: FINDER,
      },
      'mac-itunes': { where: 'Apple menu > About This Mac > Storage', source: ITUNES },
      windows: { where: 'Start > Settings > System > Storage', source: WINDOWS },
    },
  },
  {
    id: 'computer-remove-old-backups',
    title: 'Delete old backups you no longer need',
    instructions: [
      'Open the list of backups and find those of devices you no longer use.',
      'To keep one, first copy its whole folder to another drive and leave the copy as it is.',
      'Then select the backup and click Delete Backup.',
    ],
    where: BACKUP_LIST.any,
    check:
      'The main drive has more free space, and any backup you keep is copied to another drive.',
    caution: `A deleted backup can’t be brought back. Delete only backups you will never restore from, unless you copied them first. ${COPY_NEVER_MOVE}`,
    risk: 'deletes',
    source: { apple: ['108809', '108796', '108967'], ios: {} },
    computer: IN_BACKUP_LIST,
  },
  {
    id: 'security-software-check',
    title: 'Check security software on the computer',
    instructions: [
      'Update your antivirus or firewall app, or pause it while you back up.',
      'If it has a list of blocked apps or devices, allow Apple’s backup app.',
    ],
    where: 'Your antivirus or firewall app’s settings',
    check: 'The backup completes while the security app is updated or paused.',
    caution: 'Turn the protection back on as soon as the backup has finished.',
    source: { apple: ANY_COMPUTER, ios: {} },
    computer: {
      'mac-finder': {
        where: 'Your security app’s settings (Finder needs to reach the {device} over USB)',
        source: FINDER,
      },
      'mac-itunes': {
        where: 'Your security app’s settings (iTunes needs to reach the {device} over USB)',
        source: ITUNES,
      },
      windows: {
        where:
          'Windows 11: Start > Settings > Privacy & security > Windows Security; Windows 10: Start > Settings > Update & Security > Windows Security; and any other antivirus app (allow Apple Devices or iTunes)',
        source: WINDOWS,
      },
    },
  },
  {
    id: 'encrypt-local-backup',
    title: 'Make an encrypted backup on the computer',
    instructions: [
      'Select the {device} in the app that backs it up and turn on Encrypt local backup.',
      'Choose a password you will keep, then click Back Up Now and wait until it finishes.',
      'Only an encrypted backup keeps saved passwords, Wi-Fi settings, Health and call history.',
    ],
    where: 'Finder (Mac) or Apple Devices or iTunes (Windows)',
    check: 'The backup shows the current time, with a lock beside it in the list of backups.',
    caution: 'Without its password an encrypted backup can’t be used: write the password down.',
    source: { apple: ['108353', '108796', '108967'], ios: {} },
    computer: {
      'mac-finder': {
        where: 'Finder > [{device}] in the sidebar > General > Encrypt local backup',
        source: { ...FINDER, apple: ['108353', '108796'] },
      },
      'mac-itunes': {
        where: 'iTunes > [{device} button] > Summary > Encrypt local backup',
        source: { ...ITUNES, apple: ['108353', '108796'] },
      },
      windows: {
        where:
          'Apple Devices > [{device}] > General > Encrypt local backup (iTunes: [{device} button] > Summary)',
        source: { ...WINDOWS, apple: ['108353', '108967'] },
      },
    },
  },
  {
    id: 'computer-replace-damaged-backup',
    title: 'Replace the damaged backup with a new one',
    instructions: [
      'Quit the backup app. If you may still need the damaged backup, copy its whole folder to another drive and leave the copy as it is.',
      'Open the list of backups, select this {device}’s backup and click Delete Backup.',
      'Back up again; a new, complete backup is made.',
    ],
    where: BACKUP_LIST.any,
    check: 'A new backup completes and the list of backups shows it with today’s date.',
    caution: `Deleting a backup can’t be undone: never delete one you may still need to restore from without copying it first. ${COPY_NEVER_MOVE}`,
    risk: 'deletes',
    source: { apple: ['108809', '108796', '108967'], ios: {} },
    computer: IN_BACKUP_LIST,
  },
  {
    id: 'reset-trust-settings',
    title: 'Reset the {device}’s trust settings',
    instructions: [
      'Choose Reset, then Reset Location & Privacy, and enter your passcode.',
      'Connect to the computer again and tap Trust when asked.',
    ],
    where: 'Settings > General > Transfer or Reset {device} > Reset > Reset Location & Privacy',
    check: 'The “Trust This Computer?” alert appears and the computer sees the {device}.',
    caution:
      'Apps will ask again for permission to use your location, camera and other data, and every computer must be trusted again.',
    risk: 'resets',
    source: { apple: ['109054'], ios: { from: 15 } },
    ios: [
      {
        where: 'Settings > General > Reset > Reset Location & Privacy',
        source: { apple: ['109054'], ios: { below: 15 } },
      },
    ],
  },
  {
    id: 'computer-back-up-now',
    title: 'Back up to the computer now',
    instructions: [
      'Select the {device} in the app that backs it up and choose to back up all its data to this computer.',
      'Turn on Encrypt local backup (and keep its password): only then does the backup hold saved passwords, Wi-Fi settings, Health and call history.',
      'Click Back Up Now and keep the {device} connected and unlocked until it finishes.',
    ],
    where: 'Finder (Mac) or Apple Devices or iTunes (Windows)',
    check: 'The latest backup to this computer shows the current time.',
    source: { apple: ['108796', '108967', '108353'], ios: {} },
    computer: {
      'mac-finder': {
        where: 'Finder > [{device}] in the sidebar > General > Back Up Now',
        source: { ...FINDER, apple: ['108796', '108353'] },
      },
      'mac-itunes': {
        where: 'iTunes > [{device} button] > Summary > Back Up Now',
        source: { ...ITUNES, apple: ['108796', '108353'] },
      },
      windows: {
        where:
          'Apple Devices > [{device}] > General > Back Up Now (iTunes: [{device} button] > Summary > Back Up Now)',
        source: { ...WINDOWS, apple: ['108967', '108353'] },
      },
    },
  },
];
