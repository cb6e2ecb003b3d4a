/**
 * The source of the gate's regular expression (gate.ts), built from the word classes that name
 * a backup. Run at build time by `npm run generate`, so a page never builds it and the content
 * script does not carry the word tables.
 */

/** The word classes that name a backup; the gate's words come from them, so they cannot drift. */
export const GATE_CLASSES = ['backup', 'backupnoun', 'backupintl'] as const;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A class entry as a search: its words in order with any spacing or hyphen between them, so
 * "back up" also finds "back-up" and "backed  up". No word boundaries: a word found inside a
 * longer one ("backups", "sauvegardé") only opens the gate, which is the safe direction.
 */
function entrySource(entry: string): string {
  return entry
    .trim()
    .split(/[\s-]+/)
    .map(escape)
    .join('[\\s\\u00a0\\u2010-\\u2014-]*');
}

/** Every entry of the gate's classes as one alternation, for a case-insensitive search. */
export function gateSource(wordClasses: Readonly<Record<string, readonly string[]>>): string {
  const entries = new Set<string>();
  for (const cls of GATE_CLASSES) for (const e of wordClasses[cls] ?? []) entries.add(e);
  return [...entries].map(entrySource).join('|');
}

/**
 * The words every gate match starts with, in lower case and without any that holds another
 * (a text with "backup" has "back"): a text that holds none of them cannot match the gate, so
 * most pages are ruled out with a few substring searches, before the expression is ever built.
 * Sound because the expression matches ASCII letters case-insensitively only against ASCII ones
 * (non-Unicode `i`), which toLowerCase maps the same way.
 */
export function gateStems(wordClasses: Readonly<Record<string, readonly string[]>>): string[] {
  const firsts = new Set<string>();
  for (const cls of GATE_CLASSES) {
    for (const e of wordClasses[cls] ?? []) {
      const word = e.trim().split(/[\s-]+/)[0];
      if (word) firsts.add(word.toLowerCase());
    }
  }
  return [...firsts].filter((w) => ![...firsts].some((o) => o !== w && w.includes(o)));
}

/**
 * The ids readUrl knows (article and guide topic ids, lib/diagnose/url.ts), in lower case: a URL
 * whose path holds none of them names no backup article, which the gate checks with substring
 * searches instead of carrying the URL tables.
 */
export function gateUrlIds(hints: readonly { id: string }[]): string[] {
  return [...new Set(hints.map((h) => h.id.toLowerCase()))];
}
