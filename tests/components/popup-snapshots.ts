import { EMPTY_SNAPSHOT } from '../../lib/status/snapshot';
import type { ServiceStatus, StatusEvent, StatusSnapshot } from '../../lib/status/types';

/** Status snapshots for every state the popup must show, around a fixed "now". */
export const NOW = Date.UTC(2026, 10, 28, 15, 0);
const MIN = 60_000;

const RELATED = [
  'iCloud Account & Sign In',
  'iCloud Storage Upgrades',
  'Apple Account',
  'iCloud Drive',
];

function event(overrides: Partial<StatusEvent>): StatusEvent {
  return {
    messageId: 'm1',
    state: 'outage',
    phase: 'ongoing',
    statusType: 'Outage',
    message: 'Users may be unable to back up to iCloud.',
    usersAffected: 'Some users are affected',
    start: NOW - 58 * MIN,
    end: null,
    ...overrides,
  };
}

export const RESOLVED_YESTERDAY = event({
  messageId: 'old',
  state: 'issue',
  phase: 'resolved',
  statusType: 'Issue',
  message: 'Some users were unable to see their backups.',
  start: NOW - 26 * 60 * MIN,
  end: NOW - 24 * 60 * MIN,
});

function services(backup: Omit<ServiceStatus, 'name'>): ServiceStatus[] {
  return [
    { name: 'iCloud Backup', ...backup },
    ...RELATED.map((name) => ({ name, state: 'available' as const, events: [] })),
  ];
}

function fresh(list: ServiceStatus[], ageMin = 3): StatusSnapshot {
  const at = NOW - ageMin * MIN;
  return { services: list, fetchedAt: at, checkedAt: at, error: null, refreshing: false };
}

export const SNAPSHOTS = {
  available: fresh(services({ state: 'available', events: [RESOLVED_YESTERDAY] })),
  maintenanceScheduled: fresh(
    services({
      state: 'available',
      events: [
        event({
          state: 'maintenance',
          phase: 'scheduled',
          statusType: 'Maintenance',
          message: 'iCloud Backup will be unavailable during maintenance.',
          start: NOW + 20 * 60 * MIN,
          end: NOW + 22 * 60 * MIN,
        }),
      ],
    }),
  ),
  issue: fresh(
    services({
      state: 'issue',
      events: [event({ state: 'issue', statusType: 'Issue', message: 'Backups are slow.' })],
    }),
  ),
  outage: fresh(services({ state: 'outage', events: [event({}), RESOLVED_YESTERDAY] })),
  unknown: EMPTY_SNAPSHOT,
  stale: fresh(services({ state: 'available', events: [] }), 2 * 60),
  fetchFailed: {
    ...fresh(services({ state: 'available', events: [] }), 20),
    checkedAt: NOW - MIN,
    error: { kind: 'network', message: 'Failed to fetch', at: NOW - MIN },
  },
  fetchFailedLongAgo: {
    ...fresh(services({ state: 'outage', events: [event({})] }), 3 * 60),
    checkedAt: NOW - MIN,
    error: { kind: 'timeout', message: 'timed out', at: NOW - MIN },
  },
  refreshing: { ...fresh(services({ state: 'available', events: [] }), 3), refreshing: true },
} satisfies Record<string, StatusSnapshot>;
