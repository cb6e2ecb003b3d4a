import { PRIMARY_BACKUP_SERVICE } from '../../content/services';
import { format } from '../../content/strings/format';
import { STATUS_STRINGS as S } from '../../content/strings/status';
import { sameService } from './names';
import type { ServiceState, ServiceStatus, StatusEvent, StatusSnapshot } from './types';
import { STATE_COLORS } from './state-colors';

/** Older than this, a snapshot no longer says how a service is: it reads as unknown. */
export const STALE_AFTER_MS = 60 * 60 * 1000;

/** How times are written; tests pin the zone, the extension uses the browser's. */
export interface ClockOptions {
  timeZone?: string;
  locale?: string;
}

/** A service found by its name or an alias, whatever the case, spacing or entities. */
export function findService(
  services: readonly ServiceStatus[] | null,
  name: string,
): ServiceStatus | null {
  return services?.find((s) => sameService(s.name, name)) ?? null;
}

/** No good data yet, or the last good data is more than an hour old. */
export function isStale(snapshot: StatusSnapshot, now: number): boolean {
  return (
    snapshot.services === null ||
    snapshot.fetchedAt === null ||
    now - snapshot.fetchedAt > STALE_AFTER_MS
  );
}

/** The services to plan with: the snapshot's, or null when they are missing or stale. */
export function freshServices(snapshot: StatusSnapshot, now: number): ServiceStatus[] | null {
  return isStale(snapshot, now) ? null : snapshot.services;
}

/** One service as a surface shows it: never "available" without fresh data that says so. */
export interface ServiceView {
  name: string;
  state: ServiceState;
  /** The worst ongoing event, whose message and start the surfaces show. */
  event: StatusEvent | null;
  /** The next scheduled event, if any (shown as scheduled, never as a problem). */
  scheduled: StatusEvent | null;
  /** What the feed said before it went stale; null when it never said anything. */
  lastKnown: ServiceState | null;
  stale: boolean;
}

export function viewService(snapshot: StatusSnapshot, name: string, now: number): ServiceView {
  const service = findService(snapshot.services, name);
  const stale = isStale(snapshot, now);
  const event = service?.events.find((e) => e.phase === 'ongoing') ?? null;
  return {
    name: service?.name ?? name,
    state: !service || stale ? 'unknown' : service.state,
    event: stale ? null : event,
    scheduled: stale ? null : (service?.events.find((e) => e.phase === 'scheduled') ?? null),
    lastKnown: service?.state ?? null,
    stale,
  };
}

/** iCloud Backup's state from a snapshot: 'unknown' when there is no data or it is stale. */
export function backupView(snapshot: StatusSnapshot, now: number): ServiceView {
  return viewService(snapshot, PRIMARY_BACKUP_SERVICE, now);
}

export function stateWords(state: ServiceState): string {
  return S.state[state];
}

type ClockPart = 'date' | 'time' | 'dayAndTime';

const CLOCK_PARTS: Record<ClockPart, Intl.DateTimeFormatOptions> = {
  date: {},
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  dayAndTime: {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  },
};

/**
 * Formatters made once per part, locale and zone: making one costs far more than using it, and
 * a popup writes a dozen times on its first render.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatPart(part: ClockPart, ms: number, options: ClockOptions): string {
  // Calendar dates in `en-CA` read "2025-11-27": equal strings, same day.
  const locale = part === 'date' ? 'en-CA' : options.locale;
  const key = `${part}|${locale ?? ''}|${options.timeZone ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      ...CLOCK_PARTS[part],
      timeZone: options.timeZone,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(ms);
}

/** "14:02" on the same day as `now`, "Nov 27, 14:02" otherwise. */
export function formatClock(ms: number, now: number, options: ClockOptions = {}): string {
  const time = formatPart('time', ms, options);
  if (formatPart('date', ms, options) === formatPart('date', now, options)) return time;
  return formatPart('dayAndTime', ms, options);
}

/** "since 14:02" */
export function sinceText(ms: number, now: number, options: ClockOptions = {}): string {
  return format(S.since, { time: formatClock(ms, now, options) });
}

let relativeTime: Intl.RelativeTimeFormat | null = null;

/** "checked 3 minutes ago", "checked just now", "not checked yet". */
export function checkedAgo(checkedAt: number | null, now: number): string {
  if (checkedAt === null) return S.neverChecked;
  const minutes = Math.floor(Math.max(0, now - checkedAt) / 60_000);
  if (minutes < 1) return S.checkedJustNow;
  const hours = Math.floor(minutes / 60);
  const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
    minutes < 60
      ? [minutes, 'minute']
      : hours < 24
        ? [hours, 'hour']
        : [Math.floor(hours / 24), 'day'];
  relativeTime ??= new Intl.RelativeTimeFormat('en', { numeric: 'always' });
  return format(S.checkedAgo, { ago: relativeTime.format(-value, unit) });
}

/** "iCloud Backup: outage since 14:02", or "iCloud Backup: available". */
export function statusLine(view: ServiceView, now: number, options: ClockOptions = {}): string {
  const state = S.stateWord[view.state];
  if (view.event?.start != null) {
    return format(S.serviceStateSince, {
      service: view.name,
      state,
      since: formatClock(view.event.start, now, options),
    });
  }
  return format(S.serviceState, { service: view.name, state });
}

/**
 * Why the data may be missing or old, in plain words, or null when the snapshot is fresh and the
 * last attempt worked: "Couldn't reach Apple's status feed. Last known status from 14:02."
 */
export function problemLine(
  snapshot: StatusSnapshot,
  now: number,
  options: ClockOptions = {},
): string | null {
  // The time is written only when the line says it: a fresh snapshot needs no clock formatter.
  const lastKnown = () =>
    snapshot.fetchedAt !== null ? formatClock(snapshot.fetchedAt, now, options) : null;
  if (snapshot.error && (snapshot.fetchedAt === null || snapshot.error.at >= snapshot.fetchedAt)) {
    const error = S.error[snapshot.error.kind];
    const time = lastKnown();
    return time ? format(S.errorWithLastKnown, { error, time }) : error;
  }
  if (!isStale(snapshot, now)) return null;
  const time = lastKnown();
  return time ? format(S.stale, { time }) : S.noData;
}

export interface Badge {
  /** Empty when iCloud Backup is available: no badge at all. */
  text: string;
  color: string;
  /** The toolbar tooltip, in words: "iCloud Backup: outage since 14:02". */
  title: string;
}

/** What the toolbar badge shows for iCloud Backup; grey "?" when unknown or older than an hour. */
export function badgeFor(snapshot: StatusSnapshot, now: number, options: ClockOptions = {}): Badge {
  const view = backupView(snapshot, now);
  return {
    text: S.badgeText[view.state],
    color: STATE_COLORS.light[view.state],
    title: statusLine(view, now, options),
  };
}
