import { APPLE_LOCALE_SITES, statusFeedUrl } from '../../content/apple-sites';

/**
 * When the background asks Apple's feed, as pure functions of time, so tests can run them with a
 * fake clock. Budget (DESIGN.md): at most one request per 5 minutes on the timer, plus on demand
 * when the data is older than 2 minutes; the timer is jittered; failures back off.
 */

/** Apple's code of the English feed, the one whose service names we match (DOMAIN.md §1). */
export const ENGLISH_FEED = APPLE_LOCALE_SITES.en.feed;
/** The timer's period. */
export const POLL_INTERVAL_MS = 5 * 60_000;
/** A page or the popup asking for status triggers a fetch only when the last check is older. */
export const ON_DEMAND_MAX_AGE_MS = 2 * 60_000;
/** Backoff stops doubling here. */
export const MAX_BACKOFF_MS = 60 * 60_000;
/** A request that has not finished (headers and body) by then is abandoned as a timeout. */
export const FETCH_TIMEOUT_MS = 10_000;
/**
 * A feed body larger than this is refused unread (Apple's is about 50 KB). It bounds the worker's
 * memory and parse time whatever the server sends: a 2 MB body of nested brackets parses in
 * about 1 s, a 10 MB one would hold the worker far longer.
 */
export const MAX_FEED_BYTES = 2_000_000;
/** Alarms fire a little early or late; a tick this close to the due time counts as due. */
const TICK_SLACK_MS = 30_000;

/** What the fetcher remembers between attempts (kept in storage: the worker may be stopped). */
export interface FetchState {
  /** Consecutive failed attempts; 0 after a success. */
  failures: number;
  /** No timer or on-demand fetch before this time (ms); explicit refreshes ignore it. */
  notBefore: number;
  /** Validators from Apple's last good answer, for conditional requests. */
  etag: string | null;
  lastModified: string | null;
}

export const INITIAL_FETCH_STATE: FetchState = {
  failures: 0,
  notBefore: 0,
  etag: null,
  lastModified: null,
};

export function sanitizeFetchState(value: unknown): FetchState {
  if (typeof value !== 'object' || value === null) return INITIAL_FETCH_STATE;
  const v = value as Partial<Record<keyof FetchState, unknown>>;
  const count = (x: unknown): number =>
    typeof x === 'number' && Number.isFinite(x) && x >= 0 ? Math.floor(x) : 0;
  const str = (x: unknown): string | null => (typeof x === 'string' && x !== '' ? x : null);
  return {
    failures: count(v.failures),
    notBefore: count(v.notBefore),
    etag: str(v.etag),
    lastModified: str(v.lastModified),
  };
}

/** The wait after `failures` consecutive failures: 5, 10, 20, 40, then 60 minutes. */
export function backoffDelay(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(POLL_INTERVAL_MS * 2 ** (failures - 1), MAX_BACKOFF_MS);
}

export function afterSuccess(validators: Pick<FetchState, 'etag' | 'lastModified'>): FetchState {
  return { failures: 0, notBefore: 0, ...validators };
}

export function afterFailure(state: FetchState, now: number): FetchState {
  const failures = state.failures + 1;
  return { ...state, failures, notBefore: now + backoffDelay(failures) - TICK_SLACK_MS };
}

/**
 * Whether a backoff is running. A wait longer than the longest backoff cannot be ours (garbage in
 * storage, or the clock was set back): it is ignored, or the feed would never be asked again.
 */
function backingOff(state: FetchState, now: number): boolean {
  return now < state.notBefore && state.notBefore - now <= MAX_BACKOFF_MS;
}

/** On a timer tick: fetch unless backing off. (The timer itself keeps to one per 5 minutes.) */
export function dueOnTick(state: FetchState, now: number): boolean {
  return !backingOff(state, now);
}

/** When a page or the popup asks: fetch if the last check is older than 2 minutes, backoff allowing. */
export function dueOnDemand(checkedAt: number | null, state: FetchState, now: number): boolean {
  const old = checkedAt === null || now - checkedAt > ON_DEMAND_MAX_AGE_MS;
  return old && !backingOff(state, now);
}

/** The first tick's delay, in minutes, spread over one period so installs never poll in lockstep. */
export function firstTickDelayMinutes(random: number): number {
  const r = Number.isFinite(random) ? Math.min(Math.max(random, 0), 1) : 0.5;
  // Chrome does not fire alarms sooner than 30 seconds.
  return Math.max(0.5, r * (POLL_INTERVAL_MS / 60_000));
}

/** A locale's feed address (English unless told) with Apple's own cache-busting parameter. */
export function feedUrl(now: number, feed: string = ENGLISH_FEED): string {
  return `${statusFeedUrl(feed)}?_=${now}`;
}

/** Conditional request headers from the last good answer's validators. */
export function conditionalHeaders(state: FetchState): Record<string, string> {
  const headers: Record<string, string> = {};
  if (state.etag) headers['If-None-Match'] = state.etag;
  if (state.lastModified) headers['If-Modified-Since'] = state.lastModified;
  return headers;
}
