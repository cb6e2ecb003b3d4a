import type { CauseId } from '../vocabulary';
import { ALL_STEPS } from './table';

/** Step ids for one cause, per backup channel, from the cheapest and safest to the most drastic. */
export interface ChannelSteps {
  icloud: string[];
  computer: string[];
}

/**
 * Which steps fix which cause. When a cause has no steps for the diagnosed channel (an iCloud
 * cause on a computer-backup page), the plan falls back to the other channel's list.
 */
export const CAUSE_STEPS: Record<CauseId, ChannelSteps> = {
  'icloud-storage-full': {
    icloud: [
      'icloud-check-backup-size',
      'icloud-trim-backup',
      'icloud-upgrade-storage',
      'icloud-free-space',
    ],
    computer: [],
  },
  'computer-storage-full': {
    icloud: [],
    computer: ['computer-free-space', 'computer-remove-old-backups'],
  },
  'device-storage-low': {
    icloud: ['device-free-space'],
    computer: ['device-free-space'],
  },
  network: {
    icloud: ['network-wifi-check', 'restart-device', 'reset-network-settings'],
    computer: [],
  },
  'backup-conditions': {
    icloud: ['icloud-backup-conditions'],
    computer: [],
  },
  'icloud-backup-off': {
    icloud: ['icloud-turn-on-backup', 'check-screen-time', 'check-profiles'],
    computer: [],
  },
  'outdated-software': {
    icloud: ['update-ios'],
    computer: ['update-computer', 'update-ios'],
  },
  'corrupt-backup': {
    icloud: ['restart-device', 'icloud-replace-damaged-backup'],
    computer: ['restart-device', 'restart-computer', 'computer-replace-damaged-backup'],
  },
  'service-outage': {
    icloud: ['check-apple-status', 'wait-for-apple'],
    computer: [],
  },
  'apple-account': {
    icloud: ['account-check-signin', 'restart-device', 'account-sign-out-in'],
    computer: [],
  },
  connection: {
    icloud: [],
    computer: [
      'connection-unlock-trust',
      'connection-cable-port',
      'restart-device',
      'restart-computer',
      'update-computer',
      'reset-trust-settings',
    ],
  },
  'security-software': {
    icloud: [],
    computer: ['security-software-check'],
  },
  restrictions: {
    icloud: ['check-screen-time', 'check-profiles'],
    computer: [],
  },
};

/** When the page names no cause: the usual checks, cheapest first. */
export const GENERAL_STEPS: ChannelSteps = {
  icloud: [
    'check-apple-status',
    'icloud-turn-on-backup',
    'network-wifi-check',
    'icloud-check-backup-size',
    'restart-device',
    'update-ios',
  ],
  computer: [
    'connection-unlock-trust',
    'connection-cable-port',
    'restart-device',
    'restart-computer',
    'update-computer',
    'computer-free-space',
  ],
};

/** Every plan ends by trying the backup again on its channel. */
export const FINAL_STEP: Record<keyof ChannelSteps, string> = {
  icloud: 'icloud-back-up-now',
  computer: 'computer-back-up-now',
};

/**
 * Steps that delete, reset, sign out or remove a profile (each carries its `risk` in the table). A
 * plan moves them after every safer step, whichever cause they belong to.
 */
export const DRASTIC_STEPS: ReadonlySet<string> = new Set(
  ALL_STEPS.filter((s) => s.risk !== undefined).map((s) => s.id),
);
