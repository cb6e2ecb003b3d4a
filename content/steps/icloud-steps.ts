import type { StepDef } from './types';

/**
 * Where iCloud's storage list is: Manage Account Storage from iOS 16, Manage Storage from iOS 11,
 * iCloud Storage > Manage Storage on iOS 10.3, Settings > iCloud > Storage before it.
 */
const STORAGE_16 = 'Settings > [your name] > iCloud > Manage Account Storage';
const STORAGE_11 = 'Settings > [your name] > iCloud > Manage Storage';
const STORAGE_10_3 = 'Settings > [your name] > iCloud > iCloud Storage > Manage Storage';
const STORAGE_10_2 = 'Settings > iCloud > Storage > Manage Storage';

/** The backup switch: under [your name] from iOS 10.3, under Settings > iCloud before. */
const BACKUP = 'Settings > [your name] > iCloud > iCloud Backup';
const BACKUP_10_2 = 'Settings > iCloud > Backup';

/** Before iOS 16 the switch itself is called iCloud Backup. */
const TURN_ON_OLD = [
  'Turn on iCloud Backup.',
  'If the switch is greyed out, a restore may still be running: let it finish first.',
];

/** Before iOS 11 the backups are listed in Manage Storage itself. */
const SIZE_OLD = [
  'Under Backups, tap this {device}.',
  'Wait for Next Backup Size to appear and compare it with the space available in iCloud.',
];

/** Before iOS 15: no iCloud+, and no temporary storage for a new device. */
const UPGRADE_BEFORE_15 = [
  'If leaving apps out is not enough, choose a bigger iCloud storage plan (the free plan has 5 GB). It keeps everything you have.',
];

