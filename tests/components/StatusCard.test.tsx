import { cleanup, render, screen } from '@solidjs/testing-library';
import { EN_GB } from '../helpers/strings';
import { afterEach, describe, expect, it } from 'vitest';
import { StatusCard } from '../../entrypoints/systemstatus.content/StatusCard';
import { statusCardView } from '../../entrypoints/systemstatus.content/card';
import { parseStatusFeed, summarizeServices, type StatusSnapshot } from '../../lib/status';
import { EMPTY_SNAPSHOT } from '../../lib/status/snapshot';
import { FIXTURE_NOW, feedFixture } from '../unit/status/feed-files';

const UTC = { timeZone: 'UTC' };

function snapshotOf(file: string): StatusSnapshot {
  return {
    services: summarizeServices(parseStatusFeed(feedFixture(file)), FIXTURE_NOW),
    fetchedAt: FIXTURE_NOW,
    checkedAt: FIXTURE_NOW,
    error: null,
    refreshing: false,
  };
}

function renderCard(snapshot: StatusSnapshot, now = FIXTURE_NOW) {
  const view = statusCardView(snapshot, null, now, EN_GB, UTC);
  return render(() => <StatusCard view={view} />);
}

afterEach(cleanup);

describe('StatusCard', () => {
  it('says an outage in words, since when, Apple’s message, and what else is affected', () => {
    renderCard(snapshotOf('backup-outage.json'));
    expect(screen.getByRole('heading').textContent).toBe('iCloud Backup is down (outage)');
    expect(screen.getByText('since 14:02')).toBeTruthy();
    expect(
      screen.getByText('Users may be unable to back up to iCloud & restore from a backup.'),
    ).toBeTruthy();
    expect(screen.getByText('Also affected')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'iCloud Account & Sign In: down (outage)',
      'iCloud Drive: having an issue',
    ]);
    expect(screen.getByRole('region').dataset.state).toBe('outage');
  });

  it('links to the fix steps in a new tab, reachable by keyboard', () => {
    renderCard(snapshotOf('backup-outage.json'));
    const link = screen.getByRole('link', { name: 'Steps to fix a backup that fails' });
    expect(link.getAttribute('href')).toBe('https://support.apple.com/en-us/102563');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('is labelled by its headline', () => {
    renderCard(snapshotOf('all-available.json'));
    expect(screen.getByRole('region', { name: 'iCloud Backup is available' })).toBeTruthy();
    expect(screen.queryByText('Also affected')).toBeNull();
    expect(screen.queryByText(/since/)).toBeNull();
  });

  it('never says available without data, and says why', () => {
    renderCard(EMPTY_SNAPSHOT);
    expect(screen.getByRole('heading').textContent).toBe(
      'We don’t know iCloud Backup’s status right now',
    );
    expect(screen.getByText('We have no status from Apple yet.')).toBeTruthy();
    expect(screen.queryByText(/available/)).toBeNull();
  });

  it('keeps the last known time when the feed failed', () => {
    renderCard(
      {
        ...snapshotOf('all-available.json'),
        error: { kind: 'http', message: 'HTTP 500', at: FIXTURE_NOW + 60_000 },
      },
      FIXTURE_NOW + 60_000,
    );
    expect(
      screen.getByText('Apple’s status feed answered with an error. Last known status from 14:02.'),
    ).toBeTruthy();
  });

  it('shows upcoming maintenance as scheduled, not as a problem', () => {
    renderCard(snapshotOf('upcoming-maintenance.json'));
    expect(screen.getByRole('heading').textContent).toBe('iCloud Backup is available');
    expect(screen.getByText('Maintenance scheduled 29 Nov, 10:02')).toBeTruthy();
  });
});
