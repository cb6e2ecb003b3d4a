import type { CauseId, Channel } from '../vocabulary';

/** Plain-words names of each cause and channel, for headlines and summaries; `{device}` is the device's name. */
export const CAUSE_NAMES: Record<CauseId, string> = {
  'icloud-storage-full': 'not enough iCloud storage',
  'computer-storage-full': 'not enough space on the computer',
  'device-storage-low': 'little free space on the {device}',
  network: 'the network connection',
  'backup-conditions': 'the automatic backup’s conditions (power, Wi-Fi, locked)',
  'icloud-backup-off': 'iCloud Backup is off or greyed out',
  'outdated-software': 'out-of-date software',
  'corrupt-backup': 'a damaged or incompatible backup',
  'service-outage': 'a problem on Apple’s side',
  'apple-account': 'Apple Account sign-in',
  connection: 'the {device}’s connection to the computer',
  'security-software': 'security software on the computer',
  restrictions: 'a restriction (Screen Time or a profile)',
};

export const CHANNEL_NAMES: Record<Channel, string> = {
  icloud: 'iCloud backup',
  computer: 'Computer backup',
  both: '{device} backup',
  none: '{device} backup',
};
