import type { DeviceKind } from '../../content/steps/types';
import { pageKindOf } from '../diagnose/page-kind';
import type { PageText } from '../diagnose/types';
import { pathOf, readQuery } from '../diagnose/url-parts';

/** The words a person wrote about their own failure: a Community question's title, a search. */
export interface AskerWords {
  kind: 'question' | 'search';
  text: string;
}

/** What the panel takes from the page besides its diagnosis. */
export interface PageFacts {
  asker: AskerWords | null;
  /** The device the page is about, when it names one alone; else the reader's setting holds. */
  device: DeviceKind | null;
}

/** Longest quote of the asker's words the panel shows. */
const MAX_WORDS = 200;
/** How much of a report's text is the question: it comes first, before replies. */
const QUESTION_TEXT = 2_000;

/** Device names are the same in every language Apple writes. */
const DEVICE_WORDS: readonly [DeviceKind, RegExp][] = [
  ['iphone', /\biphone/i],
  ['ipad', /\bipad/i],
  ['ipod', /\bipod\b/i],
];
/** Apple's user guides: /guide/iphone/…, /guide/ipad/…, /guide/ipod-touch/…. */
const GUIDE_DEVICE: ReadonlyMap<string, DeviceKind> = new Map([
  ['iphone', 'iphone'],
  ['ipad', 'ipad'],
  ['ipod-touch', 'ipod'],
]);
const GUIDE_PATH = /\/guide\/([a-z-]+)\//i;

/** On a report, the asker's own words, which lead the panel; null on a guide. */
export function askerWords(page: PageText): AskerWords | null {
  if (pageKindOf(page) !== 'report') return null;
  const query = readQuery(page.url).trim();
  const text = (query || page.title).replace(/\s+/g, ' ').trim().slice(0, MAX_WORDS);
  if (!text) return null;
  return { kind: query ? 'search' : 'question', text };
}

/** The one device a text names, or null when it names none or several ("iPhone or iPad"). */
function onlyDevice(text: string): DeviceKind | null {
  const named = DEVICE_WORDS.filter(([, word]) => word.test(text));
  return named.length === 1 ? (named[0]?.[0] ?? null) : null;
}

/**
 * The device a page is about: its user guide's device, else the one device its title names,
 * else, on a report, the one device the question names. Apple's general articles name both
 * ("If your iPhone or iPad won't back up"): then the reader's own setting decides.
 */
export function pageDevice(page: PageText): DeviceKind | null {
  const guide = GUIDE_DEVICE.get(GUIDE_PATH.exec(pathOf(page.url))?.[1]?.toLowerCase() ?? '');
  if (guide) return guide;
  const byTitle = onlyDevice(page.title);
  if (byTitle || pageKindOf(page) !== 'report') return byTitle;
  return onlyDevice(page.text.slice(0, QUESTION_TEXT));
}

export function readPageFacts(page: PageText): PageFacts {
  return { asker: askerWords(page), device: pageDevice(page) };
}
