import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { EN_STRINGS } from '../../lib/i18n/strings';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../entrypoints/popup/Popup';
import { appleStatusUrl } from '../../content/apple-sites';
import { POPUP_STRINGS as S } from '../../content/strings/popup';
import { STATUS_STRINGS } from '../../content/strings/status';
import { snapshotItem } from '../../lib/status/browser-snapshot-store';
import { formatClock } from '../../lib/status/describe';
import type { StatusSnapshot } from '../../lib/status/types';
import { NOW, SNAPSHOTS } from './popup-snapshots';

type Answer = (message: { type: string }) => Promise<unknown>;

/** The background's answers: `getStatus` returns what storage holds unless told otherwise. */
function stubBackground(answer?: Answer) {
  return vi
    .spyOn(fakeBrowser.runtime, 'sendMessage')
    .mockImplementation(((message: { type: string }) =>
      answer ? answer(message) : snapshotItem.getValue()) as never);
}

async function showPopup(snapshot: StatusSnapshot) {
  await snapshotItem.setValue(snapshot);
  render(() => <Popup />);
  await waitFor(() => expect(document.querySelector('main[aria-busy="false"]')).not.toBeNull());
}

const backupState = () => screen.getByTestId('backup-state').textContent ?? '';
const hero = () => document.querySelector<HTMLElement>('.hero');

