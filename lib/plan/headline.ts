import { format } from '../../content/strings/format';
import type { DeviceKind } from '../../content/steps/types';
import type { CauseId, Channel, Diagnosis, Evidence } from '../diagnose/types';
import type { Strings } from '../i18n/strings';
import type { Incident } from './incident';

/** A channel's name for this device: "iCloud backup", "iPad backup". */
export function channelName(channel: Channel, device: DeviceKind, strings: Strings): string {
  return format(strings.ui.channels[channel], { device: strings.ui.devices[device] });
}

function causeName(cause: CauseId, device: DeviceKind, strings: Strings): string {
  return format(strings.ui.causes[cause], { device: strings.ui.devices[device] });
}

/** What we spotted, in plain words: "iCloud backup: not enough iCloud storage". */
export function headline(d: Diagnosis, device: DeviceKind, strings: Strings): string {
  const S = strings.ui.panel;
  const channel = channelName(d.channel, device, strings);
  const [top, ...rest] = [...d.causes].sort((a, b) => b.score - a.score);
  if (!top) return format(S.headlineGeneral, { channel });
  const cause = causeName(top.id, device, strings);
  if (rest.length === 0) return format(S.headline, { channel, cause });
  return strings.plural(S.headlineMore, rest.length, { channel, cause });
}

/**
 * The page's line: on a guide, what the page covers (its causes are not yet the reader's);
 * on a report, or once the reader said what they see, what we spotted.
 */
export function pageHeadline(d: Diagnosis, device: DeviceKind, strings: Strings): string {
  if (d.pageKind !== 'guide') return headline(d, device, strings);
  const S = strings.ui.panel;
  const channel = channelName(d.channel, device, strings);
  const [top, ...rest] = [...d.causes].sort((a, b) => b.score - a.score);
  if (!top) return format(S.headlineGeneral, { channel });
  if (rest.length === 0) {
    return format(S.guideHeadlineOne, { channel, cause: causeName(top.id, device, strings) });
  }
  return strings.plural(S.guideHeadline, rest.length + 1, { channel });
}

/** Apple's ongoing incident in plain words: it leads whatever the page says. */
export function incidentHeadline(incident: Incident, strings: Strings): string {
  return format(strings.ui.panel.incidentHeadline[incident.event.state], {
    service: incident.service,
  });
}

/** How many quotes the panel lists at most. */
const MAX_EVIDENCE = 5;

/**
 * The words on the page that led to the diagnosis, strongest cause first, each quote once
 * (whatever its case or spacing) and none that another quote already contains. URL evidence is
 * left out: it is not text the reader can see.
 */
export function evidenceQuotes(d: Diagnosis): Evidence[] {
  const keyOf = (e: Evidence) => e.quote.replace(/\s+/g, ' ').trim().toLowerCase();
  const all = d.causes.flatMap((c) => c.evidence).filter((e) => e.kind !== 'url' && keyOf(e));
  const keys = all.map(keyOf);
  const seen = new Set<string>();
  const out: Evidence[] = [];
  all.forEach((e, i) => {
    const key = keys[i] ?? '';
    const inLonger = keys.some((other) => other.length > key.length && other.includes(key));
    if (seen.has(key) || inLonger) return;
    seen.add(key);
    out.push(e);
  });
  return out.slice(0, MAX_EVIDENCE);
}
