import { pageKindOf } from '../diagnose/page-kind';
import type { PageText } from '../diagnose/types';
import { readQuery } from '../diagnose/url-parts';

/** The words a person wrote about their own failure: a Community question's title, a search. */
export interface AskerWords {
  kind: 'question' | 'search';
  text: string;
}

/** Longest quote of the asker's words the panel shows. */
const MAX_WORDS = 200;

/** On a report, the asker's own words, which lead the panel; null on a guide. */
export function askerWords(page: PageText): AskerWords | null {
  if (pageKindOf(page) !== 'report') return null;
  const query = readQuery(page.url).trim();
  const text = (query || page.title).replace(/\s+/g, ' ').trim().slice(0, MAX_WORDS);
  if (!text) return null;
  return { kind: query ? 'search' : 'question', text };
}

/** What the panel takes from the page besides its diagnosis. */
export interface PageFacts {
  asker: AskerWords | null;
}

export function readPageFacts(page: PageText): PageFacts {
  return { asker: askerWords(page) };
}
