/**
 * The cheap first look: a page that never says "backup" in any language we read (and has no
 * backup article id in its URL) is not about a failing backup, so the matcher is neither built
 * nor run for it. This is one native regular-expression search, cheap even on the first call,
 * which is what every Apple support page pays.
 */
import { WORD_CLASSES } from '../../content/diagnosis/word-classes';

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

let gate: RegExp | null = null;

export function backupGate(): RegExp {
  if (gate) return gate;
  const entries = new Set<string>();
  for (const cls of GATE_CLASSES) for (const e of WORD_CLASSES[cls] ?? []) entries.add(e);
  gate = new RegExp([...entries].map(entrySource).join('|'), 'i');
  return gate;
}

/** Whether any of these texts names a backup, so the page is worth reading in full. */
export function mentionsBackup(texts: string[]): boolean {
  const re = backupGate();
  return texts.some((t) => t.length > 0 && re.test(t));
}
