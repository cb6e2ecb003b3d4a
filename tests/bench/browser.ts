import { readFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import {
  chromiumPath,
  launchWithExtension,
  callBackground,
  type ExtensionBrowser,
} from '../e2e/harness/browser';
import { ReplayServer } from '../e2e/harness/replay-server';
import { median } from './stats';

const FEED = path.resolve(import.meta.dirname, '../fixtures/feeds/all-available.json');

export interface PageFigures {
  page: string;
  loadWith: number;
  loadWithout: number;
  /** Median load-event time with the extension over without. */
  loadRatio: number;
  /** Median main-thread script time with the extension minus without (ms). */
  scriptAddedMs: number;
}

export interface BrowserFigures {
  pages: PageFigures[];
  popupFirstRenderMs: number;
}

interface Run {
  loadMs: number;
  scriptMs: number;
}

/** Loads `url` in a fresh tab, then reads the load event's time and the renderer's script time. */
async function measureLoad(browser: Browser, url: string, settleMs: number): Promise<Run> {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    // Content scripts run at document_idle, after load: let them finish before reading metrics.
    await new Promise((r) => setTimeout(r, settleMs));
    const loadMs = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return nav ? nav.loadEventEnd - nav.startTime : Number.NaN;
    });
    const { ScriptDuration = 0 } = await page.metrics();
    return { loadMs, scriptMs: ScriptDuration * 1000 };
  } finally {
    await page.close();
  }
}

async function launchPlain(server: ReplayServer): Promise<Browser> {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    acceptInsecureCerts: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--ignore-certificate-errors',
      `--host-resolver-rules=${server.hostResolverRules()}`,
    ],
  });
}

/** Time from the popup's navigation start to its first rendered content. */
async function measurePopup(ext: ExtensionBrowser, runs: number): Promise<number> {
  // Make sure a snapshot is cached, as it is for a user: the popup must not wait on the network.
  await callBackground(ext, { type: 'getVersion' });
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page: Page = await ext.browser.newPage();
    await page.evaluateOnNewDocument(() => {
      const record = (): void => {
        const app = document.getElementById('app');
        if (app && app.childElementCount > 0) {
          (window as unknown as { firstRender: number }).firstRender = performance.now();
          observer.disconnect();
        }
      };
      const observer = new MutationObserver(record);
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => 'firstRender' in window, { timeout: 5000 });
    samples.push(
      await page.evaluate(() => (window as unknown as { firstRender: number }).firstRender),
    );
    await page.close();
  }
  return median(samples);
}

export async function measureBrowser(
  pages: { name: string; url: string }[],
  runs: number,
): Promise<BrowserFigures> {
  const server = new ReplayServer();
  await server.start();
  server.setFeed({ body: await readFile(FEED, 'utf8') });
  const ext = await launchWithExtension(server);
  const plain = await launchPlain(server);
  try {
    const figures: PageFigures[] = [];
    for (const { name, url } of pages) {
      const withExt: Run[] = [];
      const without: Run[] = [];
      // Warm both browsers' caches, then alternate so drift affects both sides alike.
      await measureLoad(ext.browser, url, 100);
      await measureLoad(plain, url, 100);
      for (let i = 0; i < runs; i++) {
        withExt.push(await measureLoad(ext.browser, url, 300));
        without.push(await measureLoad(plain, url, 300));
      }
      const loadWith = median(withExt.map((r) => r.loadMs));
      const loadWithout = median(without.map((r) => r.loadMs));
      figures.push({
        page: name,
        loadWith,
        loadWithout,
        loadRatio: loadWith / loadWithout,
        scriptAddedMs:
          median(withExt.map((r) => r.scriptMs)) - median(without.map((r) => r.scriptMs)),
      });
    }
    const popupFirstRenderMs = await measurePopup(ext, runs);
    return { pages: figures, popupFirstRenderMs };
  } finally {
    await plain.close();
    await ext.close();
    await server.stop();
  }
}
