import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseStatusFeed, summarizeServices, type ServiceStatus } from '../../../lib/status';
import { notifyAfterFetch } from '../../../lib/status/browser-notifications';
import { getNotifyMemory } from '../../../lib/status/browser-snapshot-store';
import { updateSettings } from '../../../lib/storage/browser-items';
import { FIXTURE_NOW, feedFixture } from './feed-files';

function services(file: string): ServiceStatus[] {
  return summarizeServices(parseStatusFeed(feedFixture(file)), FIXTURE_NOW);
}

function shown(): string[] {
  return Object.keys(fakeBrowser.notifications.getAllCreateOptions());
}

/** Install-time fetch (calm), then an outage starts. */
async function calmThenOutage(): Promise<void> {
  await notifyAfterFetch(services('all-available.json'));
  await notifyAfterFetch(services('backup-outage.json'));
}

describe('notifyAfterFetch', () => {
  let granted: boolean;

  beforeEach(() => {
    fakeBrowser.reset();
    granted = true;
    fakeBrowser.permissions.contains = vi.fn(() => Promise.resolve(granted));
    fakeBrowser.runtime.getURL = (path: string) => `chrome-extension://test${path}`;
  });

  it('shows the incident when the user turned notifications on and granted the permission', async () => {
    await updateSettings({ notifications: true });
    await calmThenOutage();
    expect(shown()).toEqual(['backup-doctor-1000009101-started']);
    expect(
      fakeBrowser.notifications.getAllCreateOptions()['backup-doctor-1000009101-started'],
    ).toMatchObject({
      type: 'basic',
      title: 'iCloud Backup and iCloud Account & Sign In: outage',
      iconUrl: 'chrome-extension://test/icon/128.png',
    });
  });

  it.each([
    ['the setting is off', false, true],
    ['the permission was not granted', true, false],
  ])('shows nothing when %s, but still remembers the incident', async (_, setting, permission) => {
    await updateSettings({ notifications: setting });
    granted = permission;
    await calmThenOutage();
    expect(shown()).toEqual([]);
    expect((await getNotifyMemory()).seen).toEqual([['1000009101', 'ongoing']]);
  });

  it('does not replay an old incident when notifications are turned on later', async () => {
    await calmThenOutage();
    await updateSettings({ notifications: true });
    await notifyAfterFetch(services('backup-outage.json'));
    expect(shown()).toEqual([]);
    await notifyAfterFetch(services('all-available.json'));
    expect(shown()).toEqual(['backup-doctor-1000009101-ended']);
  });
});
