import { PRIMARY_BACKUP_SERVICE } from '../../content/services';
import { format } from '../../content/strings/format';
import type { Strings } from '../i18n/strings';
import { sameService } from './names';
import type { ServiceState, ServiceStatus, StatusEvent, StatusSnapshot } from './types';
import { STATE_COLORS } from './state-colors';

/** Older than this, a snapshot no longer says how a service is: it reads as unknown. */
export const STALE_AFTER_MS = 60 * 60 * 1000;

/** Where times are written for; tests pin the zone, the extension uses the browser's. The locale is the `Strings`'. */
export interface ClockOptions {
  timeZone?: string;
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

export function stateWords(state: ServiceState, strings: Strings): string {
  return strings.ui.status.state[state];
}

/** "14:02" (or "2:02 PM", as the locale writes it) on the same day as `now`, with the date otherwise. */
export function formatClock(
  ms: number,
  now: number,
  strings: Strings,
  options: ClockOptions = {},
): string {
  return strings.clock(ms, now, options.timeZone);
}

/** "since 14:02" */
export function sinceText(
  ms: number,
  now: number,
  strings: Strings,
  options: ClockOptions = {},
): string {
  return format(strings.ui.status.since, { time: formatClock(ms, now, strings, options) });
}

/** "checked 3 minutes ago", "checked just now", "not checked yet". */
export function checkedAgo(checkedAt: number | null, now: number, strings: Strings): string {
  const S = strings.ui.status;
  if (checkedAt === null) return S.neverChecked;
  if (now - checkedAt < 60_000) return S.checkedJustNow;
  return format(S.checkedAgo, { ago: strings.ago(checkedAt, now) });
}

/** "iCloud Backup: outage since 14:02", or "iCloud Backup: available". */
export function statusLine(
  view: ServiceView,
  now: number,
  strings: Strings,
  options: ClockOptions = {},
): string {
  const S = strings.ui.status;
  const state = S.stateWord[view.state];
  if (view.event?.start != null) {
    return format(S.serviceStateSince, {
      service: view.name,
      state,
      since: formatClock(view.event.start, now, strings, options),
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
  strings: Strings,
  options: ClockOptions = {},
): string | null {
  const S = strings.ui.status;
  // The time is written only when the line says it: a fresh snapshot needs no clock formatter.
  const lastKnown = () =>
    snapshot.fetchedAt !== null ? formatClock(snapshot.fetchedAt, now, strings, options) : null;
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
export function badgeFor(
  snapshot: StatusSnapshot,
  now: number,
  strings: Strings,
  options: ClockOptions = {},
): Badge {
  const view = backupView(snapshot, now);
  return {
    text: strings.ui.status.badgeText[view.state],
    color: STATE_COLORS.light[view.state],
    title: statusLine(view, now, strings, options),
  };
}
