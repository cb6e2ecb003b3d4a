import { SERVICE_STATES } from '../../content/vocabulary';
import { isRecord } from '../untrusted';
import { sanitizeLocalMessages } from './local-messages';
import type { ServiceStatus, StatusEvent, StatusSnapshot } from './types';

/** The snapshot before anything is known: every reader shows "unknown", never "available". */
export const EMPTY_SNAPSHOT: StatusSnapshot = {
  services: null,
  fetchedAt: null,
  checkedAt: null,
  error: null,
  refreshing: false,
  localMessages: null,
};

type Loose<T> = Partial<Record<keyof T, unknown>>;

const EVENT_STATES = SERVICE_STATES.filter(
  (s): s is StatusEvent['state'] => s !== 'available' && s !== 'unknown',
);
const PHASES: readonly StatusEvent['phase'][] = ['ongoing', 'scheduled', 'resolved'];
const ERROR_KINDS: readonly NonNullable<StatusSnapshot['error']>['kind'][] = [
  'network',
  'timeout',
  'http',
  'malformed',
  'format',
];

function num(x: unknown): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | null {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : null;
}

function sanitizeEvent(value: unknown): StatusEvent | null {
  if (!isRecord(value)) return null;
  const v = value as Loose<StatusEvent>;
  const state = oneOf(v.state, EVENT_STATES);
  const phase = oneOf(v.phase, PHASES);
  if (!state || !phase || typeof v.messageId !== 'string') return null;
  const text = (x: unknown): string => (typeof x === 'string' ? x : '');
  return {
    messageId: v.messageId,
    state,
    phase,
    statusType: text(v.statusType),
    message: text(v.message),
    usersAffected: text(v.usersAffected),
    start: num(v.start),
    end: num(v.end),
  };
}

function sanitizeService(value: unknown): ServiceStatus | null {
  if (!isRecord(value)) return null;
  const v = value as Loose<ServiceStatus>;
  if (typeof v.name !== 'string' || v.name === '') return null;
  const events = Array.isArray(v.events) ? v.events.map(sanitizeEvent) : [];
  // A service whose state or events we cannot read is unknown, never available.
  const readable = Array.isArray(v.events) && events.every((e) => e !== null);
  const state = oneOf(v.state, SERVICE_STATES);
  return {
    name: v.name,
    state: state && readable ? state : 'unknown',
    events: events.filter((e): e is StatusEvent => e !== null),
  };
}

function sanitizeError(value: unknown): StatusSnapshot['error'] {
  if (!isRecord(value)) return null;
  const kind = oneOf(value.kind, ERROR_KINDS);
  const at = num(value.at);
  if (!kind || at === null) return null;
  return { kind, message: typeof value.message === 'string' ? value.message : '', at };
}

/**
 * Turns whatever storage holds into a snapshot. A value that is not shaped like one (an older
 * version, garbage) becomes the empty snapshot; a service that cannot be read becomes unknown.
 * Never a crash and never a green.
 */
export function sanitizeSnapshot(value: unknown): StatusSnapshot {
  if (!isRecord(value)) return EMPTY_SNAPSHOT;
  const v = value as Loose<StatusSnapshot>;
  const services = Array.isArray(v.services)
    ? v.services.map(sanitizeService).filter((s): s is ServiceStatus => s !== null)
    : null;
  const fetchedAt = services ? num(v.fetchedAt) : null;
  return {
    // Services without the time they were fetched cannot be judged fresh: treat as no data.
    services: fetchedAt === null ? null : services,
    fetchedAt,
    checkedAt: num(v.checkedAt),
    error: sanitizeError(v.error),
    refreshing: v.refreshing === true,
    localMessages: sanitizeLocalMessages(v.localMessages),
  };
}
