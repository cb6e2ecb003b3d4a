import type { ServiceStatus, StatusEvent } from '../status/types';

/** The services whose ongoing incident stops an iCloud backup, most important first. */
const BLOCKING_SERVICES = ['icloud backup', 'icloud account & sign in'];

const SEVERITY: Record<StatusEvent['state'], number> = { outage: 3, issue: 2, maintenance: 1 };

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Names as Apple may write them (entities, stray spaces, any case) reduced to one form. */
export function normalizeServiceName(name: string): string {
  return name
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
      if (code[0] === '#') {
        const n =
          code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
        return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
      }
      return ENTITIES[code.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export interface Incident {
  service: string;
  event: StatusEvent;
}

/**
 * The ongoing incident on iCloud Backup, else on iCloud Account & Sign In (the worst event of
 * the first service that has one), or null. Scheduled and resolved events never count.
 */
export function findIncident(services: ServiceStatus[] | null): Incident | null {
  if (!services) return null;
  for (const wanted of BLOCKING_SERVICES) {
    const service = services.find((s) => normalizeServiceName(s.name) === wanted);
    const ongoing = (service?.events ?? []).filter((e) => e.phase === 'ongoing');
    if (!service || ongoing.length === 0) continue;
    const worst = ongoing.reduce((a, b) => (SEVERITY[b.state] > SEVERITY[a.state] ? b : a));
    return { service: service.name, event: worst };
  }
  return null;
}
