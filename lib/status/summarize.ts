import { severity } from '../../content/vocabulary';
import { serviceKey } from './names';
import type {
  AppleStatusEvent,
  AppleStatusFeed,
  EventPhase,
  ServiceState,
  ServiceStatus,
  StatusEvent,
} from './types';

/** The worse of two states (content/vocabulary.ts orders them). */
export function worseState(a: ServiceState, b: ServiceState): ServiceState {
  return severity(b) > severity(a) ? b : a;
}

/** Outage and Maintenance as named; Issue, Performance and any type Apple adds count as issue. */
export function stateOfType(statusType: string): StatusEvent['state'] {
  const type = statusType.trim().toLowerCase();
  if (type === 'outage') return 'outage';
  if (type === 'maintenance') return 'maintenance';
  return 'issue';
}

/**
 * Apple's eventStatus decides; only when it is missing or unfamiliar do the dates: started and
 * not yet ended is ongoing, not started is scheduled, ended is resolved.
 */
export function phaseOf(event: AppleStatusEvent, now: number): EventPhase {
  switch (event.eventStatus) {
    case 'ongoing':
      return 'ongoing';
    case 'upcoming':
    case 'scheduled':
      return 'scheduled';
    case 'resolved':
    case 'completed':
      return 'resolved';
  }
  const start = event.epochStartDate;
  if (start === null || start > now) return start === null ? 'resolved' : 'scheduled';
  return event.epochEndDate === null || event.epochEndDate > now ? 'ongoing' : 'resolved';
}

function toStatusEvent(event: AppleStatusEvent, now: number): StatusEvent {
  return {
    messageId: event.messageId,
    state: stateOfType(event.statusType),
    phase: phaseOf(event, now),
    statusType: event.statusType,
    message: event.message,
    usersAffected: event.usersAffected,
    start: event.epochStartDate,
    end: event.epochEndDate,
  };
}

const PHASE_ORDER: Readonly<Record<EventPhase, number>> = { ongoing: 0, scheduled: 1, resolved: 2 };

/** Ongoing first (worst, then newest), then scheduled (soonest), then history (newest). */
function compareEvents(a: StatusEvent, b: StatusEvent): number {
  if (a.phase !== b.phase) return PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase];
  if (a.phase === 'ongoing' && a.state !== b.state) return severity(b.state) - severity(a.state);
  const as = a.start ?? 0;
  const bs = b.start ?? 0;
  return a.phase === 'scheduled' ? as - bs : bs - as;
}

/**
 * One status per service of the feed, in the feed's order. An incident listed under one service
 * with `affectedServices` naming others counts for those too (Apple usually repeats it under
 * each, with the same messageId; it is never counted twice).
 */
export function summarizeServices(feed: AppleStatusFeed, now: number): ServiceStatus[] {
  const byKey = new Map<
    string,
    { name: string; unreadable: boolean; events: AppleStatusEvent[] }
  >();
  for (const service of feed.services) {
    const key = serviceKey(service.serviceName);
    const entry = byKey.get(key);
    if (entry) {
      entry.events.push(...service.events);
      entry.unreadable ||= service.unreadable === true;
    } else {
      byKey.set(key, {
        name: service.serviceName,
        unreadable: service.unreadable === true,
        events: [...service.events],
      });
    }
  }
  for (const service of feed.services) {
    for (const event of service.events) {
      for (const affected of event.affectedServices ?? []) {
        const target = byKey.get(serviceKey(affected));
        if (target && !target.events.some((e) => e.messageId === event.messageId)) {
          target.events.push(event);
        }
      }
    }
  }
  return [...byKey.values()].map(({ name, unreadable, events }) => {
    // First listing wins: a service's own copy of an incident before one borrowed from another.
    const unique = new Map([...events].reverse().map((e) => [e.messageId, e] as const));
    const list = [...unique.values()].map((e) => toStatusEvent(e, now)).sort(compareEvents);
    // Events we could not read leave the service unknown unless a readable one is worse.
    const state = list
      .filter((e) => e.phase === 'ongoing')
      .reduce<ServiceState>(
        (worst, e) => worseState(worst, e.state),
        unreadable ? 'unknown' : 'available',
      );
    return { name, state, events: list };
  });
}
