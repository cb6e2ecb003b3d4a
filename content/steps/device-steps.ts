import { LINKS } from './links';
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
    link: LINKS.systemStatus,
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
    link: LINKS.systemStatus,
  },
  {
    id: 'restart-device',
    title: 'Restart the {device}',
    instructions: [
      'Turn the {device} off, wait 30 seconds, and turn it on again.',
      'Unlock it once after it starts, then try the backup again.',
    ],
    where: 'Settings > General > Shut Down (or hold the side button and a volume button)',
    check: 'After the restart the backup starts and does not stop with the same message.',
    ios: {
      '10-': {
        where: 'Hold the Sleep/Wake button until the slider appears',
      },
    },
  },
  {
    id: 'device-free-space',
    title: 'Free up space on the {device}',
    instructions: [
      'Open {device} Storage and wait for the list to load.',
      'Follow the recommendations, such as offloading apps you rarely use; offloading keeps their documents and data.',
      'Remove large videos or downloads you no longer need.',
    ],
    where: 'Settings > General > {device} Storage',
    check: 'The bar at the top shows at least a few GB free.',
    ios: {
      '10-': { where: 'Settings > General > Storage & iCloud Usage > Manage Storage' },
    },
  },
  {
    id: 'update-ios',
    title: 'Update the {device} to the latest iOS',
    instructions: [
      'Connect to Wi-Fi and power.',
      'Install any update shown, then let the {device} restart.',
    ],
    where: 'Settings > General > Software Update',
    check: 'Software Update says iOS is up to date.',
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
    ios: {
      '10-': { where: 'Settings > iCloud' },
    },
  },
  {
    id: 'account-sign-out-in',
    title: 'Sign out of iCloud and sign back in',
    instructions: [
      'Tap Sign Out at the bottom and enter your Apple Account password to turn off Find My.',
      'When asked, keep a copy of your data on the {device}.',
      'Restart the {device}, then sign in again with the same Apple Account.',
    ],
    where: 'Settings > [your name] > Sign Out',
    check: 'After signing in, iCloud Backup is on and a backup completes.',
    caution:
      'You need your Apple Account password. Choose to keep a copy of your data on the {device} so nothing is removed from it.',
    ios: {
      '10-': { where: 'Settings > iCloud > Sign Out' },
    },
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
    ios: {
      '11-14': {
        where:
          'Settings > Screen Time > Content & Privacy Restrictions > Account Changes (iOS 11: Settings > General > Restrictions)',
      },
      '10-': { where: 'Settings > General > Restrictions > Accounts' },
    },
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
    ios: {
      '11-14': { where: 'Settings > General > Profiles (or Device Management)' },
      '10-': { where: 'Settings > General > Profiles' },
    },
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
      'This forgets every saved Wi-Fi network and its password, VPN settings and cellular settings. Have your Wi-Fi password ready. Your data stays.',
    ios: {
      '11-14': { where: 'Settings > General > Reset > Reset Network Settings' },
      '10-': { where: 'Settings > General > Reset > Reset Network Settings' },
    },
  },
];
