import { inSpan } from '../../content/steps/resolve';
import {
  FINDER_FROM_MACOS,
  IOS_RANGES,
  IOS_SPANS,
  type ComputerVariant,
  type IosRange,
} from '../../content/steps/types';
import type { Settings } from '../storage/schema';
import type { Env } from './types';

/**
 * The iOS version a setting stands for: the newest of its range (auto = current iOS). A number,
 * not just the major version, because the settings layout changed at iOS 10.3.
 */
const IOS_VERSION: Record<IosRange, number> = {
  '16+': 26,
  '15': 15,
  '11-14': 14,
  '10.3': 10.3,
  '10.2-': 10.2,
};

/**
 * Env from the browser's OS (`runtime.getPlatformInfo().os`: 'mac', 'win', 'linux', 'cros',
 * 'android', ...) and the user's choices, which win over what the browser says.
 */
export function envFromPlatform(os: string, settings: Pick<Settings, 'computer' | 'ios'>): Env {
  const computer =
    settings.computer !== 'auto'
      ? settings.computer
      : os === 'mac'
        ? 'mac'
        : os === 'win'
          ? 'windows'
          : 'other';
  return settings.ios === 'auto' ? { computer } : { computer, iosMajor: IOS_VERSION[settings.ios] };
}

/** Which app backs up on this computer: Finder from macOS 10.15, iTunes before; null when unknown. */
export function computerVariant(env: Env): ComputerVariant | null {
  if (env.computer === 'windows') return 'windows';
  if (env.computer !== 'mac') return null;
  return env.macos !== undefined && env.macos < FINDER_FROM_MACOS ? 'mac-itunes' : 'mac-finder';
}

/** The iOS range whose settings paths apply; unknown means current iOS. */
export function iosRange(env: Env): IosRange {
  const version = env.iosMajor;
  if (version === undefined) return '16+';
  return IOS_RANGES.find((range) => inSpan(IOS_SPANS[range], version)) ?? '16+';
}

/**
 * The computer's OS in `runtime.getPlatformInfo().os` terms ('mac', 'win', 'linux', 'cros',
 * 'android'), for content scripts, where getPlatformInfo is not available: read from the
 * navigator instead.
 */
export function platformOs(nav: Navigator): string {
  const hinted = (nav as Navigator & { userAgentData?: { platform?: string } }).userAgentData
    ?.platform;
  const name = (hinted || nav.platform || nav.userAgent).toLowerCase();
  if (name.includes('mac')) return 'mac';
  if (name.includes('win')) return 'win';
  if (name.includes('android')) return 'android';
  if (name.includes('cros') || name.includes('chrome os')) return 'cros';
  if (name.includes('linux')) return 'linux';
  return 'other';
}
