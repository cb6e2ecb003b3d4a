/**
 * The cheap first look: a page that never says "backup" in any language we read (and has no
 * backup article id in its URL) is not about a failing backup, so the matcher is neither built
 * nor run for it. Most pages are ruled out by a few substring searches for the words a match
 * starts with; the rest get one native regular-expression search. Both come from sources
 * generated at build time (gate-source.ts), cheap even on the first call, which is what every
 * Apple support page pays.
 */
import {
  BACKUP_GATE_SOURCE,
  BACKUP_GATE_STEMS,
  BACKUP_GATE_URL_IDS,
} from './gate-source.generated';
import type { UrlFacts } from './url';
import { pathOf } from './url-parts';

let gate: RegExp | null = null;

export function backupGate(): RegExp {
  gate ??= new RegExp(BACKUP_GATE_SOURCE, 'i');
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
 * Whether a URL might name a backup article: its path holds an id that readUrl knows. Whenever
 * readUrl finds a hint, this is true (it may be true more often), so the content script asks it
 * instead of loading the URL tables.
 */
export function mayNameBackupArticle(url: string): boolean {
  const path = pathOf(url).toLowerCase();
  return URL_IDS.some((id) => path.includes(id));
}
