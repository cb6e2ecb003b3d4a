import { IOS_RANGES, type IosRange } from './steps/types';

/**
 * The domain's words, declared with the data that uses them: cause ids, backup channels,
 * service states and the settings' choices. content/ imports nothing from lib/; lib/ takes
 * these from here (lib/diagnose/types.ts and lib/status/types.ts re-export them for the
 * contracts in DESIGN.md).
 */

/** Every cause, in the order used when scores tie. */
export const CAUSE_IDS = [
  'icloud-storage-full',
  'computer-storage-full',
  'device-storage-low',
  'network',
  'backup-conditions',
  'icloud-backup-off',
  'outdated-software',
  'corrupt-backup',
  'service-outage',
  'apple-account',
  'connection',
  'security-software',
  'restrictions',
] as const;

export type CauseId = (typeof CAUSE_IDS)[number];

/** iCloud backup, computer backup (Finder, iTunes, Apple Devices), both, or none. */
export type Channel = 'icloud' | 'computer' | 'both' | 'none';

/**
 * A service's state, best to worst: a service takes the worst state among its ongoing events
 * (outage > issue > maintenance), and not knowing is worse than available, never green.
 */
export const SERVICE_STATES = ['available', 'unknown', 'maintenance', 'issue', 'outage'] as const;

export type ServiceState = (typeof SERVICE_STATES)[number];

/** How bad a state is: a higher number is worse (its place in SERVICE_STATES). */
export function severity(state: ServiceState): number {
  return SERVICE_STATES.indexOf(state);
}

/** The settings' choices, each list in the order the options page and the panel offer it. */
export const PANEL_MODES = ['open', 'collapsed', 'off'] as const;
export type PanelMode = (typeof PANEL_MODES)[number];

export const COMPUTER_CHOICES = ['auto', 'mac', 'windows'] as const;
export type ComputerChoice = (typeof COMPUTER_CHOICES)[number];

/** "auto" or one of the iOS ranges the steps are written for (content/steps/types.ts). */
export type IosChoice = 'auto' | IosRange;
export const IOS_CHOICES: readonly IosChoice[] = ['auto', ...IOS_RANGES];
