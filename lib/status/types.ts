/** The status contract (DESIGN.md). Other code and outside checks rely on these shapes. */

import type { ServiceState } from '../../content/vocabulary';

// Declared with the data (content/vocabulary.ts); the contract re-exports it.
export type { ServiceState } from '../../content/vocabulary';

/** One event of Apple's feed, as parsed (entity-decoded, trimmed). */
export interface AppleStatusEvent {
  usersAffected: string;
  epochStartDate: number | null;
  epochEndDate: number | null;
  messageId: string;
  statusType: string;
  datePosted: string;
  startDate: string;
  endDate: string | null;
  affectedServices: string[] | null;
  eventStatus: string;
  message: string;
}

export interface AppleStatusService {
  serviceName: string;
  redirectUrl: string | null;
  events: AppleStatusEvent[];
  /** Set when some of the service's events could not be read: its state is then unknown. */
  unreadable?: boolean;
}

export interface AppleStatusFeed {
  drpost: boolean;
  drMessage: string | null;
  services: AppleStatusService[];
}

/** How an event stands now: only `ongoing` makes a service unhealthy. */
export type EventPhase = 'ongoing' | 'scheduled' | 'resolved';

export interface StatusEvent {
  messageId: string;
  /** What the event does to the service while it is ongoing. */
  state: Exclude<ServiceState, 'available' | 'unknown'>;
  phase: EventPhase;
  /** Apple's statusType as written ("Outage", "Issue", "Performance", ...). */
  statusType: string;
  message: string;
  usersAffected: string;
  start: number | null;
  end: number | null;
}

export interface ServiceStatus {
  /** Entity-decoded, trimmed. */
  name: string;
  state: ServiceState;
  events: StatusEvent[];
}

/**
 * What the background stores after each attempt, the one source every surface reads.
 * `services` is the last good summary (null before the first success); `error` the last failure.
 */
export interface StatusSnapshot {
  services: ServiceStatus[] | null;
  /** When `services` was fetched (ms since epoch), or null. */
  fetchedAt: number | null;
  /** When the last attempt ended, success or failure. */
  checkedAt: number | null;
  error: {
    /** `format`: a readable body in a shape we do not know (an older or newer feed format). */
    kind: 'network' | 'timeout' | 'http' | 'malformed' | 'format';
    message: string;
    at: number;
  } | null;
  /** True while a fetch is in flight. */
  refreshing: boolean;
  /**
   * Apple's words about the incidents in the reader's language, when the reader's language is
   * not English and its feed answered; the English feed still says which service and how bad.
   */
  localMessages?: LocalMessages | null;
}

/** Apple's message and "who is affected" for each incident, from one locale's feed. */
export interface LocalMessages {
  /** Apple's code of the feed they come from (`de_DE`, `ja_JP`). */
  feed: string;
  /** When that feed answered. */
  fetchedAt: number;
  /** By the incident's messageId, the same in every locale's feed. */
  byMessageId: Record<string, LocalMessage>;
}

export interface LocalMessage {
  message: string;
  usersAffected: string;
}
