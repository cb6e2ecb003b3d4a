/**
 * Shapes of the fix-step table. A step is plain data: a base text, plus optional variants for
 * the user's computer (Finder on a Mac from macOS 10.15, iTunes before it, Apple Devices or
 * iTunes on Windows) and for older iOS versions where the settings paths differ.
 */

/** Which device the steps are for; `{device}` in a step's text stands for its name. */
export type DeviceKind = 'iphone' | 'ipad' | 'ipod';

export const DEVICE_KINDS: readonly DeviceKind[] = ['iphone', 'ipad', 'ipod'];

/** Which app backs up the device on this computer. */
export type ComputerVariant = 'mac-finder' | 'mac-itunes' | 'windows';

/** iOS ranges whose settings paths differ (the same values as the iOS setting). */
export type IosRange = '15+' | '11-14' | '10-';

export const COMPUTER_VARIANTS: readonly ComputerVariant[] = [
  'mac-finder',
  'mac-itunes',
  'windows',
];
export const IOS_RANGES: readonly IosRange[] = ['15+', '11-14', '10-'];

export interface StepLink {
  label: string;
  url: string;
}

export interface StepText {
  title: string;
  /** What to do, in order. */
  instructions: string[];
  /** The exact settings path or place. */
  where: string;
  /** How to tell it worked. */
  check: string;
  /** Read before doing it: what the step loses or risks. */
  caution?: string;
  /** Apple's article, when one exists. */
  link?: StepLink;
}

export interface StepDef extends StepText {
  /** Stable: progress is stored by it. */
  id: string;
  computer?: Partial<Record<ComputerVariant, Partial<StepText>>>;
  ios?: Partial<Record<IosRange, Partial<StepText>>>;
}
