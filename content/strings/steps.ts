import type { DeviceKind, IosRange } from '../steps/types';

/** Words of the step list, shared by the panel and the popup's troubleshooter. */
export const STEP_STRINGS = {
  listLabel: 'Fix steps',
  progress: '{done} of {total} done',
  markDone: 'Done: {title}',
  where: 'Where',
  check: 'It worked if',
  caution: 'Before you start',
  cautionFlag: 'Read first',
  /** The link on the steps about Apple's side. */
  systemStatusLink: 'Apple System Status',
} as const;

/** The names on the links to Apple's support articles (content/steps/links.ts), by article id. */
export const ARTICLE_NAMES = {
  '102563': 'Apple: If you can’t back up to iCloud',
  '108366': 'Apple: Back up with iCloud',
  '108796': 'Apple: Back up with your Mac',
  '108967': 'Apple: Back up with a Windows PC',
  '108770': 'Apple: What iCloud backs up',
  '108922': 'Apple: Manage iCloud storage',
  '108353': 'Apple: Encrypted backups',
  '108809': 'Apple: Find backups on your computer',
  '104980': 'Apple: Temporary iCloud storage for a new device',
  '109054': 'Apple: About Trust This Computer',
} as const;

/**
 * The device's name as Apple writes it, put in place of `{device}` in step texts (Apple's own
 * labels follow it too: "iPad Storage", "Back Up This iPad", "Transfer or Reset iPad").
 */
export const DEVICE_NAMES: Record<DeviceKind, string> = {
  iphone: 'iPhone',
  ipad: 'iPad',
  ipod: 'iPod touch',
};

/**
 * The computers' names, shared by the options page and the panel's platform switch and copied
 * summary ("auto" is worded by each surface for its own place).
 */
export const COMPUTER_NAMES = {
  mac: 'Mac',
  windows: 'Windows PC',
  other: 'neither a Mac nor a PC',
} as const;

/** The iOS ranges the reader can pick (see IOS_SPANS), as the panel and the options name them. */
export const IOS_RANGE_NAMES: Record<IosRange, string> = {
  '16+': 'iOS 16 or later',
  '15': 'iOS 15',
  '11-14': 'iOS 11 to 14',
  '10.3': 'iOS 10.3',
  '10.2-': 'iOS 10.2 or earlier',
};
