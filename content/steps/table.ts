import { COMPUTER_STEPS } from './computer-steps';
import { DEVICE_STEPS } from './device-steps';
import { ICLOUD_STEPS } from './icloud-steps';
import type { StepDef } from './types';

/** Every fix step, by id. */
export const ALL_STEPS: readonly StepDef[] = [...DEVICE_STEPS, ...ICLOUD_STEPS, ...COMPUTER_STEPS];

export const STEPS_BY_ID: ReadonlyMap<string, StepDef> = new Map(ALL_STEPS.map((s) => [s.id, s]));
