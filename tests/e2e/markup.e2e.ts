import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textInShadow, waitForContentScript, type ExtensionBrowser } from './harness/browser';
import { htmlRoute, ReplayServer, SITES_DIR } from './harness/replay-server';
import { startAvailable, stopReplayed } from './harness/session';

const HOST = 'backup-doctor-panel';

/** Our rebuilt article and the threads in three markups, with the panel heading each gives. */
const PAGES = [
  [
    'an article in Apple’s gb-* markup',
    'support.apple.com',
    '/en-us/102563',
    // A guide: the heading says what the page covers, and the drifted page must count the same.
    /^iCloud backup: this page covers \d possible causes$/,
  ],
  [
    'a thread in an older design’s markup',
    'discussions.apple.com',
    '/thread/255012345',
    /^Computer backup: /,
  ],
  [
    'a thread in a Khoros-like markup',
    'discussions.apple.com',
    '/thread/255400002',
    /^Computer backup: the iPhone’s connection to the computer/,
  ],
  [
    'a thread with no class names at all',
    'discussions.apple.com',
    '/thread/255123456',
    /^iCloud backup: not enough iCloud storage/,
  ],
] as const;

/** Apple redesigned: the same page with every class and id attribute taken out. */
async function strippedPage(host: string, pathname: string): Promise<string> {
  const html = await readFile(path.join(SITES_DIR, host, `${pathname}.html`), 'utf8');
  return html.replace(/\s(?:class|id)="[^"]*"/g, '');
}

describe('the panel on Apple’s markup, and when that markup drifts', () => {
  const server = new ReplayServer();
  let ext: ExtensionBrowser;

  async function panelHeading(url: string): Promise<string | null> {
    const page: Page = await ext.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(url, { waitUntil: 'load' });
    await waitForContentScript(page);
    await page.waitForFunction(
      (h) => document.querySelector(h)?.shadowRoot?.querySelector('.bd-panel h2') ?? null,
      { timeout: 10_000 },
      HOST,
    );
    const heading = await textInShadow(page, HOST, '.bd-panel h2');
    await page.close();
    return heading;
  }

  beforeAll(async () => {
    ext = await startAvailable(server);
  });

  afterAll(() => stopReplayed(server, ext));

  it.each(PAGES)(
    '%s: the panel names the cause, or what a guide covers',
    async (_, host, pathname, heading) => {
      expect(await panelHeading(`https://${host}${pathname}`)).toMatch(heading);
    },
  );

  it.each(PAGES)(
    '%s with every class and id gone: the same panel, the same first cause',
    async (_, host, pathname) => {
      const url = `https://${host}${pathname}`;
      const before = await panelHeading(url);
      server.route(host, pathname, htmlRoute(await strippedPage(host, pathname)));
      try {
        expect(await panelHeading(url)).toBe(before);
      } finally {
        server.unroute(host, pathname);
      }
    },
  );
});
