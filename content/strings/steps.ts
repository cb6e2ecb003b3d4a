import type { DeviceKind } from '../steps/types';

/** Words of the step list, shared by the panel and the popup's troubleshooter. */
export const STEP_STRINGS = {
  listLabel: 'Fix steps',
  progress: '{done} of {total} done',
  markDone: 'Done: {title}',
  where: 'Where',
  check: 'It worked if',
  caution: 'Before you start',
  cautionFlag: 'Read first',
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
