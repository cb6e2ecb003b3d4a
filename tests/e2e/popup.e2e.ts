import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatusSnapshot } from '../../lib/status/types';
import {
  callBackground,
  launchWithExtension,
  openExtensionPage,
  saveScreenshot,
  type ExtensionBrowser,
} from './harness/browser';
import { ReplayServer, type FeedScenario } from './harness/replay-server';

const FEEDS = path.resolve(import.meta.dirname, '../fixtures/feeds');
const feed = (name: string): Promise<string> => readFile(path.join(FEEDS, name), 'utf8');

/** Opens the popup at its real width and waits until it has read the cached snapshot. */
async function openPopup(ext: ExtensionBrowser): Promise<Page> {
  const page = await openExtensionPage(ext, 'popup.html');
  await page.setViewport({ width: 360, height: 640 });
  await page.waitForSelector('main[aria-busy="false"]');
  return page;
}

const backupState = (page: Page) =>
  page.$eval('.hero', (el) => ({
    state: (el as HTMLElement).dataset.state,
    text: el.textContent ?? '',
  }));

describe('the popup in Chromium', () => {
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

  it('all available: says iCloud Backup is working normally', async () => {
    await scenario({ body: await feed('all-available.json') });
    const page = await openPopup(ext);
    const hero = await backupState(page);
    expect(hero.state).toBe('available');
    expect(hero.text).toContain('Working normally');
    await saveScreenshot(page, 'popup-available-light');
    await page.close();
  });

  it('outage: says so with Apple’s message and since when', async () => {
    await scenario({ body: await feed('backup-outage.json') });
    const page = await openPopup(ext);
    const hero = await backupState(page);
    expect(hero.state).toBe('outage');
    expect(hero.text).toContain('Down (outage)');
    expect(hero.text).toContain('Users may be unable to back up to iCloud & restore from a backup.');
    await saveScreenshot(page, 'popup-outage-light');
    await page.close();
  });
});
