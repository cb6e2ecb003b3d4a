/**
 * Shapes of the fix-step table. A step is plain data: a base text for current iOS, variants for
 * older iOS versions where the settings differ and for the user's computer (Finder on a Mac from
 * macOS 10.15, iTunes before it, Apple Devices or iTunes on Windows). Each text names the Apple
 * articles it was checked against and the versions it holds for, so a reader can re-check it.
 */

import type { AppleArticleId } from './links';

/** Which device the steps are for; `{device}` in a step's text stands for its name. */
export type DeviceKind = 'iphone' | 'ipad' | 'ipod';

export const DEVICE_KINDS: readonly DeviceKind[] = ['iphone', 'ipad', 'ipod'];

/** Which app backs up the device on this computer. */
export type ComputerVariant = 'mac-finder' | 'mac-itunes' | 'windows';

export const COMPUTER_VARIANTS: readonly ComputerVariant[] = [
  'mac-finder',
  'mac-itunes',
  'windows',
];

/** From this macOS version a Mac backs up in Finder; before it, in iTunes. */
export const FINDER_FROM_MACOS = 10.15;

/** Versions from `from` (included) up to `below` (left out); a missing end is open. */
export interface VersionSpan {
  from?: number;
  below?: number;
}

/**
 * The iOS versions a reader can pick, each one span in which every step reads the same (the same
 * values as the iOS setting). The lines: 16 (the switch reads Back Up This iPhone, Manage Account
 * Storage), 15 (Transfer or Reset, VPN & Device Management, backup over 5G), 11 (iPhone Storage,
 * Shut Down in Settings), 10.3 (Settings > [your name]). A minor version counts, so versions are
 * numbers such as 10.3.
 */
export type IosRange = '16+' | '15' | '11-14' | '10.3' | '10.2-';

export const IOS_RANGES: readonly IosRange[] = ['16+', '15', '11-14', '10.3', '10.2-'];

export const IOS_SPANS: Record<IosRange, VersionSpan> = {
  '16+': { from: 16 },
  '15': { from: 15, below: 16 },
  '11-14': { from: 11, below: 15 },
  '10.3': { from: 10.3, below: 11 },
  '10.2-': { below: 10.3 },
};

/** Windows versions that back up an iPhone with Apple Devices or iTunes today. */
export type WindowsVersion = 10 | 11;

/** Where a text comes from: Apple's articles and the versions it was checked for. */
export interface Source {
  /** Apple's support articles that say it (support.apple.com/<id>). */
  apple: readonly AppleArticleId[];
  /** The iOS versions the text holds for (the whole range for text that names no iOS place). */
  ios?: VersionSpan;
  /** The macOS versions, for text that names a place on a Mac. */
  macos?: VersionSpan;
  /** The Windows versions, for text that names a place in Windows. */
  windows?: readonly WindowsVersion[];
}

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
  /**
   * A page to open that is not one of the sources: Apple's System Status page (its address and
   * name follow the reader's locale when the step is resolved).
   */
  opens?: 'system-status';
}

/** Changes to the base text for some iOS versions or one computer, with their own source. */
export type StepVariant = Partial<Omit<StepText, 'opens'>> & { source: Source };

/**
 * What a risky step does that can't simply be undone. A plan puts such steps after every safer
 * one, and each carries a caution.
 */
export type Risk = 'deletes' | 'resets' | 'signs-out' | 'removes-profile';

export interface StepDef extends StepText {
  /** Stable: progress is stored by it. */
  id: string;
  /** Where the base text comes from; its `ios` span is what the `ios` variants leave. */
  source: Source & { ios: VersionSpan };
  risk?: Risk;
  /** Steps that must be done first: a plan puts them before this one. */
  requires?: readonly string[];
  computer?: Partial<Record<ComputerVariant, StepVariant>>;
  /** Older iOS versions, each span its own (together with the base: every version, once). */
  ios?: readonly (StepVariant & { source: { ios: VersionSpan } })[];
}
