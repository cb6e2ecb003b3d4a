import { LINKS } from './links';
import type { StepDef } from './types';

/**
 * Steps for a backup to a computer. The base text is for a computer we can't tell (or one that
 * can't back up an {device}); the variants name the app: Finder (macOS 10.15 or later), iTunes
 * (macOS 10.14 or earlier), Apple Devices or iTunes (Windows).
 */
export const COMPUTER_STEPS: StepDef[] = [
  {
    id: 'connection-unlock-trust',
    title: 'Unlock the {device} and trust the computer',
    instructions: [
      'Connect the {device}, unlock it, and stay on the Home Screen.',
      'When “Trust This Computer?” appears, tap Trust and enter your passcode.',
    ],
    where: 'On the {device}: the “Trust This Computer?” alert',
    check: 'The {device} appears in Finder (Mac) or in Apple Devices or iTunes (Windows).',
    link: LINKS.trustComputer,
    computer: {
      'mac-finder': { check: 'The {device} appears in the Finder sidebar under Locations.' },
      'mac-itunes': { check: 'The {device}’s button appears near the top left of iTunes.' },
      windows: {
        check: 'The {device} appears in the Apple Devices sidebar, or as a button in iTunes.',
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
  },
  {
    id: 'restart-computer',
    title: 'Restart the computer',
    instructions: ['Save your work, restart the computer, and connect the {device} again.'],
    where: 'The computer’s restart command',
    check: 'After the restart the {device} connects and the backup starts.',
    computer: {
      'mac-finder': { where: 'Apple menu > Restart' },
      'mac-itunes': { where: 'Apple menu > Restart' },
      windows: { where: 'Start > Power > Restart' },
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
    computer: {
      'mac-finder': {
        instructions: ['Install any macOS update shown. Finder is updated with macOS.'],
        where:
          'Apple menu > System Settings > General > Software Update (macOS 12 or earlier: System Preferences > Software Update)',
      },
      'mac-itunes': {
        instructions: ['Install any macOS and iTunes updates shown.'],
        where:
          'Apple menu > System Preferences > Software Update (macOS 10.13 or earlier: App Store > Updates)',
      },
      windows: {
        instructions: [
          'Run Windows Update and install what it offers.',
          'Update Apple Devices (or iTunes from the Microsoft Store) in Microsoft Store > Library > Get updates. iTunes from Apple’s website updates through Help > Check for Updates.',
        ],
        where: 'Start > Settings > Windows Update, and Microsoft Store > Library',
      },
    },
  },
  {
    id: 'computer-free-space',
    title: 'Free up space on the computer',
    instructions: [
      'A local backup needs roughly as much free space as the {device} uses (see Settings > General > {device} Storage).',
      'Empty the Trash or Recycle Bin and move large files to another drive.',
    ],
    where: 'The computer’s storage settings',
    check: 'Free space on the computer is larger than the space used on the {device}.',
    computer: {
      'mac-finder': {
        where:
          'Apple menu > System Settings > General > Storage (macOS 12 or earlier: Apple menu > About This Mac > Storage)',
      },
      'mac-itunes': { where: 'Apple menu > About This Mac > Storage' },
      windows: { where: 'Start > Settings > System > Storage' },
    },
  },
  {
    id: 'computer-move-old-backups',
    title: 'Move old backups off the computer’s main drive',
    instructions: [
      'Open the list of backups and note the ones of devices you no longer use.',
      'Move their folders to an external drive instead of deleting them.',
    ],
    where: 'The backup folder on the computer',
    check: 'The main drive has more free space and the old backups are safe on the other drive.',
    caution:
      'Only remove a backup from the computer when you are sure you will never restore from it. Moving it to another drive keeps it.',
    link: LINKS.locateBackups,
    computer: {
      'mac-finder': {
        where:
          '~/Library/Application Support/MobileSync/Backup/ (Finder > [{device}] > General > Manage Backups > Show in Finder)',
      },
      'mac-itunes': {
        where: '~/Library/Application Support/MobileSync/Backup/ (iTunes > Preferences > Devices)',
      },
      windows: {
        where:
          '%USERPROFILE%\\Apple\\MobileSync\\Backup\\ (Apple Devices or iTunes from the Microsoft Store) or %APPDATA%\\Apple Computer\\MobileSync\\Backup\\ (iTunes from Apple’s website)',
      },
    },
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
    computer: {
      'mac-finder': {
        where: 'Your security app’s settings (Finder needs to reach the {device} over USB)',
      },
      'mac-itunes': {
        where: 'Your security app’s settings (iTunes needs to reach the {device} over USB)',
      },
      windows: {
        where:
          'Start > Settings > Privacy & security > Windows Security, and any other antivirus app (allow Apple Devices or iTunes)',
      },
    },
  },
  {
    id: 'computer-move-damaged-backup',
    title: 'Move the damaged backup aside and make a new one',
    instructions: [
      'Quit the backup app and find this {device}’s backup folder.',
      'Move that folder to the Desktop or another drive (don’t delete it), then back up again.',
    ],
    where: 'The backup folder on the computer',
    check: 'A new backup completes and the list of backups shows it with today’s date.',
    caution:
      'Keep the moved folder until the new backup has finished and you are sure you won’t need the old one to restore. Never delete a backup you may need.',
    link: LINKS.locateBackups,
    computer: {
      'mac-finder': {
        where:
          '~/Library/Application Support/MobileSync/Backup/ (Finder > [{device}] > General > Manage Backups > Show in Finder)',
      },
      'mac-itunes': {
        where: '~/Library/Application Support/MobileSync/Backup/ (iTunes > Preferences > Devices)',
      },
      windows: {
        where:
          '%USERPROFILE%\\Apple\\MobileSync\\Backup\\ (Apple Devices or iTunes from the Microsoft Store) or %APPDATA%\\Apple Computer\\MobileSync\\Backup\\ (iTunes from Apple’s website)',
      },
    },
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
    caution: 'Apps will ask again for permission to use your location, camera and other data.',
    link: LINKS.trustComputer,
    ios: {
      '11-14': { where: 'Settings > General > Reset > Reset Location & Privacy' },
      '10-': { where: 'Settings > General > Reset > Reset Location & Privacy' },
    },
  },
  {
    id: 'computer-back-up-now',
    title: 'Back up to the computer now',
    instructions: [
      'Select the {device} in the app that backs it up and choose to back up all its data to this computer.',
      'Click Back Up Now and keep the {device} connected and unlocked until it finishes.',
    ],
    where: 'Finder (Mac) or Apple Devices or iTunes (Windows)',
    check: 'The latest backup to this computer shows the current time.',
    computer: {
      'mac-finder': {
        where: 'Finder > [{device}] in the sidebar > General > Back Up Now',
        link: LINKS.backUpWithMac,
      },
      'mac-itunes': {
        where: 'iTunes > [{device} button] > Summary > Back Up Now',
        link: LINKS.backUpWithMac,
      },
      windows: {
        where:
          'Apple Devices > [{device}] > General > Back Up Now (iTunes: [{device} button] > Summary > Back Up Now)',
        link: LINKS.backUpWithWindows,
      },
    },
  },
];
