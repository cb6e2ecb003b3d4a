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
import { first } from '../untrusted';
import type { UrlFacts } from './url';
import { isSearchPath } from './url-parts';

let gate: RegExp | null = null;

export function backupGate(): RegExp {
  // Widened here, not at build time: the script every page compiles stays short.
  gate ??= new RegExp(BACKUP_GATE_SOURCE.replace(/ /g, GATE_SPACING), 'i');
  return gate;
}

const STEMS = BACKUP_GATE_STEMS.split('|');
const URL_IDS = BACKUP_GATE_URL_IDS.split('|');

/** Whether a text might name a backup: it holds a word that a gate match starts with. */
function mightMention(text: string): boolean {
  const lower = text.toLowerCase();
  return STEMS.some((stem) => lower.includes(stem));
}

/** Whether any of these texts names a backup, so the page is worth reading in full. */
export function mentionsBackup(texts: string[]): boolean {
  return texts.some((t) => t.length > 0 && mightMention(t) && backupGate().test(t));
}

/** Whether a page with this URL and these texts (title, query, body) is worth reading in full. */
export function opensGate(url: UrlFacts, texts: string[]): boolean {
  return url.hints.length > 0 || mentionsBackup(texts);
}

/**
 * The parts of a page's address the gate reads: `location` itself on the page (a parsed URL
 * object costs time on every page), a URL in tests.
 */
export type PageAddress = Pick<Location, 'hostname' | 'pathname' | 'search'>;

/**
 * Whether a URL might name a backup article: its path holds an id that readUrl knows. Whenever
 * readUrl finds a hint, this is true (it may be true more often), so the content script asks it
 * instead of loading the URL tables.
 */
export function mayNameBackupArticle(address: Pick<PageAddress, 'pathname'>): boolean {
  const path = address.pathname.toLowerCase();
  return URL_IDS.some((id) => path.includes(id));
}

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
 * Whether a page's text may still arrive after it has loaded: Apple's script draws a Community
 * thread's posts and a search's results, while an article is served whole (DOMAIN.md §3).
 */
export function mayFillLate({ hostname, pathname }: PageAddress): boolean {
  return hostname === THREAD_HOST || isSearchPath(pathname);
}

/**
 * What the gate looks at, read the quick way: the page's title and search query, and the whole
 * text of each element readPage reads, without its walk that leaves out navigation and related
 * links. It holds all that readPage keeps (and perhaps more), so the gate never shuts on a page
 * the full reading would find about a backup.
 */
export function readGateTexts(doc: Document, address: PageAddress): string[] {
  // The browser's own parsing, not url-parts.ts's: less code to compile on every page.
  const { hostname, pathname, search } = address;
  const parts =
    hostname === THREAD_HOST ? THREAD_PARTS : isSearchPath(pathname) ? [] : ARTICLE_PARTS;
  return [
    doc.title,
    // diagnose() reads a `q` in any page's address (url.ts); most addresses have no query at all.
    ...(search ? new URLSearchParams(search).getAll('q') : []),
    ...parts.map((selectors) => first(doc, selectors)?.textContent ?? ''),
  ];
}
