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
