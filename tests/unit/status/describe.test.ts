import { describe, expect, it } from 'vitest';
import { EN_GB } from '../../helpers/strings';
import { SERVICE_ALIASES } from '../../../content/services';
import { badgeFor } from '../../../lib/status/describe';
import { STATE_COLORS } from '../../../lib/status/state-colors';
import {
  backupView,
  checkedAgo,
  findService,
  formatClock,
  isStale,
  problemLine,
  sinceText,
  statusLine,
  viewService,
} from '../../../lib/status/describe';
import { parseStatusFeed, summarizeServices, type StatusSnapshot } from '../../../lib/status';
import { EMPTY_SNAPSHOT } from '../../../lib/status/snapshot';
import { FIXTURE_NOW, HOUR, feedFixture } from './feed-files';

const UTC = { timeZone: 'UTC' };
const MIN = 60_000;

function snapshotOf(file: string, fetchedAt = FIXTURE_NOW): StatusSnapshot {
  return {
    services: summarizeServices(parseStatusFeed(feedFixture(file)), fetchedAt),
    fetchedAt,
    checkedAt: fetchedAt,
    error: null,
    refreshing: false,
  };
}

describe('findService', () => {
  const services = snapshotOf('entities-and-spaces.json').services;
  it.each([
    ['the exact name', 'iCloud Backup', 'iCloud Backup'],
    ['another case', 'ICLOUD BACKUP', 'iCloud Backup'],
    ['an encoded ampersand', 'iCloud Account &amp; Sign In', 'iCloud Account & Sign In'],
    ['stray spaces', '  iCloud  Account & Sign In ', 'iCloud Account & Sign In'],
    ['today’s name for an old one', 'Apple Account', 'Apple ID'],
  ])('finds a service by %s', (_, wanted, found) => {
    expect(findService(services, wanted)?.name).toBe(found);
  });

  it('finds the old name when the feed uses the new one', () => {
    expect(findService(snapshotOf('all-available.json').services, 'Apple ID')?.name).toBe(
      'Apple Account',
    );
  });

  it('knows every alias in the table both ways', () => {
    for (const [old, current] of Object.entries(SERVICE_ALIASES)) {
      const list = [{ name: current, state: 'available' as const, events: [] }];
      expect(findService(list, old)?.name).toBe(current);
    }
  });

  it('finds nothing in no data', () => {
    expect(findService(null, 'iCloud Backup')).toBeNull();
  });
});

describe('backupView: never available without fresh data', () => {
  it.each([
    ['no data at all', EMPTY_SNAPSHOT, FIXTURE_NOW, 'unknown'],
    [
      'fresh data, all available',
      snapshotOf('all-available.json'),
      FIXTURE_NOW + 5 * MIN,
      'available',
    ],
    ['data exactly an hour old', snapshotOf('all-available.json'), FIXTURE_NOW + HOUR, 'available'],
    [
      'data just over an hour old',
      snapshotOf('all-available.json'),
      FIXTURE_NOW + HOUR + 1,
      'unknown',
    ],
    ['an ongoing outage', snapshotOf('backup-outage.json'), FIXTURE_NOW, 'outage'],
    ['a stale outage', snapshotOf('backup-outage.json'), FIXTURE_NOW + 2 * HOUR, 'unknown'],
    ['a feed without iCloud Backup', snapshotOf('no-event-status.json'), FIXTURE_NOW, 'unknown'],
  ])('%s: %s', (_, snapshot, now, state) => {
    expect(backupView(snapshot, now).state).toBe(state);
  });

  it('keeps what the feed last said, and the ongoing event, for the words', () => {
    const stale = backupView(snapshotOf('backup-outage.json'), FIXTURE_NOW + 2 * HOUR);
    expect(stale).toMatchObject({
      state: 'unknown',
      lastKnown: 'outage',
      stale: true,
      event: null,
    });
    const fresh = backupView(snapshotOf('backup-outage.json'), FIXTURE_NOW);
    expect(fresh.event?.messageId).toBe('1000009101');
  });

  it('reports an upcoming maintenance as scheduled while the service is available', () => {
    const view = backupView(snapshotOf('upcoming-maintenance.json'), FIXTURE_NOW);
    expect(view.state).toBe('available');
    expect(view.scheduled?.phase).toBe('scheduled');
    expect(view.event).toBeNull();
  });

  it('finds a related service by alias', () => {
    expect(viewService(snapshotOf('all-available.json'), 'Apple ID', FIXTURE_NOW).name).toBe(
      'Apple Account',
    );
  });

  it('isStale is true without a fetch time', () => {
    expect(isStale({ ...snapshotOf('all-available.json'), fetchedAt: null }, FIXTURE_NOW)).toBe(
      true,
    );
  });
});

