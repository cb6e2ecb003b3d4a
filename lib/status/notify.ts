import { INCIDENT_FIRST_SERVICES } from '../../content/services';
import { format } from '../../content/strings/format';
import type { Strings } from '../i18n/strings';
import { sameService } from './names';
import type { ServiceStatus, StatusEvent } from './types';

/** How many ended incidents are remembered (so a late repeat of one is still ignored). */
const ENDED_KEPT = 200;

/**
 * What the notifier remembers across fetches (in storage). `seen` lists message ids in the order
 * they were first seen, each ongoing or ended. `initialized` turns true on the first good fetch,
 * which only records what is going on: nothing is announced on the first fetch after install.
 */
export interface NotifyMemory {
  initialized: boolean;
  seen: [messageId: string, phase: 'ongoing' | 'ended'][];
}

export const INITIAL_NOTIFY_MEMORY: NotifyMemory = { initialized: false, seen: [] };

export function sanitizeNotifyMemory(value: unknown): NotifyMemory {
  if (typeof value !== 'object' || value === null) return INITIAL_NOTIFY_MEMORY;
  const v = value as { initialized?: unknown; seen?: unknown };
  const seen = Array.isArray(v.seen)
    ? v.seen.filter(
        (e): e is NotifyMemory['seen'][number] =>
          Array.isArray(e) && typeof e[0] === 'string' && (e[1] === 'ongoing' || e[1] === 'ended'),
      )
    : [];
  return { initialized: v.initialized === true, seen };
}

export interface Notice {
  /** Stable per incident and kind, so the browser replaces rather than stacks. */
  id: string;
  kind: 'started' | 'ended';
  messageId: string;
  title: string;
  message: string;
}

interface Incident {
  event: StatusEvent;
  services: string[];
}

/** Ongoing incidents on the watched services, one per messageId, with every service it hits. */
function ongoingIncidents(services: readonly ServiceStatus[]): Map<string, Incident> {
  const incidents = new Map<string, Incident>();
  for (const service of services) {
    if (!INCIDENT_FIRST_SERVICES.some((name) => sameService(name, service.name))) continue;
    for (const event of service.events) {
      if (event.phase !== 'ongoing') continue;
      const incident = incidents.get(event.messageId);
      if (incident) incident.services.push(service.name);
      else incidents.set(event.messageId, { event, services: [service.name] });
    }
  }
  return incidents;
}

/**
 * Decides the notifications for one good fetch: one when an incident starts on iCloud Backup or
 * iCloud Account & Sign In, one when it ends, never twice for the same messageId. Worded in the
 * reader's language (`strings`).
 */
export function decideNotices(
  memory: NotifyMemory,
  services: readonly ServiceStatus[],
  strings: Strings,
): { notices: Notice[]; memory: NotifyMemory } {
  const N = strings.ui.notification;
  const incidents = ongoingIncidents(services);
  const seen = new Map(memory.seen);
  const notices: Notice[] = [];
  for (const [messageId, { event, services: names }] of incidents) {
    if (seen.has(messageId)) continue;
    seen.set(messageId, 'ongoing');
    if (!memory.initialized) continue;
    notices.push({
      id: `backup-doctor-${messageId}-started`,
      kind: 'started',
      messageId,
      title: format(N.startedTitle, {
        services: strings.list(names),
        state: strings.ui.status.stateWord[event.state],
      }),
      message: event.message || N.noMessage,
    });
  }
  for (const [messageId, phase] of seen) {
    if (phase !== 'ongoing' || incidents.has(messageId)) continue;
    seen.set(messageId, 'ended');
    const names = services
      .filter((s) => s.events.some((e) => e.messageId === messageId))
      .filter((s) => INCIDENT_FIRST_SERVICES.some((name) => sameService(name, s.name)))
      .map((s) => s.name);
    notices.push({
      id: `backup-doctor-${messageId}-ended`,
      kind: 'ended',
      messageId,
      title: format(N.endedTitle, {
        services: strings.list(names.length > 0 ? names : INCIDENT_FIRST_SERVICES.slice(0, 1)),
      }),
      message: N.endedMessage,
    });
  }
  const entries = [...seen];
  const ended = entries.filter(([, phase]) => phase === 'ended');
  const dropped = new Set(ended.slice(0, Math.max(0, ended.length - ENDED_KEPT)).map(([id]) => id));
  return {
    notices,
    memory: { initialized: true, seen: entries.filter(([id]) => !dropped.has(id)) },
  };
}
