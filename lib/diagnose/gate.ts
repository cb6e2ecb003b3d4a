/**
 * The cheap first look: a page that never says "backup" in any language we read (and has no
 * backup article id in its URL) is not about a failing backup, so the matcher is neither built
 * nor run for it. Most pages are ruled out by a few substring searches for the words a match
 * starts with; the rest get one native regular-expression search. Both come from sources
 * generated at build time (gate-source.ts), cheap even on the first call. The content script
 * runs this on every Apple support page, with the quick reading below: what it imports is what
 * every page compiles.
 */
import {
  BACKUP_GATE_SOURCE,
  BACKUP_GATE_STEMS,
  BACKUP_GATE_URL_IDS,
} from './gate-source.generated';
import { GATE_SPACING } from './gate-source';
import { COMMUNITY_SELECTORS, SUPPORT_SELECTORS } from '../../content/apple-selectors';
import { THREAD_HOST } from '../../content/apple-sites';
import type { UrlFacts } from './url';
import { isSearchPath } from './url-parts';

let gate: RegExp | null = null;

export function backupGate(): RegExp {
  // Widened here, not at build time: the script every page compiles stays short.
  gate ??= new RegExp(BACKUP_GATE_SOURCE.replace(/ /g, GATE_SPACING), 'i');
  return gate;
}

/**
 * Whether any of these texts names a backup, so the page is worth reading in full: it holds a
 * word a gate match starts with, and then the expression finds a match. readGate does the same
 * for the content script, written out in place.
 */
export function mentionsBackup(texts: readonly string[]): boolean {
  const stems = BACKUP_GATE_STEMS.split('|');
  return texts.some((t) => {
    const lower = t.toLowerCase();
    return stems.some((stem) => lower.includes(stem)) && backupGate().test(t);
  });
}

/** Whether a page with this URL and these texts (title, query, body) is worth reading in full. */
export function opensGate(url: UrlFacts, texts: string[]): boolean {
  return url.hints.length > 0 || mentionsBackup(texts);
}

/** The parts of a page's address the gate reads (readGate reads them from the page's URL). */
export type PageAddress = Pick<Location, 'hostname' | 'pathname' | 'search'>;

/**
 * Where the gate looks on a page, by the same rules as readPage (read-page.ts) but with far less
 * code, since this runs on every Apple page: a thread's main content (readPage picks its posts
 * out of it) and heading; a search's query alone; an article's title, lead and body.
 */
const THREAD_PARTS: readonly (readonly string[])[] = [
  [...COMMUNITY_SELECTORS.main, 'body', ':root'],
  ['h1'],
];
const ARTICLE_PARTS: readonly (readonly string[])[] = [
  SUPPORT_SELECTORS.articleTitle,
  SUPPORT_SELECTORS.articleLead,
  SUPPORT_SELECTORS.articleBody,
];

/**
 * What the gate looks at, read the quick way: the page's title and search query, and the whole
 * text of each element readPage reads, without its walk that leaves out navigation and related
 * links. It holds all that readPage keeps (and perhaps more), so the gate never shuts on a page
 * the full reading would find about a backup.
 */
export function readGateTexts(doc: Document, address: PageAddress): string[] {
  const { hostname, pathname, search } = address;
  const texts = [doc.title];
  // diagnose() reads a `q` in any page's address (url.ts); most addresses have no query at all.
  if (search) texts.push(...new URLSearchParams(search).getAll('q'));
  const parts =
    hostname === THREAD_HOST ? THREAD_PARTS : isSearchPath(pathname) ? [] : ARTICLE_PARTS;
  // Each part from the first of its selectors that matches, as first() in untrusted.ts finds it,
  // written out: one function less to compile on every page.
  for (const selectors of parts) {
    for (const selector of selectors) {
      const found = doc.querySelector(selector);
      if (!found) continue;
      texts.push(found.textContent ?? '');
      break;
    }
  }
  return texts;
}

/** What the gate finds on a page (readGate). */
export interface GateReading {
  /**
   * The page may be about a backup: its path holds an article id that readUrl knows (whenever
   * readUrl finds a hint, so the content script need not load the URL tables), or a text
   * readGateTexts reads names a backup, as mentionsBackup finds it.
   */
  opens: boolean;
  /**
   * Its text may still come after it has loaded: Apple's script draws a Community thread's
   * posts and a search's results, while an article is served whole (DOMAIN.md §3).
   */
  fillsLate: boolean;
}

/**
 * The gate as the content script asks it on every Apple page, about the page at `url` (absolute,
 * as `document.URL` gives it). One function with plain loops, its address read with plain string
 * searches: on most pages this and readGateTexts are the gate's whole reading, and each function
 * called there is one more compiled on every page (about 0.1 ms each, traced). Neither `location`
 * (a wrapper object of its own) nor a regular expression (dear on its first use) is touched.
 */
export function readGate(doc: Document, url: string): GateReading {
  const hostAt = url.indexOf('://') + 3;
  const hash = url.indexOf('#');
  const end = hash < 0 ? url.length : hash;
  const query = url.indexOf('?');
  const queryAt = query < 0 || query > end ? end : query;
  let pathAt = url.indexOf('/', hostAt);
  if (pathAt < 0 || pathAt > queryAt) pathAt = queryAt;
  // Apple's addresses have no user or port, but a stranger one must not pass for Apple's host.
  const user = url.lastIndexOf('@', pathAt - 1);
  let hostname = url.slice(user < hostAt ? hostAt : user + 1, pathAt).toLowerCase();
  const port = hostname.indexOf(':');
  if (port >= 0) hostname = hostname.slice(0, port);
  const pathname = url.slice(pathAt, queryAt) || '/';
  const fillsLate = hostname === THREAD_HOST || isSearchPath(pathname);
  const path = pathname.toLowerCase();
  for (const id of BACKUP_GATE_URL_IDS.split('|')) {
    if (path.includes(id)) return { opens: true, fillsLate };
  }
  const search = queryAt + 1 < end ? url.slice(queryAt, end) : '';
  const stems = BACKUP_GATE_STEMS.split('|');
  for (const text of readGateTexts(doc, { hostname, pathname, search })) {
    const lower = text.toLowerCase();
    for (const stem of stems) {
      if (!lower.includes(stem)) continue;
      if (backupGate().test(text)) return { opens: true, fillsLate };
      break;
    }
  }
  return { opens: false, fillsLate };
}
