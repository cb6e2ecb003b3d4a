import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STATUS_STRINGS } from '../../content/strings/status';
import background from '../../entrypoints/background';
import { TOGGLE_PANEL_MESSAGE } from '../../lib/messaging/protocol';
import { getSnapshot } from '../../lib/status/browser-snapshot-store';
import { applyBadge, STATUS_ALARM } from '../../lib/status/browser-status-service';
import { EMPTY_SNAPSHOT } from '../../lib/status/snapshot';
import { STATE_COLORS } from '../../lib/status/state-colors';
import type { StatusSnapshot } from '../../lib/status/types';
import { FIXTURE_NOW, feedFixture } from './status/feed-files';

type CommandListener = (command: string, tab?: { id?: number }) => void;
type ActionApi = typeof fakeBrowser.action;

/** The fake browser has no commands API and no tabs.sendMessage: record what the background does. */
let commandListeners: CommandListener[];
let sentToTabs: [number, unknown][];
let feedBody: string;
// WXT's test setup stubs the browser globals, so fetch is swapped by hand, not with stubGlobal.
const realFetch = globalThis.fetch;
const fetchFeed = vi.fn(async () => new Response(feedBody, { status: 200 }));

function hex(rgba: number[]): string {
  return `#${rgba
    .slice(0, 3)
    .map((n) => n.toString(16).padStart(2, '0'))
    .join('')}`;
}

async function badge(action: ActionApi = fakeBrowser.action) {
  return {
    text: await action.getBadgeText({}),
    color: hex(await action.getBadgeBackgroundColor({})),
    title: await action.getTitle({}),
  };
}

function alarm(name: string) {
  return { name, scheduledTime: FIXTURE_NOW, persistAcrossSessions: false };
}

/** Starts the background as the browser would, and waits until its start-up work is done. */
async function startBackground(): Promise<void> {
  background.main();
  await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(STATUS_ALARM)).toBeDefined());
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'], now: FIXTURE_NOW });
  feedBody = feedFixture('backup-outage.json');
  fetchFeed.mockClear();
  globalThis.fetch = fetchFeed;
  commandListeners = [];
  sentToTabs = [];
  fakeBrowser.commands.onCommand.addListener = (listener: CommandListener) =>
    void commandListeners.push(listener);
  fakeBrowser.tabs.sendMessage = (async (tabId: number, message: unknown) => {
    sentToTabs.push([tabId, message]);
  }) as typeof fakeBrowser.tabs.sendMessage;
});

afterEach(() => {
  vi.useRealTimers();
  globalThis.fetch = realFetch;
});

describe('the background', () => {
  it('sets one status alarm at start, every 5 minutes, its first tick within the first period', async () => {
    await startBackground();
    const alarm = await fakeBrowser.alarms.get(STATUS_ALARM);
    expect(alarm?.periodInMinutes).toBe(5);
    expect(alarm?.scheduledTime).toBeGreaterThan(FIXTURE_NOW);
    expect(alarm?.scheduledTime).toBeLessThanOrEqual(FIXTURE_NOW + 5 * 60_000);
    expect(fetchFeed).not.toHaveBeenCalled();
  });

  it('on the alarm, fetches Apple’s feed, stores the snapshot and shows the outage on the badge', async () => {
    await startBackground();
    await fakeBrowser.alarms.onAlarm.trigger(alarm(STATUS_ALARM));
    await vi.waitFor(async () =>
      expect((await getSnapshot()).checkedAt).toBeGreaterThanOrEqual(FIXTURE_NOW),
    );

    expect(fetchFeed).toHaveBeenCalledTimes(1);
    expect(String(fetchFeed.mock.calls[0]?.[0 as never])).toContain(
      'apple.com/support/systemstatus',
    );
    const backup = (await getSnapshot()).services?.find((s) => s.name === 'iCloud Backup');
    expect(backup?.state).toBe('outage');
    await vi.waitFor(async () =>
      expect(await badge()).toMatchObject({
        text: STATUS_STRINGS.badgeText.outage,
        color: STATE_COLORS.light.outage,
      }),
    );
    expect((await badge()).title).toContain('iCloud Backup');
  });

  it('ignores alarms that are not its own', async () => {
    await startBackground();
    await fakeBrowser.alarms.onAlarm.trigger(alarm('someone-else'));
    await Promise.resolve();
    expect(fetchFeed).not.toHaveBeenCalled();
  });

  it('fetches at once when installed, and clears the badge while iCloud Backup is available', async () => {
    feedBody = feedFixture('all-available.json');
    await startBackground();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(async () =>
      expect((await getSnapshot()).checkedAt).toBeGreaterThanOrEqual(FIXTURE_NOW),
    );
    expect(fetchFeed).toHaveBeenCalledTimes(1);
    await vi.waitFor(async () => expect((await badge()).text).toBe(''));
  });

  it('answers the status from storage without fetching when the data is fresh', async () => {
    await startBackground();
    await fakeBrowser.alarms.onAlarm.trigger(alarm(STATUS_ALARM));
    await vi.waitFor(async () =>
      expect((await getSnapshot()).checkedAt).toBeGreaterThanOrEqual(FIXTURE_NOW),
    );
    const [answer] = (await fakeBrowser.runtime.onMessage.trigger(
      { type: 'getStatus' },
      {},
      () => undefined,
    )) as Promise<StatusSnapshot>[];
    expect((await answer)?.checkedAt).toBeGreaterThanOrEqual(FIXTURE_NOW);
    expect(fetchFeed).toHaveBeenCalledTimes(1);
  });

  it.each([
    [
      'relays the toggle shortcut to the tab it was pressed in',
      'toggle-panel',
      { id: 7 },
      [[7, TOGGLE_PANEL_MESSAGE]],
    ],
    ['ignores other commands', 'something-else', { id: 7 }, []],
    ['ignores the shortcut without a tab', 'toggle-panel', undefined, []],
  ])('%s', async (_name, command, tab, expected) => {
    await startBackground();
    expect(commandListeners).toHaveLength(1);
    commandListeners.forEach((listener) => listener(command, tab));
    expect(sentToTabs).toEqual(expected);
  });
});

describe('the badge on Firefox’s MV2 build', () => {
  it('is drawn through browserAction when there is no action API', async () => {
    const calls: Record<string, unknown[]> = {};
    const record =
      (name: string) =>
      async (details: unknown): Promise<void> => {
        (calls[name] ??= []).push(details);
      };
    const browserAction = {
      setBadgeText: record('text'),
      setBadgeBackgroundColor: record('color'),
      setTitle: record('title'),
    };
    const saved = { action: fakeBrowser.action, browserAction: fakeBrowser.browserAction };
    Object.assign(fakeBrowser, { action: undefined, browserAction });
    try {
      await applyBadge({ ...EMPTY_SNAPSHOT, checkedAt: null }, FIXTURE_NOW);
    } finally {
      Object.assign(fakeBrowser, saved);
    }
    expect(calls.text).toEqual([{ text: STATUS_STRINGS.badgeText.unknown }]);
    expect(calls.color).toEqual([{ color: STATE_COLORS.light.unknown }]);
    expect(calls.title).toHaveLength(1);
  });
});