/** Steps for a backup to iCloud. */
export const ICLOUD_STEPS: StepDef[] = [
  {
    id: 'icloud-turn-on-backup',
    title: 'Turn on iCloud Backup',
    instructions: [
      'Turn on Back Up This {device}.',
      'If the switch is greyed out, a restore may still be running (a progress bar shows under it): let it finish first.',
    ],
    where: BACKUP,
    check: 'The switch is on and Back Up Now appears below it.',
    source: { apple: ['108366'], ios: { from: 16 } },
    ios: [
      {
        instructions: TURN_ON_OLD,
        source: { apple: ['108366'], ios: { from: 10.3, below: 16 } },
      },
      {
        instructions: TURN_ON_OLD,
        where: BACKUP_10_2,
        source: { apple: ['108366'], ios: { below: 10.3 } },
      },
    ],
  },
  {
    id: 'icloud-backup-conditions',
    title: 'Give the automatic backup what it needs',
    instructions: [
      'The daily iCloud backup only runs while the {device} is connected to power, on Wi-Fi, and locked.',
      'Plug it in overnight on Wi-Fi and leave the screen locked.',
    ],
    where: BACKUP,
    check: 'The next morning the last successful backup shows last night’s time.',
    source: { apple: ['108366'], ios: { from: 10.3 } },
    ios: [{ where: BACKUP_10_2, source: { apple: ['108366'], ios: { below: 10.3 } } }],
  },
  {
    id: 'network-wifi-check',
    title: 'Use a Wi-Fi network that works',
    instructions: [
      'Join a Wi-Fi network you trust and open a website in Safari to check it loads.',
      'Avoid networks with a sign-in page (hotels, trains) and turn off any VPN while backing up.',
      'If your {device} has 5G, Back Up Over Cellular (in the iCloud Backup settings) backs up without Wi-Fi where your carrier allows it. It uses mobile data.',
    ],
    where: 'Settings > Wi-Fi',
    check: 'A website loads in Safari on the same network.',
    source: { apple: ['102563', '108366'], ios: { from: 15 } },
    ios: [
      {
        // Backing up over 5G arrived in iOS 15: before it, iCloud backs up on Wi-Fi only.
        instructions: [
          'Join a Wi-Fi network you trust and open a website in Safari to check it loads.',
          'Avoid networks with a sign-in page (hotels, trains) and turn off any VPN while backing up.',
        ],
        source: { apple: ['102563'], ios: { below: 15 } },
      },
    ],
  },
  {
    id: 'icloud-check-backup-size',
    title: 'Compare the next backup’s size with your free iCloud space',
    instructions: [
      'Open Backups and tap this {device}.',
      'Wait for Next Backup Size to appear and compare it with the free space shown at the top of iCloud.',
    ],
    where: `${STORAGE_16} > Backups`,
    check: 'You know how much space is missing (or that there is enough).',
    source: { apple: ['108922'], ios: { from: 16 } },
    ios: [
      {
        where: `${STORAGE_11} > Backups`,
        source: { apple: ['108922'], ios: { from: 11, below: 16 } },
      },
      {
        instructions: SIZE_OLD,
        where: STORAGE_10_3,
        source: { apple: ['108922'], ios: { from: 10.3, below: 11 } },
      },
      {
        instructions: SIZE_OLD,
        where: STORAGE_10_2,
        source: { apple: ['108922'], ios: { below: 10.3 } },
      },
    ],
  },
  {
    id: 'icloud-trim-backup',
    title: 'Leave large apps out of the backup',
    instructions: [
      'In this {device}’s backup, turn off apps whose data you don’t need backed up (for example apps that keep their data online anyway).',
      'What iCloud already keeps, such as iCloud Photos, iCloud Drive and Mail, is never in a backup: turning it off here saves nothing.',
    ],
    where: `${STORAGE_16} > Backups > [this {device}]`,
    check: 'Next Backup Size is now smaller than your free iCloud space.',
    // Not a risky step: the app's data stays on the device and is backed up again when its
    // switch is turned back on, so nothing is lost that the device doesn't still hold.
    caution:
      'Turning an app off deletes that app’s data from the iCloud backup. The data stays on the {device}, and is backed up again if you turn the app back on.',
    source: { apple: ['108922', '108770'], ios: { from: 16 } },
    ios: [
      {
        where: `${STORAGE_11} > Backups > [this {device}]`,
        source: { apple: ['108922', '108770'], ios: { from: 11, below: 16 } },
      },
      {
        where: `${STORAGE_10_3} > [this {device}]`,
        source: { apple: ['108922', '108770'], ios: { from: 10.3, below: 11 } },
      },
      {
        where: `${STORAGE_10_2} > [this {device}]`,
        source: { apple: ['108922', '108770'], ios: { below: 10.3 } },
      },
    ],
  },
  {
    id: 'icloud-upgrade-storage',
    title: 'Get more iCloud storage',
    instructions: [
      'If leaving apps out is not enough, choose a bigger iCloud+ plan (the free plan has 5 GB). It keeps everything you have.',
      'Getting a new {device}? Prepare for New {device} (in Transfer or Reset {device}) lends you free iCloud storage for a full backup, kept for 21 days.',
    ],
    where: `${STORAGE_16} > Change Storage Plan`,
    check: 'The total at the top of iCloud shows the new plan.',
    source: { apple: ['108922', '104980'], ios: { from: 16 } },
    ios: [
      {
        // iCloud+ and Prepare for New iPhone arrived in iOS 15.
        where: 'Settings > [your name] > iCloud > Manage Storage > Change Storage Plan',
        source: { apple: ['108922', '104980'], ios: { from: 15, below: 16 } },
      },
      {
        instructions: UPGRADE_BEFORE_15,
        where: 'Settings > [your name] > iCloud > Manage Storage > Change Storage Plan',
        source: { apple: ['108922'], ios: { from: 11, below: 15 } },
      },
      {
        instructions: UPGRADE_BEFORE_15,
        where: 'Settings > [your name] > iCloud > iCloud Storage > Change Storage Plan',
        source: { apple: ['108922'], ios: { from: 10.3, below: 11 } },
      },
      {
        instructions: UPGRADE_BEFORE_15,
        where: 'Settings > iCloud > Storage > Change Storage Plan',
        source: { apple: ['108922'], ios: { below: 10.3 } },
      },
    ],
  },
  {
    id: 'icloud-free-space',
    title: 'Make room in iCloud',
    instructions: [
      'See what uses your iCloud storage and delete what you no longer need: large files in iCloud Drive, old Mail attachments, or photos you have saved elsewhere.',
      'Backups of devices you no longer own use space too. Delete one only when you are sure you will never restore from it.',
    ],
    where: STORAGE_16,
    check: 'The free space at the top of iCloud is larger than the Next Backup Size.',
    caution:
      'What you delete from iCloud leaves every device signed in to it. A deleted backup can’t be brought back: never delete the backup of a device you may still need to restore.',
    risk: 'deletes',
    source: { apple: ['108922'], ios: { from: 16 } },
    ios: [
      { where: STORAGE_11, source: { apple: ['108922'], ios: { from: 11, below: 16 } } },
      { where: STORAGE_10_3, source: { apple: ['108922'], ios: { from: 10.3, below: 11 } } },
      { where: STORAGE_10_2, source: { apple: ['108922'], ios: { below: 10.3 } } },
    ],
  },
  {
    id: 'icloud-replace-damaged-backup',
    title: 'Replace a damaged iCloud backup with a fresh one',
    instructions: [
      'Once the encrypted computer backup of this {device} has finished, open Backups, tap this {device} and delete its backup.',
      'Deleting it also turns iCloud Backup off: turn Back Up This {device} on again in iCloud Backup.',
      'Tap Back Up Now there; a new, complete backup is made.',
    ],
    where: `${STORAGE_16} > Backups > [this {device}]`,
    check: 'The new iCloud backup completes and shows today’s date.',
    caution:
      'Deleting the iCloud backup can’t be undone. Do it only after an encrypted backup of this {device} to a computer has finished (an unencrypted one leaves out passwords and Health data), and never if you may still need that iCloud backup to restore.',
    risk: 'deletes',
    requires: ['encrypt-local-backup'],
    source: { apple: ['108922', '108353'], ios: { from: 16 } },
    ios: [
      {
        instructions: [
          'Once the encrypted computer backup of this {device} has finished, open Backups, tap this {device} and delete its backup.',
          'Deleting it also turns iCloud Backup off: turn it on again in iCloud Backup.',
          'Tap Back Up Now there; a new, complete backup is made.',
        ],
        where: `${STORAGE_11} > Backups > [this {device}]`,
        source: { apple: ['108922', '108353'], ios: { from: 11, below: 16 } },
      },
      {
        instructions: [
          'Once the encrypted computer backup of this {device} has finished, tap this {device} under Backups and delete its backup.',
          'Deleting it also turns iCloud Backup off: turn it on again in iCloud Backup.',
          'Tap Back Up Now there; a new, complete backup is made.',
        ],
        where: `${STORAGE_10_3} > [this {device}]`,
        source: { apple: ['108922', '108353'], ios: { from: 10.3, below: 11 } },
      },
      {
        instructions: [
          'Once the encrypted computer backup of this {device} has finished, tap this {device} under Backups and delete its backup.',
          'Deleting it also turns iCloud Backup off: turn it on again in Settings > iCloud > Backup.',
          'Tap Back Up Now there; a new, complete backup is made.',
        ],
        where: `${STORAGE_10_2} > [this {device}]`,
        source: { apple: ['108922', '108353'], ios: { below: 10.3 } },
      },
    ],
  },
  {
    id: 'icloud-back-up-now',
    title: 'Back up to iCloud now',
    instructions: [
      'Stay on Wi-Fi, tap Back Up Now, and keep the {device} connected until it finishes.',
    ],
    where: `${BACKUP} > Back Up Now`,
    check: 'Below the button, the last successful backup shows the current time.',
    source: { apple: ['108366'], ios: { from: 10.3 } },
    ios: [
      {
        where: `${BACKUP_10_2} > Back Up Now`,
        source: { apple: ['108366'], ios: { below: 10.3 } },
      },
    ],
  },
];
