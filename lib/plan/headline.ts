import { CAUSE_NAMES, CHANNEL_NAMES } from '../../content/strings/cause-names';
import { format } from '../../content/strings/format';
import { PANEL_STRINGS as S } from '../../content/strings/panel';
import type { Diagnosis, Evidence } from '../diagnose/types';

/** What we spotted, in plain words: "iCloud backup: not enough iCloud storage". */
export function headline(d: Diagnosis): string {
  const channel = CHANNEL_NAMES[d.channel];
  const [top, ...rest] = [...d.causes].sort((a, b) => b.score - a.score);
  if (!top) return format(S.headlineGeneral, { channel });
  if (rest.length === 0) return format(S.headline, { channel, cause: CAUSE_NAMES[top.id] });
  return format(rest.length === 1 ? S.headlineMore : S.headlineMorePlural, {
    channel,
    cause: CAUSE_NAMES[top.id],
    n: rest.length,
  });
}

/** How many quotes the panel lists at most. */
const MAX_EVIDENCE = 5;

/**
 * The words on the page that led to the diagnosis, strongest cause first, each quote once
 * (whatever its case). URL evidence is left out: it is not text the reader can see.
 */
export function evidenceQuotes(d: Diagnosis): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const cause of d.causes) {
    for (const e of cause.evidence) {
      const key = e.quote.replace(/\s+/g, ' ').trim().toLowerCase();
      if (e.kind === 'url' || key === '' || seen.has(key)) continue;
      seen.add(key);
      out.push(e);
    }
  }
  return out.slice(0, MAX_EVIDENCE);
}
