import type { ServiceState } from '../vocabulary';

/** Words for Apple's service status, shared by the badge, the status card and the popup. */
export const STATUS_STRINGS = {
  state: {
    available: 'available',
    maintenance: 'under maintenance',
    issue: 'having an issue',
    outage: 'down (outage)',
    unknown: 'status unknown',
  } satisfies Record<ServiceState, string>,
  /** One short word per state, e.g. for the badge title: "iCloud Backup: outage since 14:02". */
  stateWord: {
    available: 'available',
    maintenance: 'maintenance',
    issue: 'issue',
    outage: 'outage',
    unknown: 'unknown',
  } satisfies Record<ServiceState, string>,
  /** The badge's text (at most 4 characters); empty means no badge. */
  badgeText: {
    available: '',
    maintenance: 'MNT',
    issue: '!',
    outage: 'OUT',
    unknown: '?',
  } satisfies Record<ServiceState, string>,
  serviceState: '{service}: {state}',
  serviceStateSince: '{service}: {state} since {since}',
  since: 'since {time}',
  scheduled: 'Maintenance scheduled {when}',
  resolved: 'Resolved {when}',
  checkedJustNow: 'checked just now',
  /** `{ago}` is "3 minutes ago", worded by Intl.RelativeTimeFormat in the catalog's locale. */
  checkedAgo: 'checked {ago}',
  neverChecked: 'not checked yet',
  stale: 'Last known status from {time}; it may have changed.',
  noData: 'We have no status from Apple yet.',
  error: {
    network: 'Couldn’t reach Apple’s status feed.',
    timeout: 'Apple’s status feed didn’t answer in time.',
    http: 'Apple’s status feed answered with an error.',
    malformed: 'Apple’s status feed sent something we couldn’t read.',
    format: 'Apple’s status feed is in a format we don’t recognise.',
  },
  errorWithLastKnown: '{error} Last known status from {time}.',
} as const;

/** The optional notifications about iCloud Backup and iCloud Account & Sign In. */
export const NOTIFICATION_STRINGS = {
  startedTitle: '{services}: {state}',
  endedTitle: '{services}: working again',
  endedMessage: 'Apple reports the problem has ended. Try your backup again.',
  noMessage: 'Apple reports a problem with this service.',
} as const;

/** The compact card on Apple's System Status page. */
export const STATUS_CARD_STRINGS = {
  label: 'Backup Doctor',
  headline: 'iCloud Backup is {state}',
  headlineUnknown: 'We don’t know iCloud Backup’s status right now',
  fromFeed: 'From Apple’s status feed, {checked}.',
  fromPage: 'As this page shows it, {time}.',
  alsoAffected: 'Also affected',
  relatedState: '{service}: {state}',
  fixLink: 'Steps to fix a backup that fails',
  waitAdvice: 'This is on Apple’s side: wait for it to end, then back up again.',
} as const;
