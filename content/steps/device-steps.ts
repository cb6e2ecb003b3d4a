import type { StepDef } from './types';

/** Steps on the iPhone or iPad itself, whichever way it backs up. */
export const DEVICE_STEPS: StepDef[] = [
  {
    id: 'check-apple-status',
    title: 'Check whether Apple’s iCloud Backup service is working',
    instructions: [
      'Open Apple’s System Status page and find iCloud Backup and iCloud Account & Sign In.',
      'If either shows an issue or outage, the problem is on Apple’s side: wait and try again later.',
    ],
    where: 'Apple System Status page (apple.com/support/systemstatus)',
    check: 'Both services show as available.',
    opens: 'system-status',
    source: { apple: ['102563'], ios: {} },
  },
  {
    id: 'wait-for-apple',
    title: 'Wait for Apple to fix its side, then try again',
    instructions: [
      'Nothing on your {device} needs changing while Apple’s service has a problem.',
      'Leave iCloud Backup on; the automatic backup tries again by itself.',
      'Once the System Status page shows iCloud Backup as available, back up again.',
    ],
    where: 'Apple System Status page (apple.com/support/systemstatus)',
    check: 'iCloud Backup shows as available and a backup completes.',
    opens: 'system-status',
    source: { apple: ['102563'], ios: {} },
  },
  {
    id: 'restart-device',
    title: 'Restart the {device}',
    instructions: [
      'Tap Shut Down and drag the slider, or hold the side or top button (with either volume button if your {device} has no Home button) until the slider shows.',
      'Wait 30 seconds, then hold the side or top button until the Apple logo appears.',
      'Unlock it once after it starts, then try the backup again.',
    ],
    where: 'Settings > General > Shut Down',
    check: 'After the restart the backup starts and does not stop with the same message.',
    source: { apple: ['102563'], ios: { from: 11 } },
    ios: [
      {
        // Shut Down in Settings arrived in iOS 11; every device before it has a Home button.
        instructions: [
          'Hold the Sleep/Wake button (top or side) until the slider shows, then drag it.',
          'Wait 30 seconds, then hold the Sleep/Wake button until the Apple logo appears.',
          'Unlock it once after it starts, then try the backup again.',
        ],
        where: 'The Sleep/Wake button on the top or side',
        source: { apple: ['102563'], ios: { below: 11 } },
      },
    ],
  },
  {
    id: 'device-free-space',
    title: 'Free up space on the {device}',
    instructions: [
      'Open {device} Storage and wait for the list to load.',
      'Follow its recommendations, such as offloading apps you rarely use: offloading keeps their documents and data.',
      'Delete large videos or downloads you no longer need.',
    ],
    where: 'Settings > General > {device} Storage',
    check: 'The bar at the top shows at least a few GB free.',
    caution:
      'What you delete leaves the {device}: keep a copy of any video or file you may want. Offloading an app keeps its data.',
    risk: 'deletes',
    source: { apple: ['102563'], ios: { from: 11 } },
    ios: [
      {
        // Before iOS 11 there is no {device} Storage and no offloading: only deleting.
        instructions: [
          'Open Manage Storage under Storage (not under iCloud) and wait for the list to load.',
          'Tap an app you no longer use and delete it, or delete large videos or downloads you no longer need.',
        ],
        where: 'Settings > General > Storage & iCloud Usage > Manage Storage',
        caution:
          'What you delete leaves the {device}: keep a copy of any video or file you may want. Deleting an app deletes its data.',
        source: { apple: ['102563'], ios: { below: 11 } },
      },
    ],
  },
  {
    id: 'update-ios',
    title: 'Update the {device}’s software',
    instructions: [
      'Connect to Wi-Fi and power.',
      'Install any update shown, then let the {device} restart.',
    ],
    where: 'Settings > General > Software Update',
    check: 'Software Update shows no update waiting.',
    source: { apple: ['102563'], ios: {} },
  },
  {
    id: 'account-check-signin',
    title: 'Check that you are signed in to your Apple Account',
    instructions: [
      'Open Settings and tap your name at the top.',
      'If a message asks you to sign in again, verify your email address, or agree to new terms, do it.',
      'Enter your Apple Account password when asked.',
    ],
    where: 'Settings > [your name]',
    check: 'Your name shows with no red badge or sign-in message, and iCloud opens.',
    source: { apple: ['102563'], ios: { from: 10.3 } },
    ios: [
      {
        instructions: [
          'Open Settings and tap iCloud.',
          'If a message asks you to sign in again, verify your email address, or agree to new terms, do it.',
          'Enter your Apple ID password when asked.',
        ],
        where: 'Settings > iCloud',
        check: 'Your account shows with no sign-in message.',
        source: { apple: ['102563'], ios: { below: 10.3 } },
      },
    ],
  },
  {
    id: 'account-sign-out-in',
    title: 'Sign out of iCloud and sign back in',
    instructions: [
      'Tap Sign Out and enter your Apple Account password to turn off Find My.',
      'Choose what to keep a copy of on this {device} (such as Contacts and Calendars), then sign out.',
      'Restart the {device}, then sign in again with the same Apple Account.',
    ],
    where: 'Settings > [your name] > Sign Out',
    check: 'After signing in, iCloud Backup is on and a backup completes.',
    caution:
      'Signing out takes off this {device} what is kept only in iCloud, such as iCloud Photos and iCloud Drive files, and any data you don’t keep a copy of. It all stays in iCloud and comes back when you sign in. You need your Apple Account password.',
    risk: 'signs-out',
    source: { apple: ['102563', '108770'], ios: { from: 10.3 } },
    ios: [
      {
        instructions: [
          'Tap Sign Out and enter your Apple ID password to turn off Find My {device}.',
          'Choose what to keep on this {device} (such as Contacts and Calendars), then sign out.',
          'Restart the {device}, then sign in again with the same Apple ID.',
        ],
        where: 'Settings > iCloud > Sign Out',
        caution:
          'Signing out takes off this {device} what is kept only in iCloud, such as iCloud Photo Library and iCloud Drive files, and any data you don’t keep. It all stays in iCloud and comes back when you sign in. You need your Apple ID password.',
        source: { apple: ['102563', '108770'], ios: { below: 10.3 } },
      },
    ],
  },
  {
    id: 'check-screen-time',
    title: 'Allow account changes in Screen Time',
    instructions: [
      'Open Content & Privacy Restrictions.',
      'Under Account Changes, choose Allow (you may need the Screen Time passcode).',
    ],
    where: 'Settings > Screen Time > Content & Privacy Restrictions > Account Changes',
    check: 'The iCloud Backup switch is no longer greyed out.',
    source: { apple: ['102563'], ios: { from: 15 } },
    ios: [
      {
        // Screen Time arrived in iOS 12; iOS 11 still keeps the switch under Restrictions.
        instructions: [
          'Open Content & Privacy Restrictions (on iOS 11: Restrictions).',
          'Under Account Changes (Accounts), choose Allow (you may need the passcode).',
        ],
        where:
          'Settings > Screen Time > Content & Privacy Restrictions > Account Changes (iOS 11: Settings > General > Restrictions > Accounts)',
        source: { apple: ['102563'], ios: { from: 11, below: 15 } },
      },
      {
        instructions: [
          'Open Restrictions and enter the restrictions passcode.',
          'Under Accounts, choose Allow Changes.',
        ],
        where: 'Settings > General > Restrictions > Accounts',
        source: { apple: ['102563'], ios: { below: 11 } },
      },
    ],
  },
  {
    id: 'check-profiles',
    title: 'Check for a work or school profile that blocks backup',
    instructions: [
      'Look for a configuration profile or device management from a school or employer.',
      'If one is there, ask whoever manages it whether it turns off iCloud Backup.',
    ],
    where: 'Settings > General > VPN & Device Management',
    check: 'No profile restricts backups, or the organisation has allowed them.',
    caution: 'Don’t remove a work or school profile without asking its administrator.',
    source: { apple: ['102563'], ios: { from: 15 } },
    ios: [
      {
        where: 'Settings > General > Profiles (or Profiles & Device Management)',
        source: { apple: ['102563'], ios: { below: 15 } },
      },
    ],
  },
  {
    id: 'reset-network-settings',
    title: 'Reset network settings',
    instructions: [
      'Choose Reset, then Reset Network Settings, and enter your passcode.',
      'After the {device} restarts, join your Wi-Fi network again and try the backup.',
    ],
    where: 'Settings > General > Transfer or Reset {device} > Reset > Reset Network Settings',
    check: 'The {device} joins Wi-Fi again and the backup completes.',
    caution:
      'This forgets every saved Wi-Fi network and its password, VPN and cellular settings, and the computers this {device} trusted. Have your Wi-Fi password ready. Your data stays.',
    risk: 'resets',
    source: { apple: ['102563', '109054'], ios: { from: 15 } },
    ios: [
      {
        where: 'Settings > General > Reset > Reset Network Settings',
        source: { apple: ['102563', '109054'], ios: { below: 15 } },
      },
    ],
  },
];
