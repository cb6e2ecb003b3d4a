/**
 * The cheap first look: a page that never says "backup" in any language we read (and has no
 * backup article id in its URL) is not about a failing backup, so the matcher is neither built
 * nor run for it. This is one native regular-expression search from a source generated at build
 * time (gate-source.ts), cheap even on the first call, which is what every Apple support page pays.
 */
import { BACKUP_GATE_SOURCE } from './gate-source.generated';
import type { UrlFacts } from './url';

let gate: RegExp | null = null;

export function backupGate(): RegExp {
  gate ??= new RegExp(BACKUP_GATE_SOURCE, 'i');
  return gate;
}

/** Whether any of these texts names a backup, so the page is worth reading in full. */
export function mentionsBackup(texts: string[]): boolean {
  const re = backupGate();
  return texts.some((t) => t.length > 0 && re.test(t));
}

/** Whether a page with this URL and these texts (title, query, body) is worth reading in full. */
export function opensGate(url: UrlFacts, texts: string[]): boolean {
  return url.hints.length > 0 || mentionsBackup(texts);
}
