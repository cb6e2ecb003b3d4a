/**
 * The source of the gate's regular expression (gate.ts), built from the word classes that name
 * a backup. Run at build time by `npm run generate`, so a page never builds it and the content
 * script does not carry the word tables.
 */

/** The word classes that name a backup; the gate's words come from them, so they cannot drift. */
export const GATE_CLASSES = ['backup', 'backupnoun', 'backupintl'] as const;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What may stand between an entry's words: any spacing or hyphen, so "back up" also finds
 * "back-up" and "backed  up". The generated source writes a plain space there instead (it is
 * shorter, and every page compiles the gate's script): gate.ts widens it when it builds the
 * expression.
 */
export const GATE_SPACING = '[\\s\\u00a0\\u2010-\\u2014-]*';

/** An entry's words in lower case, as the case-insensitive search compares them. */
const wordsOf = (entry: string): string[] =>
  entry
    .trim()
    .toLowerCase()
    .split(/[\s-]+/);

/**
 * Whether every text that `longer` finds also holds a match of `shorter`, so `longer` can go:
 * `shorter`'s words stand in it in a row, its first word at the end of one of `longer`'s and its
 * last at the start of one ("backup" holds in "backups", "back up" in "back ups").
 */
function holds(longer: string[], shorter: string[]): boolean {
  const n = shorter.length;
  for (let i = 0; i + n <= longer.length; i++) {
    const at = longer.slice(i, i + n);
    const fits =
      n === 1
        ? (at[0] ?? '').includes(shorter[0] ?? '')
        : at[0]?.endsWith(shorter[0] ?? '') &&
          at[n - 1]?.startsWith(shorter[n - 1] ?? '') &&
          at.slice(1, -1).every((w, k) => w === shorter[k + 1]);
    if (fits) return true;
  }
  return false;
}

/** The gate's entries, each once, without any that another entry's match already covers. */
function gateEntries(wordClasses: Readonly<Record<string, readonly string[]>>): string[][] {
  const byWords = new Map<string, string[]>();
  for (const cls of GATE_CLASSES) {
    for (const e of wordClasses[cls] ?? []) {
      const words = wordsOf(e);
      byWords.set(words.join(' '), words);
    }
  }
  const entries = [...byWords.values()];
  return entries.filter((e) => !entries.some((o) => o !== e && holds(e, o)));
}

/**
 * Every entry of the gate's classes as one alternation for a case-insensitive search, with a
 * space where GATE_SPACING goes. No word boundaries: a word found inside a longer one
 * ("backups", "sauvegardé") only opens the gate, which is the safe direction.
 */
export function gateSource(wordClasses: Readonly<Record<string, readonly string[]>>): string {
  return gateEntries(wordClasses)
    .map((words) => words.map(escape).join(' '))
    .join('|');
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
      const [word] = wordsOf(e);
      if (word) firsts.add(word);
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