describe('times in words', () => {
  it.each([
    ['the same day', FIXTURE_NOW, FIXTURE_NOW + 3 * HOUR, '14:02'],
    ['the day before', FIXTURE_NOW - 24 * HOUR, FIXTURE_NOW, '27 Nov, 14:02'],
  ])('formatClock on %s', (_, ms, now, text) => {
    expect(formatClock(ms, now, EN_GB, UTC)).toBe(text);
  });

  it('sinceText', () => {
    expect(sinceText(FIXTURE_NOW, FIXTURE_NOW, EN_GB, UTC)).toBe('since 14:02');
  });

  it.each([
    [null, 'not checked yet'],
    [FIXTURE_NOW, 'checked just now'],
    [FIXTURE_NOW - 59_000, 'checked just now'],
    [FIXTURE_NOW - 3 * MIN, 'checked 3 minutes ago'],
    [FIXTURE_NOW - 2 * HOUR - 5 * MIN, 'checked 2 hours ago'],
    [FIXTURE_NOW - 50 * HOUR, 'checked 2 days ago'],
    [FIXTURE_NOW + MIN, 'checked just now'],
  ])('checkedAgo(%s)', (checkedAt, text) => {
    expect(checkedAgo(checkedAt, FIXTURE_NOW, EN_GB)).toBe(text);
  });

  it.each([
    ['an outage', 'backup-outage.json', 'iCloud Backup: outage since 14:02'],
    ['all available', 'all-available.json', 'iCloud Backup: available'],
  ])('statusLine for %s', (_, file, line) => {
    expect(statusLine(backupView(snapshotOf(file), FIXTURE_NOW), FIXTURE_NOW, EN_GB, UTC)).toBe(
      line,
    );
  });
});

describe('problemLine', () => {
  const good = snapshotOf('all-available.json');
  it.each([
    ['fresh data', good, FIXTURE_NOW, null],
    ['nothing yet', EMPTY_SNAPSHOT, FIXTURE_NOW, 'We have no status from Apple yet.'],
    [
      'old data',
      good,
      FIXTURE_NOW + 2 * HOUR,
      'Last known status from 14:02; it may have changed.',
    ],
    [
      'a failure after good data',
      { ...good, error: { kind: 'timeout', message: 'x', at: FIXTURE_NOW + MIN } },
      FIXTURE_NOW + MIN,
      'Apple’s status feed didn’t answer in time. Last known status from 14:02.',
    ],
    [
      'a failure before any data',
      { ...EMPTY_SNAPSHOT, error: { kind: 'network', message: 'x', at: FIXTURE_NOW } },
      FIXTURE_NOW,
      'Couldn’t reach Apple’s status feed.',
    ],
    [
      'an old failure followed by success',
      { ...good, error: { kind: 'http', message: 'x', at: FIXTURE_NOW - MIN } },
      FIXTURE_NOW,
      null,
    ],
  ] as const)('%s', (_, snapshot, now, line) => {
    expect(problemLine(snapshot as StatusSnapshot, now, EN_GB, UTC)).toBe(line);
  });
});

describe('badgeFor', () => {
  it.each([
    [
      'all available: no badge',
      'all-available.json',
      0,
      '',
      STATE_COLORS.light.available,
      'iCloud Backup: available',
    ],
    [
      'upcoming maintenance: no badge',
      'upcoming-maintenance.json',
      0,
      '',
      STATE_COLORS.light.available,
      'iCloud Backup: available',
    ],
    [
      'maintenance',
      'backup-maintenance-ongoing.json',
      0,
      'MNT',
      STATE_COLORS.light.maintenance,
      'iCloud Backup: maintenance since 14:02',
    ],
    [
      'issue',
      'backup-issue-ongoing.json',
      0,
      '!',
      STATE_COLORS.light.issue,
      'iCloud Backup: issue since 14:02',
    ],
    [
      'outage',
      'backup-outage.json',
      0,
      'OUT',
      STATE_COLORS.light.outage,
      'iCloud Backup: outage since 14:02',
    ],
    [
      'stale outage: grey ?',
      'backup-outage.json',
      2 * HOUR,
      '?',
      STATE_COLORS.light.unknown,
      'iCloud Backup: unknown',
    ],
  ])('%s', (_, file, later, text, color, title) => {
    expect(badgeFor(snapshotOf(file), FIXTURE_NOW + later, EN_GB, UTC)).toEqual({
      text,
      color,
      title,
    });
  });

  it('shows a grey ? before any data', () => {
    expect(badgeFor(EMPTY_SNAPSHOT, FIXTURE_NOW, EN_GB)).toMatchObject({
      text: '?',
      color: STATE_COLORS.light.unknown,
    });
  });

  it('uses a different colour and text for each unhealthy state', () => {
    const states = ['maintenance', 'issue', 'outage', 'unknown'] as const;
    expect(new Set(states.map((s) => STATE_COLORS.light[s])).size).toBe(4);
  });
});
