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
  /** Median main-thread time spent in the extension's content scripts, from a trace (ms). */
  scriptAddedMs: number;
}

export interface BrowserFigures {
  pages: PageFigures[];
  popupFirstRenderMs: number;
}

interface TraceEvent {
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  name: string;
  args?: { data?: { url?: string; scriptName?: string } };
}

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.compileModule']);

/**
 * Main-thread time in scripts served from chrome-extension:// URLs (our content scripts), counting
 * only outermost events so nested calls are not added twice.
 */
export function extensionScriptMs(events: TraceEvent[]): number {
  const ours = events
    .filter((e) => e.ph === 'X' && SCRIPT_EVENTS.has(e.name) && e.dur !== undefined)
    .filter((e) =>
      (e.args?.data?.url ?? e.args?.data?.scriptName ?? '').startsWith('chrome-extension://'),
    )
    .sort((a, b) => a.ts - b.ts);
  let total = 0;
  const endByThread = new Map<number, number>();
  for (const e of ours) {
    const end = e.ts + (e.dur ?? 0);
    if (e.ts < (endByThread.get(e.tid) ?? -Infinity)) continue;
    endByThread.set(e.tid, end);
    total += e.dur ?? 0;
  }
  return total / 1000;
}

/** Loads `url` with a trace running and returns the time our content scripts took. */
async function traceContentScript(
  browser: Browser,
  url: string,
  settleMs: number,
): Promise<number> {
  const page = await browser.newPage();
  try {
    await page.tracing.start({
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'v8',
      ],
    });
    await page.goto(url, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, settleMs));
    const buffer = await page.tracing.stop();
    const { traceEvents } = JSON.parse(
      Buffer.from(buffer ?? new Uint8Array()).toString('utf8'),
    ) as {
      traceEvents: TraceEvent[];
    };
    return extensionScriptMs(traceEvents);
  } finally {
    await page.close();
  }
}

/** Loads `url` in a fresh tab and reads the load event's time. */
async function measureLoad(browser: Browser, url: string, settleMs: number): Promise<number> {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    // Content scripts run at document_idle, after load: let them finish before reading metrics.
    await new Promise((r) => setTimeout(r, settleMs));
    return await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return nav ? nav.loadEventEnd - nav.startTime : Number.NaN;
    });
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

/** Time from the popup's navigation start until it shows iCloud Backup's status (`.hero`). */
async function measurePopup(ext: ExtensionBrowser, runs: number): Promise<number> {
  // Make sure a snapshot is cached, as it is for a user: the popup must not wait on the network.
  await callBackground(ext, { type: 'refreshStatus' });
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page: Page = await ext.browser.newPage();
    await page.evaluateOnNewDocument(() => {
      const record = (): void => {
        if (document.querySelector('.hero[data-state]')) {
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
      const withExt: number[] = [];
      const without: number[] = [];
      const traced: number[] = [];
      // Warm both browsers' caches, then alternate so drift affects both sides alike.
      await measureLoad(ext.browser, url, 100);
      await measureLoad(plain, url, 100);
      for (let i = 0; i < runs; i++) {
        withExt.push(await measureLoad(ext.browser, url, 200));
        without.push(await measureLoad(plain, url, 200));
      }
      // Traced runs are separate: tracing slows the page it watches.
      for (let i = 0; i < Math.min(runs, 7); i++) {
        traced.push(await traceContentScript(ext.browser, url, 500));
      }
      const loadWith = median(withExt);
      const loadWithout = median(without);
      figures.push({
        page: name,
        loadWith,
        loadWithout,
        loadRatio: loadWith / loadWithout,
        scriptAddedMs: median(traced),
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
