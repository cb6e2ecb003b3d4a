import type { IosChoice } from '../vocabulary';

/**
 * The names of the computer and iOS choices, shared by the options page and the panel's
 * platform switch and copied summary ("auto" is worded by each surface for its own place).
 */
export const CHOICE_NAMES = {
  computer: { mac: 'Mac', windows: 'Windows PC', other: 'neither a Mac nor a PC' },
  ios: {
    '15+': 'iOS 15 or later',
    '11-14': 'iOS 11 to 14',
    '10-': 'iOS 10 or earlier',
  } satisfies Record<Exclude<IosChoice, 'auto'>, string>,
} as const;
