import { LINKS } from './links';
import type { StepDef } from './types';

/** Steps for a backup to iCloud. */
export const ICLOUD_STEPS: StepDef[] = [
  {
    id: 'icloud-turn-on-backup',
    title: 'Turn on iCloud Backup',
    instructions: [
      'Turn on Back Up This {device}.',
      'If the switch is greyed out, a restore may still be running (a progress bar shows under it): let it finish first.',
    ],
    where: 'Settings > [your name] > iCloud > iCloud Backup',
    check: 'The switch is on and Back Up Now appears below it.',
    link: LINKS.backUpWithIcloud,
    ios: {
      '11-14': {
        instructions: [
          'Turn on iCloud Backup.',
          'If the switch is greyed out, a restore may still be running: let it finish first.',
        ],
      },
      '10-': {
        where: 'Settings > iCloud > Backup',
        instructions: [
          'Turn on iCloud Backup.',
          'If the switch is greyed out, a restore may still be running: let it finish first.',
        ],
      },
    },
  },
  {
    id: 'icloud-backup-conditions',
    title: 'Give the automatic backup what it needs',
    instructions: [
      'The daily iCloud backup only runs while the {device} is connected to power, on Wi-Fi, and locked.',
      'Plug it in overnight on Wi-Fi and leave the screen locked.',
    ],
    where: 'Settings > [your name] > iCloud > iCloud Backup',
    check: 'The next morning the last successful backup shows last night’s time.',
    link: LINKS.backUpWithIcloud,
    ios: {
      '10-': { where: 'Settings > iCloud > Backup' },
    },
  },
  {
    id: 'network-wifi-check',
    title: 'Use a Wi-Fi network that works',
    instructions: [
      'Join a Wi-Fi network you trust and open a website in Safari to check it loads.',
      'Avoid networks with a sign-in page (hotels, trains) and turn off any VPN while backing up.',
      'On a {device} with 5G you can instead turn on Back Up Over Cellular in the iCloud Backup settings.',
    ],
    where: 'Settings > Wi-Fi',
    check: 'A website loads in Safari on the same network.',
    link: LINKS.cantBackUpIcloud,
    ios: {
      '11-14': {
        instructions: [
          'Join a Wi-Fi network you trust and open a website in Safari to check it loads.',
          'Avoid networks with a sign-in page (hotels, trains) and turn off any VPN while backing up.',
        ],
      },
      '10-': {
        instructions: [
          'Join a Wi-Fi network you trust and open a website in Safari to check it loads.',
          'Avoid networks with a sign-in page (hotels, trains) and turn off any VPN while backing up.',
        ],
      },
    },
  },
  {
    id: 'icloud-check-backup-size',
    title: 'Compare the next backup’s size with your free iCloud space',
    instructions: [
      'Open Backups and tap this {device}.',
      'Wait for Next Backup Size to appear and compare it with the free space shown at the top of iCloud.',
    ],
    where: 'Settings > [your name] > iCloud > Manage Account Storage > Backups',
    check: 'You know how much space is missing (or that there is enough).',
    link: LINKS.manageIcloudStorage,
    ios: {
      '11-14': { where: 'Settings > [your name] > iCloud > Manage Storage > Backups' },
      '10-': { where: 'Settings > iCloud > Storage > Manage Storage' },
    },
  },
  {
    id: 'icloud-trim-backup',
    title: 'Leave large apps out of the backup',
    instructions: [
      'In this {device}’s backup settings, turn off apps whose data you don’t need in the backup (for example apps that keep their data online anyway).',
      'Turn off Photos here if you use iCloud Photos: those photos are already in iCloud.',
    ],
    where: 'Settings > [your name] > iCloud > Manage Account Storage > Backups > [this {device}]',
    check: 'Next Backup Size is now smaller than your free iCloud space.',
    caution:
      'Turning an app off removes that app’s data from the iCloud backup. The data stays on the {device}.',
    link: LINKS.manageIcloudStorage,
    ios: {
      '11-14': {
        where: 'Settings > [your name] > iCloud > Manage Storage > Backups > [this {device}]',
      },
      '10-': { where: 'Settings > iCloud > Storage > Manage Storage > [this {device}]' },
    },
  },
  {
    id: 'icloud-free-space',
    title: 'Make room in iCloud',
    instructions: [
      'See what uses your iCloud storage and remove what you no longer need: large files in iCloud Drive, old Mail attachments, or photos you have saved elsewhere.',
      'Backups of devices you no longer own also use space. Only remove one when you are sure you will never restore from it.',
    ],
    where: 'Settings > [your name] > iCloud > Manage Account Storage',
    check: 'The free space at the top of iCloud is larger than the Next Backup Size.',
    caution:
      'Removing a backup can’t be undone. Never remove the backup of a device you may still need to restore.',
    link: LINKS.manageIcloudStorage,
    ios: {
      '11-14': { where: 'Settings > [your name] > iCloud > Manage Storage' },
      '10-': { where: 'Settings > iCloud > Storage > Manage Storage' },
    },
  },
  {
    id: 'icloud-upgrade-storage',
    title: 'Get more iCloud storage',
    instructions: [
      'Choose a bigger iCloud+ plan if making room is not enough (the free plan has 5 GB).',
      'Getting a new {device}? Prepare for New {device} (in Transfer or Reset {device}) lends you temporary iCloud storage for 21 days.',
    ],
    where: 'Settings > [your name] > iCloud > Manage Account Storage > Change Storage Plan',
    check: 'The total at the top of iCloud shows the new plan.',
    link: LINKS.manageIcloudStorage,
    ios: {
      '11-14': {
        where: 'Settings > [your name] > iCloud > Manage Storage > Change Storage Plan',
        instructions: [
          'Choose a bigger iCloud storage plan if making room is not enough (the free plan has 5 GB).',
        ],
      },
      '10-': {
        where: 'Settings > iCloud > Storage > Change Storage Plan',
        instructions: [
          'Choose a bigger iCloud storage plan if making room is not enough (the free plan has 5 GB).',
        ],
      },
    },
  },
  {
    id: 'icloud-replace-damaged-backup',
    title: 'Replace a damaged iCloud backup with a fresh one',
    instructions: [
      'First make a backup of the {device} to a computer, so you always have one.',
      'Then open Backups, tap this {device}, and remove its iCloud backup.',
      'Back up to iCloud again; a new, complete backup is made.',
    ],
    where: 'Settings > [your name] > iCloud > Manage Account Storage > Backups > [this {device}]',
    check: 'The new iCloud backup completes and shows today’s date.',
    caution:
      'Removing the iCloud backup can’t be undone. Do it only after a computer backup of this {device} has finished, and never if you may still need that iCloud backup to restore.',
    link: LINKS.cantBackUpIcloud,
    ios: {
      '11-14': {
        where: 'Settings > [your name] > iCloud > Manage Storage > Backups > [this {device}]',
      },
      '10-': { where: 'Settings > iCloud > Storage > Manage Storage > [this {device}]' },
    },
  },
  {
    id: 'icloud-back-up-now',
    title: 'Back up to iCloud now',
    instructions: [
      'Stay on Wi-Fi, tap Back Up Now, and keep the {device} connected until it finishes.',
    ],
    where: 'Settings > [your name] > iCloud > iCloud Backup > Back Up Now',
    check: 'Below the button, the last successful backup shows the current time.',
    link: LINKS.backUpWithIcloud,
    ios: {
      '10-': { where: 'Settings > iCloud > Backup > Back Up Now' },
    },
  },
];