describe('the popup', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    stubBackground();
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('shows iCloud Backup available, in words, with the related services and when it was checked', async () => {
    await showPopup(SNAPSHOTS.available);
    expect(backupState()).toBe(S.headline.available);
    expect(hero()?.dataset.state).toBe('available');
    expect(screen.getByTestId('checked').textContent).toBe('checked 3 minutes ago');
    const related = within(screen.getByRole('region', { name: S.relatedTitle }));
    for (const name of [
      'iCloud Account & Sign In',
      'iCloud Storage Upgrades',
      'Apple Account',
      'iCloud Drive',
    ]) {
      expect(related.getByText(name)).toBeTruthy();
    }
    expect(screen.queryByTestId('problem')).toBeNull();
  });

  it('lists iCloud Backup’s resolved incidents from the feed’s history', async () => {
    await showPopup(SNAPSHOTS.available);
    const recent = within(screen.getByRole('region', { name: S.recentTitle }));
    expect(recent.getByText('Some users were unable to see their backups.')).toBeTruthy();
  });

  it('says so when the feed has no recent incidents', async () => {
    await showPopup(SNAPSHOTS.issue);
    expect(screen.getByText(S.recentNone)).toBeTruthy();
  });

  it('shows scheduled maintenance as scheduled, not as a problem', async () => {
    await showPopup(SNAPSHOTS.maintenanceScheduled);
    expect(backupState()).toBe(S.headline.available);
    const scheduled = screen.getByTestId('scheduled');
    expect(scheduled.textContent).toContain(S.scheduledTitle);
    expect(scheduled.textContent).toContain(
      'iCloud Backup will be unavailable during maintenance.',
    );
    const start = formatClock(NOW + 20 * 3_600_000, NOW, EN_STRINGS);
    expect(scheduled.textContent).toContain(start);
  });

  it.each([
    ['an issue', SNAPSHOTS.issue, 'issue', 'Backups are slow.'],
    ['an outage', SNAPSHOTS.outage, 'outage', 'Users may be unable to back up to iCloud.'],
  ] as const)(
    'shows %s with Apple’s message, since when and who is affected',
    async (_, snapshot, state, message) => {
      await showPopup(snapshot);
      expect(hero()?.dataset.state).toBe(state);
      expect(backupState()).toContain(S.headline[state]);
      expect(backupState()).toContain(`since ${formatClock(NOW - 58 * 60_000, NOW, EN_STRINGS)}`);
      expect(screen.getByText(message)).toBeTruthy();
      expect(screen.getByText('Who is affected: Some users are affected')).toBeTruthy();
    },
  );

  it('shows unknown, never green, before anything is known', async () => {
    await showPopup(SNAPSHOTS.unknown);
    expect(hero()?.dataset.state).toBe('unknown');
    expect(backupState()).toBe(S.headline.unknown);
    expect(screen.getByTestId('problem').textContent).toBe(STATUS_STRINGS.noData);
    expect(screen.getByTestId('checked').textContent).toBe(STATUS_STRINGS.neverChecked);
    expect(document.querySelector('[data-state="available"]')).toBeNull();
  });

  it('shows unknown, never green, when the last status is more than an hour old', async () => {
    await showPopup(SNAPSHOTS.stale);
    expect(hero()?.dataset.state).toBe('unknown');
    expect(document.querySelector('[data-state="available"]')).toBeNull();
    const time = formatClock(NOW - 2 * 3_600_000, NOW, EN_STRINGS);
    expect(screen.getByTestId('problem').textContent).toContain(time);
    expect(screen.getByTestId('last-known').textContent).toBe(`At ${time} it was available.`);
  });

  it('says the feed could not be read and shows the last known status with its age', async () => {
    await showPopup(SNAPSHOTS.fetchFailed);
    // Twenty minutes old is still a status worth showing, with the error beside it.
    expect(hero()?.dataset.state).toBe('available');
    expect(screen.getByTestId('problem').textContent).toBe(
      `${STATUS_STRINGS.error.network} Last known status from ${formatClock(NOW - 20 * 60_000, NOW, EN_STRINGS)}.`,
    );
    expect(screen.getByTestId('checked').textContent).toBe('checked 1 minute ago');
  });

  it('falls back to unknown with the last known state when the failure has lasted over an hour', async () => {
    await showPopup(SNAPSHOTS.fetchFailedLongAgo);
    expect(hero()?.dataset.state).toBe('unknown');
    expect(screen.getByTestId('problem').textContent).toContain(STATUS_STRINGS.error.timeout);
    expect(screen.getByTestId('last-known').textContent).toContain(STATUS_STRINGS.state.outage);
  });

  it('shows a check in progress: the refresh button is disabled and busy, and keeps focus', async () => {
    await showPopup(SNAPSHOTS.refreshing);
    const button = screen.getByRole('button', { name: S.refreshing });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.hasAttribute('disabled')).toBe(false);
    expect(button.getAttribute('aria-busy')).toBe('true');
    const send = stubBackground();
    fireEvent.click(button);
    expect(send).not.toHaveBeenCalledWith({ type: 'refreshStatus', data: undefined });
  });

  it('asks the background to refresh and shows the answer', async () => {
    let finish: (value: StatusSnapshot) => void = () => undefined;
    const send = stubBackground((message) =>
      message.type === 'refreshStatus'
        ? new Promise((resolve) => (finish = resolve))
        : snapshotItem.getValue(),
    );
    await showPopup(SNAPSHOTS.stale);
    fireEvent.click(screen.getByRole('button', { name: S.refresh }));
    expect(send).toHaveBeenCalledWith({ type: 'refreshStatus', data: undefined });
    const busy = screen.getByRole('button', { name: S.refreshing });
    expect(busy.getAttribute('aria-busy')).toBe('true');
    finish({ ...SNAPSHOTS.outage, checkedAt: NOW, fetchedAt: NOW });
    await waitFor(() => expect(hero()?.dataset.state).toBe('outage'));
    expect(screen.getByRole('button', { name: S.refresh }).getAttribute('aria-disabled')).toBe(
      'false',
    );
  });

  it('says so in plain words when the background does not answer a refresh', async () => {
    stubBackground((message) =>
      message.type === 'refreshStatus'
        ? Promise.reject(new Error('no receiver'))
        : snapshotItem.getValue(),
    );
    await showPopup(SNAPSHOTS.available);
    fireEvent.click(screen.getByRole('button', { name: S.refresh }));
    expect((await screen.findByRole('alert')).textContent).toBe(S.refreshFailed);
  });

  it('renders from the cached snapshot without waiting for the background', async () => {
    stubBackground(() => new Promise(() => undefined));
    await showPopup(SNAPSHOTS.outage);
    expect(hero()?.dataset.state).toBe('outage');
  });

  it('follows the snapshot when the background writes a new one', async () => {
    await showPopup(SNAPSHOTS.available);
    await snapshotItem.setValue({ ...SNAPSHOTS.outage, checkedAt: NOW, fetchedAt: NOW });
    await waitFor(() => expect(hero()?.dataset.state).toBe('outage'));
  });

  it('links to Apple’s System Status page in a new tab', async () => {
    await showPopup(SNAPSHOTS.available);
    const link = screen.getByRole('link', { name: new RegExp(S.appleLink) });
    expect(link.getAttribute('href')).toBe(appleStatusUrl('en'));
    expect(link.getAttribute('target')).toBe('_blank');
  });
});
