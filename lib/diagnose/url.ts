import { URL_HINTS } from '../../content/diagnosis/url-hints';
import type { UrlHint } from '../../content/diagnosis/types';
import { pathOf, readQuery } from './url-parts';

/** Longest URL we look at; anything longer is cut (URLs are attacker-shaped input too). */
const MAX_URL = 4096;

const ID_IN_PATH = /(?:^|\/)(?:kb\/)?(ht\d{4,7}|\d{6})(?=[/?#.]|$)/gi;
const GUIDE_TOPIC = /[-/]([a-z]{3}[0-9a-f]{8,12})(?=[/?#]|$)/gi;

const hintsById = new Map(URL_HINTS.map((h) => [h.id.toLowerCase(), h]));

export interface UrlFacts {
  hints: { hint: UrlHint; quote: string }[];
  /** The support search query (`?q=`), decoded. */
  query: string;
}

/** Apple article ids, guide topic ids and the search query in a page URL, in any locale. */
export function readUrl(url: string): UrlFacts {
  const facts: UrlFacts = { hints: [], query: '' };
  const u = url.slice(0, MAX_URL);
  const path = pathOf(u);
  const seen = new Set<string>();
  for (const re of [ID_IN_PATH, GUIDE_TOPIC]) {
    re.lastIndex = 0;
    for (const m of path.matchAll(re)) {
      const raw = m[1] ?? '';
      const hint = hintsById.get(raw.toLowerCase());
      if (hint && !seen.has(hint.id)) {
        seen.add(hint.id);
        facts.hints.push({ hint, quote: raw });
      }
    }
  }
  facts.query = readQuery(u);
  return facts;
}
