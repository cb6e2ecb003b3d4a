import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatusSnapshot } from '../../lib/status/types';
import { callBackground, launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { ReplayServer, type FeedScenario } from './harness/replay-server';

const FEEDS = path.resolve(import.meta.dirname, '../fixtures/feeds');
const feed = (name: string): Promise<string> => readFile(path.join(FEEDS, name), 'utf8');

interface Chrome {
  action: {
    getBadgeText(d: object): Promise<string>;
    getBadgeBackgroundColor(d: object): Promise<number[]>;
    getTitle(d: object): Promise<string>;
  };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

/** What the toolbar shows, read in the worker. */
async function badge(
  ext: ExtensionBrowser,
): Promise<{ text: string; color: number[]; title: string }> {
  return ext.worker.evaluate(async () => {
    const { action } = (globalThis as unknown as { chrome: Chrome }).chrome;
    return {
      text: await action.getBadgeText({}),
      color: await action.getBadgeBackgroundColor({}),
      title: await action.getTitle({}),
    };
  });
}

async function storedSnapshot(ext: ExtensionBrowser): Promise<StatusSnapshot> {
  return ext.worker.evaluate(async () => {
    const { storage } = (globalThis as unknown as { chrome: Chrome }).chrome;
    return (await storage.local.get('statusSnapshot')).statusSnapshot as StatusSnapshot;
  });
}

/** The badge is drawn after the snapshot is stored: wait until it shows `text`. */
async function waitForBadge(ext: ExtensionBrowser, text: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while ((await badge(ext)).text !== text) {
    if (Date.now() > deadline) throw new Error(`badge stayed "${(await badge(ext)).text}"`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function backup(snapshot: StatusSnapshot) {
  return snapshot.services?.find((s) => s.name === 'iCloud Backup');
}

/** Rgba of the badge colours (lib/status/badge.ts). */
const RED = [196, 22, 28, 255];
const AMBER = [138, 90, 0, 255];

describe('Apple’s status in the background, on the badge and in storage', () => {
  const server = new ReplayServer();
  let ext: ExtensionBrowser;

  async function scenario(answer: FeedScenario): Promise<StatusSnapshot> {
    server.setFeed(answer);
    return callBackground<StatusSnapshot>(ext, { type: 'refreshStatus' });
  }

  beforeAll(async () => {
    await server.start();
    server.setFeed({ body: await feed('all-available.json') });
    ext = await launchWithExtension(server);
  });

  afterAll(async () => {
    await ext?.close();
    await server.stop();
  });

  it('fetches the feed on install, with Apple’s cache-busting parameter', async () => {
    const [request] = await server.waitForFeedRequests(1);
    expect(request?.path).toBe('/support/systemstatus/data/system_status_en_US.js');
    expect(request?.query).toMatch(/^\?_=\d{13}$/);
  });

  it('all available: no badge, and every service stored', async () => {
    const snapshot = await scenario({ body: await feed('all-available.json') });
    expect(backup(snapshot)?.state).toBe('available');
    expect(snapshot.error).toBeNull();
    await waitForBadge(ext, '');
    expect((await badge(ext)).title).toBe('iCloud Backup: available');
    expect((await storedSnapshot(ext)).services).toHaveLength(9);
  });

  it('iCloud Backup outage ongoing: a red OUT badge that says since when', async () => {
    const snapshot = await scenario({ body: await feed('backup-outage.json') });
    expect(backup(snapshot)?.state).toBe('outage');
    await waitForBadge(ext, 'OUT');
    const shown = await badge(ext);
    expect(shown.color).toEqual(RED);
    expect(shown.title).toMatch(
      /^iCloud Backup: outage since Nov 28, \d\d:02$|^iCloud Backup: outage since \d\d:02$/,
    );
    expect(backup(await storedSnapshot(ext))?.events[0]?.messageId).toBe('1000009101');
  });

  it('HTTP 500: the last good status survives, the error is recorded', async () => {
    const snapshot = await scenario({ status: 500, body: 'Internal Server Error' });
    expect(backup(snapshot)?.state).toBe('outage');
    expect(snapshot.error?.kind).toBe('http');
    expect(snapshot.fetchedAt).toBeLessThan(snapshot.checkedAt ?? 0);
    const shown = await badge(ext);
    expect(shown.text).toBe('OUT');
    expect(shown.title).toContain('Apple’s status feed answered with an error.');
  });

  it('a malformed body: the last good status survives, the error says so', async () => {
    const snapshot = await scenario({ body: 'jsonCallback({"services": [' });
    expect(backup(snapshot)?.state).toBe('outage');
    expect(snapshot.error?.kind).toBe('malformed');
    expect((await storedSnapshot(ext)).error?.kind).toBe('malformed');
  });

  it('maintenance ongoing: an amber MNT badge', async () => {
    await scenario({ body: await feed('backup-maintenance-ongoing.json') });
    await waitForBadge(ext, 'MNT');
    expect((await badge(ext)).color).toEqual(AMBER);
  });

  it('upcoming maintenance: scheduled, no badge', async () => {
    const snapshot = await scenario({ body: await feed('upcoming-maintenance.json') });
    expect(backup(snapshot)).toMatchObject({
      state: 'available',
      events: [{ phase: 'scheduled' }],
    });
    await waitForBadge(ext, '');
  });

  it('resolved yesterday: kept as history, no badge', async () => {
    const snapshot = await scenario({ body: await feed('resolved-yesterday.json') });
    expect(backup(snapshot)).toMatchObject({ state: 'available', events: [{ phase: 'resolved' }] });
    await waitForBadge(ext, '');
  });

  it('sends the validators Apple gave and keeps the data on 304', async () => {
    await scenario({ body: await feed('backup-outage.json'), headers: { ETag: '"feed-v7"' } });
    server.clearLog();
    const snapshot = await scenario({ status: 304, body: '' });
    expect(server.feedRequests()[0]?.headers['if-none-match']).toBe('"feed-v7"');
    expect(backup(snapshot)?.state).toBe('outage');
    expect(snapshot.error).toBeNull();
  });

  it('getStatus answers from the cache at once, without a new request when fresh', async () => {
    server.clearLog();
    const snapshot = await callBackground<StatusSnapshot>(ext, { type: 'getStatus' });
    expect(backup(snapshot)?.state).toBe('outage');
    expect(snapshot.refreshing).toBe(false);
    expect(server.feedRequests()).toHaveLength(0);
  });

  it('a feed that never answers: gives up after the timeout, keeps the last good status', async () => {
    const started = Date.now();
    const snapshot = await scenario({ body: '', hang: true });
    const waited = Date.now() - started;
    expect(snapshot.error?.kind).toBe('timeout');
    expect(backup(snapshot)?.state).toBe('outage');
    expect(waited).toBeGreaterThanOrEqual(9_000);
    expect(waited).toBeLessThan(20_000);
    expect((await badge(ext)).text).toBe('OUT');
  });
});
