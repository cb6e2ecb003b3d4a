import { INCIDENT_FIRST_SERVICES } from '../../content/services';
import { severity } from '../../content/vocabulary';
import { sameService } from '../status/names';
import type { ServiceStatus, StatusEvent } from '../status/types';

export interface Incident {
  service: string;
  event: StatusEvent;
}

/**
 * The ongoing incident on iCloud Backup, else on iCloud Account & Sign In (the worst event of
 * the first service that has one), or null. Names are compared entity-decoded and in any case;
 * scheduled and resolved events never count.
 */
export function findIncident(services: readonly ServiceStatus[] | null): Incident | null {
  if (!services) return null;
  for (const wanted of INCIDENT_FIRST_SERVICES) {
    const service = services.find((s) => sameService(s.name, wanted));
    const ongoing = (service?.events ?? []).filter((e) => e.phase === 'ongoing');
    if (!service || ongoing.length === 0) continue;
    const worst = ongoing.reduce((a, b) => (severity(b.state) > severity(a.state) ? b : a));
    return { service: service.name, event: worst };
  }
  return null;
}

/**
 * True when fresh status says every service that could stop an iCloud backup is available: then
 * the steps that send the user to Apple's status page, or tell them to wait, would only mislead.
 */
export function appleSideHealthy(services: readonly ServiceStatus[] | null): boolean {
  if (!services) return false;
  return INCIDENT_FIRST_SERVICES.every(
    (wanted) => services.find((s) => sameService(s.name, wanted))?.state === 'available',
  );
}
