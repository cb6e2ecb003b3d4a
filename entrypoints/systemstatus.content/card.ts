import { fixArticleUrl } from '../../content/apple-sites';
import { PRIMARY_BACKUP_SERVICE, RELATED_BACKUP_SERVICES } from '../../content/services';
import { format } from '../../content/strings/format';
import type { Strings } from '../../lib/i18n/strings';
import {
  checkedAgo,
  findService,
  formatClock,
  isStale,
  problemLine,
  sinceText,
  viewService,
  type ClockOptions,
  type ServiceView,
} from '../../lib/status/describe';
import type { ServiceState, ServiceStatus, StatusSnapshot } from '../../lib/status/types';

/** What the System Status page itself showed, and as of when. */
export interface PageReading {
  services: ServiceStatus[];
  /** The page's "as of" time when it shows one, else when we read its rows. */
  at: number;
}

/**
 * Which source is newer: the page when its time is later than our last good fetch (or we have
 * none, or ours is stale), the feed otherwise. Apple's page is drawn from the same feed, so the
 * newer of the two is the better answer.
 */
export function preferPage(
  snapshot: StatusSnapshot,
  page: PageReading | null,
  now: number,
): boolean {
  if (!page || page.services.length === 0) return false;
  if (isStale(snapshot, now)) return true;
  return page.at > (snapshot.fetchedAt ?? Number.NEGATIVE_INFINITY);
}

export interface SourcedView extends ServiceView {
  source: 'feed' | 'page';
}

/** One service from the preferred source; the feed's event is kept only when the two agree. */
export function sourcedView(
  snapshot: StatusSnapshot,
  page: PageReading | null,
  name: string,
  now: number,
): SourcedView {
  const feed = viewService(snapshot, name, now);
  const row = preferPage(snapshot, page, now) ? findService(page?.services ?? null, name) : null;
  // A row whose state the page does not make clear leaves the answer to the feed.
  if (!row || row.state === 'unknown') return { ...feed, source: 'feed' };
  const agree = row.state === feed.state;
  return {
    ...feed,
    name: row.name,
    state: row.state,
    event: agree ? feed.event : null,
    scheduled: feed.scheduled,
    stale: false,
    source: 'page',
  };
}

/** True when the page is newer and shows a backup service differently: time to ask the feed. */
export function pageDisagrees(
  snapshot: StatusSnapshot,
  page: PageReading | null,
  now: number,
): boolean {
  if (!preferPage(snapshot, page, now) || snapshot.services === null) return false;
  return [PRIMARY_BACKUP_SERVICE, ...RELATED_BACKUP_SERVICES].some((name) => {
    const row = findService(page?.services ?? null, name);
    const fed = findService(snapshot.services, name);
    return row !== null && fed !== null && row.state !== fed.state;
  });
}

export interface CardView {
  state: ServiceState;
  headline: string;
  since: string | null;
  message: string | null;
  advice: string | null;
  scheduled: string | null;
  related: { name: string; state: ServiceState; text: string }[];
  source: string;
  problem: string | null;
  fixUrl: string;
  fixLabel: string;
}

/** Everything the status card shows, in words, from the snapshot and what the page showed. */
export function statusCardView(
  snapshot: StatusSnapshot,
  page: PageReading | null,
  now: number,
  strings: Strings,
  clock: ClockOptions = {},
): CardView {
  const C = strings.ui.statusCard;
  const S = strings.ui.status;
  const primary = sourcedView(snapshot, page, PRIMARY_BACKUP_SERVICE, now);
  const related = RELATED_BACKUP_SERVICES.map((name) => sourcedView(snapshot, page, name, now))
    .filter((view) => view.state !== 'available' && view.state !== 'unknown')
    .map((view) => ({
      name: view.name,
      state: view.state,
      text: format(C.relatedState, { service: view.name, state: S.state[view.state] }),
    }));
  const unhealthy =
    primary.state === 'outage' || primary.state === 'issue' || primary.state === 'maintenance';
  const source =
    primary.source === 'page' && page
      ? format(C.fromPage, { time: formatClock(page.at, now, strings, clock) })
      : format(C.fromFeed, { checked: checkedAgo(snapshot.checkedAt, now, strings) });
  return {
    state: primary.state,
    headline:
      primary.state === 'unknown'
        ? C.headlineUnknown
        : format(C.headline, { state: S.state[primary.state] }),
    since:
      primary.event?.start != null ? sinceText(primary.event.start, now, strings, clock) : null,
    message: primary.event?.message || null,
    advice: unhealthy ? C.waitAdvice : null,
    scheduled:
      primary.scheduled?.start != null
        ? format(S.scheduled, { when: formatClock(primary.scheduled.start, now, strings, clock) })
        : null,
    related,
    source,
    problem: primary.source === 'page' ? null : problemLine(snapshot, now, strings, clock),
    fixUrl: fixArticleUrl(strings.locale),
    fixLabel: C.fixLink,
  };
}
