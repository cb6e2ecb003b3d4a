import { DEVICE_KINDS, type DeviceKind } from '../../content/steps/types';

/**
 * Typed shapes of everything the extension keeps in storage, their defaults, and sanitizers that
 * turn whatever is found there (an older version's data, garbage) into a valid value. Pure.
 */

import {
  COMPUTER_CHOICES,
  IOS_CHOICES,
  PANEL_MODES,
  type ComputerChoice,
  type IosChoice,
  type PanelMode,
} from '../../content/vocabulary';
import { LANGUAGE_SETTINGS, type LanguageSetting } from '../i18n/locale';
import { isRecord } from '../untrusted';

export type { ComputerChoice, IosChoice, PanelMode } from '../../content/vocabulary';

/**
 * What an older version stored for the iOS choice: '15+' (now 16 or later, the newest it stood
 * for) and '10-' (its iOS 10 is now 10.2 or earlier); '11-14' kept its name.
 */
const OLD_IOS_CHOICES: ReadonlyMap<unknown, IosChoice> = new Map([
  ['15+', '16+'],
  ['10-', '10.2-'],
]);

export interface Settings {
  /** How the panel first appears on a backup-error page. */
  panel: PanelMode;
  /** Hostnames where the panel never appears. */
  disabledSites: string[];
  computer: ComputerChoice;
  ios: IosChoice;
  /** The reader's device, for pages that don't say (an iPad page or thread says iPad). */
  device: DeviceKind;
  /** The user turned notifications on (and granted the optional permission). */
  notifications: boolean;
  /** The language every surface speaks; 'auto' follows the page, else the browser. */
  language: LanguageSetting;
}

/** The settings' key in `storage.local` (WXT's item `local:settings`). */
export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = {
  panel: 'open',
  disabledSites: [],
  computer: 'auto',
  ios: 'auto',
  device: 'iphone',
  notifications: false,
  language: 'auto',
};

/** Progress through one problem's plan, keyed by a problem key (see lib/plan). */
export interface ProblemProgress {
  done: string[];
  fixed: boolean;
  updatedAt: number;
}
export type Progress = Record<string, ProblemProgress>;

/**
 * What the reader answered "What do you see?" with on a guide, per problem key (as progress):
 * a troubleshooter choice's id or "none". The latest MAX_ANSWERS are kept.
 */
export type Answers = Record<string, string>;

/** How the panel was left on a site: open, collapsed to a tab, or closed. */
export type PanelSiteState = 'open' | 'collapsed' | 'closed';
export type PanelSites = Record<string, PanelSiteState>;

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
}

/**
 * Own keys of a stored record, without `__proto__`: assigning that key to a plain object would
 * replace the object's prototype instead of adding an entry (JSON can carry it as an own key).
 */
function entriesOf(value: Record<string, unknown>): [string, unknown][] {
  return Object.entries(value).filter(([key]) => key !== '__proto__');
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * A bare, lower-case hostname from whatever a user or an older version stored: "Support.Apple.com",
 * "https://support.apple.com/en-us" and "support.apple.com." all become "support.apple.com".
 * Null when nothing host-like is left.
 */
export function normalizeHost(value: string): string | null {
  const host = value
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#:].*$/, '')
    .replace(/\.+$/, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : null;
}

function hostList(value: unknown): string[] {
  const hosts = stringList(value)
    .map(normalizeHost)
    .filter((h): h is string => h !== null);
  return [...new Set(hosts)];
}

export function sanitizeSettings(value: unknown): Settings {
  const v = isRecord(value) ? value : {};
  return {
    panel: oneOf(v.panel, PANEL_MODES, DEFAULT_SETTINGS.panel),
    disabledSites: hostList(v.disabledSites),
    computer: oneOf(v.computer, COMPUTER_CHOICES, DEFAULT_SETTINGS.computer),
    ios: oneOf(OLD_IOS_CHOICES.get(v.ios) ?? v.ios, IOS_CHOICES, DEFAULT_SETTINGS.ios),
    device: oneOf(v.device, DEVICE_KINDS, DEFAULT_SETTINGS.device),
    notifications: v.notifications === true,
    // Added without a new version: settings stored before it read as 'auto'.
    language: oneOf(v.language, LANGUAGE_SETTINGS, DEFAULT_SETTINGS.language),
  };
}

/**
 * The settings item's shape version. Version 1 (the foundation build) kept `disabledSites` as free
 * strings, so an entry could be a URL or mixed case and never match a page's hostname; version 2
 * keeps bare, lower-case, unique hostnames. The renamed iOS choices ('15+', '10-') are mapped the
 * same way, on read, without a new version. The migration path is `sanitizeSettings` on every read:
 * it turns a version-1 value (or garbage, or a newer version's value after a downgrade) into valid
 * version-2 settings, and is idempotent. WXT's own `migrations` are deliberately not used: every
 * context (each content script, popup, background) would run them at load, and a stored version
 * they don't expect makes them log an error on Apple's pages at every load.
 */
export const SETTINGS_VERSION = 2;

export function sanitizeProgress(value: unknown): Progress {
  if (!isRecord(value)) return {};
  const out: Progress = {};
  for (const [key, entry] of entriesOf(value)) {
    if (!isRecord(entry)) continue;
    out[key] = {
      done: stringList(entry.done),
      fixed: entry.fixed === true,
      updatedAt: typeof entry.updatedAt === 'number' ? entry.updatedAt : 0,
    };
  }
  return out;
}

/** Enough for every problem a person may read about; a flood from garbage is cut. */
export const MAX_ANSWERS = 50;
const MAX_ANSWER_LENGTH = 64;

export function sanitizeAnswers(value: unknown): Answers {
  if (!isRecord(value)) return {};
  const out: Answers = {};
  for (const [key, answer] of entriesOf(value).slice(-MAX_ANSWERS)) {
    if (typeof answer === 'string' && answer.length > 0 && answer.length <= MAX_ANSWER_LENGTH) {
      out[key] = answer;
    }
  }
  return out;
}

export function sanitizePanelSites(value: unknown): PanelSites {
  if (!isRecord(value)) return {};
  const out: PanelSites = {};
  for (const [host, state] of entriesOf(value)) {
    if (state === 'open' || state === 'collapsed' || state === 'closed') out[host] = state;
  }
  return out;
}
