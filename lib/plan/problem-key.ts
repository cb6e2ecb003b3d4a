import type { Diagnosis } from '../diagnose/types';

/** How many of the strongest causes name a problem. */
const KEY_CAUSES = 2;

/**
 * A stable key for "this person's problem", under which progress is kept: the channel and the
 * strongest causes, sorted so that two causes swapping places keep the same key.
 */
export function problemKey(d: Diagnosis): string {
  const top = [...d.causes]
    .sort((a, b) => b.score - a.score)
    .slice(0, KEY_CAUSES)
    .map((c) => c.id)
    .sort();
  return `${d.channel}:${top.length > 0 ? top.join('+') : 'general'}`;
}
