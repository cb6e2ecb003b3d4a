import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CJK_TABLES_PATH } from '../../lib/diagnose/cjk';
import {
  openReplayedPage,
  requestsFor,
  waitForReading,
  type ExtensionBrowser,
} from './harness/browser';
import { feed } from './harness/feeds';
import { ReplayServer } from './harness/replay-server';
import { startReplayed, stopReplayed } from './harness/session';

const HOST = 'backup-doctor-panel';

// Community threads in three of the languages the diagnosis reads: a failing backup in each, and
// a restore that only mentions a backup. The URLs name no Apple article: the text decides.
const PAGES = [
  [
    'German',
    'https://discussions.apple.com/de/thread/256990001',
    'https://discussions.apple.com/de/thread/256990002',
  ],
  [
    'Japanese',
    'https://discussions.apple.com/jp/thread/256990003',
    'https://discussions.apple.com/jp/thread/256990004',
  ],
  [
    'Brazilian Portuguese',
    'https://discussions.apple.com/pt/thread/256990005',
    'https://discussions.apple.com/pt/thread/256990006',
  ],
] as const;

describe('the panel on pages in other languages', () => {
  const server = new ReplayServer();
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await startReplayed(server, { body: await feed('all-available.json') });
  });

  afterAll(() => stopReplayed(server, ext));

  it.each(PAGES)('appears on a %s thread about a failing backup', async (_, failing) => {
    const page = await openReplayedPage(ext, failing, { width: 1280, height: 900 });
    await page.waitForFunction(
      (h) => document.querySelector(h)?.shadowRoot?.querySelector('.bd-panel') ?? null,
      { timeout: 10_000 },
      HOST,
    );
    await page.close();
  });

  it('loads the CJK part of the tables on the Japanese thread, not on the German one', async () => {
    // Without that part the Japanese thread is not found to be about a failing backup: its panel
    // above shows the file was read. A page in a Latin script never asks for it.
    const tableRequests = async (url: string) => {
      const page = await ext.browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      const requested = requestsFor(page, CJK_TABLES_PATH);
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(
        (h) => document.querySelector(h)?.shadowRoot?.querySelector('.bd-panel') ?? null,
        { timeout: 10_000 },
        HOST,
      );
      await page.close();
      return requested;
    };
    const onJapanese = await tableRequests(PAGES[1][1]);
    expect(onJapanese).toHaveLength(1);
    // At the per-session address (use_dynamic_url), never at the extension's fixed one.
    expect(onJapanese[0]).not.toContain(ext.extensionId);
    expect(await tableRequests(PAGES[0][1])).toEqual([]);
  });

  it.each(PAGES)('stays away from a %s thread about a restore', async (_, __, restore) => {
    const page = await openReplayedPage(ext, restore, { width: 1280, height: 900 });
    await waitForReading(page);
    expect(await page.$(HOST)).toBeNull();
    await page.close();
  });
});
