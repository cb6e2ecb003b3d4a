import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StatusSnapshot } from '../../lib/status/types';
import {
  callBackground,
  openExtensionPage,
  openReplayedPage,
  type ExtensionBrowser,
} from './harness/browser';
import { ReplayServer } from './harness/replay-server';
import { startReplayed, stopReplayed } from './harness/session';

const FEEDS = path.resolve(import.meta.dirname, '../fixtures/feeds');

describe('the built extension in Chromium', () => {
  const server = new ReplayServer();
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await startReplayed(server, {
      body: await readFile(path.join(FEEDS, 'all-available.json'), 'utf8'),
    });
  });

  afterAll(() => stopReplayed(server, ext));

  it('starts the background worker, which answers with the status it fetched from the feed', async () => {
    // Installing fetched the (replayed) feed; the answer comes from that stored snapshot.
    await vi.waitFor(
      async () => {
        const answer = await callBackground<StatusSnapshot>(ext, { type: 'getStatus' });
        expect(answer.checkedAt).toEqual(expect.any(Number));
        expect(answer.services?.length).toBeGreaterThan(0);
      },
      { timeout: 10_000, interval: 200 },
    );
  });

  it.each([
    ['an Apple support article', 'https://support.apple.com/en-us/102563'],
    ['an Apple Community thread', 'https://discussions.apple.com/thread/255012345'],
    ['Apple’s System Status page', 'https://www.apple.com/support/systemstatus/'],
  ])('runs its content script on %s', async (_, url) => {
    const page = await openReplayedPage(ext, url);
    expect(await page.$eval('html', (el) => el.dataset.backupDoctor)).toBe('ready');
    await page.close();
  });

  /** Every script world the browser announces on a page until its network is quiet. */
  async function scriptWorlds(url: string): Promise<string[]> {
    const page = await ext.browser.newPage();
    const cdp = await page.createCDPSession();
    const origins: string[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => origins.push(e.context.origin));
    await cdp.send('Runtime.enable');
    await page.goto(url, { waitUntil: 'networkidle0' });
    await cdp.detach();
    await page.close();
    return origins;
  }

  it('does not run on an unrelated Apple page', async () => {
    const ours = (origins: string[]) => origins.filter((o) => o.startsWith('chrome-extension://'));
    // The control: our latest script (the status page's, at document_idle) is seen this way.
    expect(ours(await scriptWorlds('https://www.apple.com/support/systemstatus/'))).not.toEqual([]);
    const worlds = await scriptWorlds('https://www.apple.com/iphone/');
    expect(worlds).toContain('https://www.apple.com');
    expect(ours(worlds)).toEqual([]);
  });

  it('renders the popup', async () => {
    const page = await openExtensionPage(ext, 'popup.html');
    await page.waitForSelector('#app > *');
    expect(await page.$eval('#app', (el) => el.textContent)).toContain('Backup Doctor');
    await page.close();
  });

  it('renders the options page', async () => {
    const page = await openExtensionPage(ext, 'options.html');
    await page.waitForSelector('#app > *');
    expect(await page.$eval('#app', (el) => el.textContent)).toContain('Backup Doctor');
    await page.close();
  });

  it('sends the status feed request to the replay server', async () => {
    // Apple's own page fetches the feed; the background worker will too once it polls.
    server.clearLog();
    const page = await openReplayedPage(ext, 'https://www.apple.com/support/systemstatus/');
    await page.waitForSelector('#ssp-lights-table .light-container');
    const [request] = await server.waitForFeedRequests(1);
    expect(request?.path).toBe('/support/systemstatus/data/system_status_en_US.js');
    await page.close();
  });
});
