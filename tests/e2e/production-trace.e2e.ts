import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CDPSession } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, PRODUCTION_EXTENSION_DIR, type ExtensionBrowser } from './harness/browser';
import { feed } from './harness/feeds';
import { ReplayServer } from './harness/replay-server';
import { startReplayed, stopReplayed } from './harness/session';

// What `npm run build` ships must not tell a page we are installed until the panel shows.
const UNRELATED = 'https://support.apple.com/en-us/airpods-name';
const ICLOUD_ARTICLE = 'https://support.apple.com/en-us/102563';
const HOST = 'backup-doctor-panel';

interface Trace {
  /** DOM changes after the page's load event, as the page itself would see them. */
  mutations: string[];
  htmlAttributes: string[];
  ours: number;
}

/**
 * Opens `url`, records every DOM change after its load event, and waits until our content script
 * has read the page and decided. Then reports what a page script could see of us.
 */
async function traceOf(ext: ExtensionBrowser, url: string): Promise<Trace> {
  const page = await ext.browser.newPage();
  await page.evaluateOnNewDocument(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    addEventListener('load', () => {
      new MutationObserver((records) => {
        for (const r of records) {
          seen.push(
            r.type === 'attributes'
              ? `${r.target.nodeName}@${r.attributeName ?? ''}`
              : `${r.target.nodeName}+${[...r.addedNodes].map((n) => n.nodeName).join(',')}`,
          );
        }
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
  });
  const cdp = await page.createCDPSession();
  await cdp.send('Debugger.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  await page.goto(url, { waitUntil: 'load' });
  await gateHasRead(cdp, ext.extensionId);
  await cdp.detach();
  const trace = await page.evaluate(
    (host) => ({
      mutations: (window as unknown as { __seen: string[] }).__seen,
      htmlAttributes: document.documentElement.getAttributeNames(),
      ours: document.querySelectorAll(`${host}, [data-backup-doctor], [data-backup-doctor-owner]`)
        .length,
    }),
    HOST,
  );
  await page.close();
  return trace;
}

/**
 * Waits until our content script has read the page's text, whenever it chose to: V8's call counts
 * (precise coverage, started before the page) show a run of the gate's innermost function that
 * reads `textContent`. A production build leaves no mark to wait on, and a wait of fixed length
 * would prove nothing.
 */
async function gateHasRead(cdp: CDPSession, extensionId: string): Promise<void> {
  const gate = `chrome-extension://${extensionId}/support-gate.js`;
  for (let i = 0; i < 100; i++) {
    const { result } = await cdp.send('Profiler.takePreciseCoverage');
    const script = result.find((s) => s.url === gate);
    if (script) {
      const { scriptSource } = await cdp.send('Debugger.getScriptSource', {
        scriptId: script.scriptId,
      });
      const at = scriptSource.indexOf('.textContent');
      const reader = script.functions
        .flatMap((f) => f.ranges.slice(0, 1))
        .filter((r) => r.startOffset <= at && at < r.endOffset)
        .sort((x, y) => x.endOffset - x.startOffset - (y.endOffset - y.startOffset))[0];
      if (at >= 0 && reader && reader.count > 0) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Our content script never read the page');
}

describe.each([
  ['the production build', PRODUCTION_EXTENSION_DIR, false],
  ['the test build (the control: its marker must show)', EXTENSION_DIR, true],
])('%s on an unrelated Apple page', (_, extensionDir, marks) => {
  const server = new ReplayServer();
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await startReplayed(server, { body: await feed('all-available.json') }, { extensionDir });
  });
  afterAll(() => stopReplayed(server, ext));

  it(
    marks ? 'marks the page once it has decided' : 'adds no attribute and no element',
    async () => {
      const trace = await traceOf(ext, UNRELATED);
      if (marks) {
        // The decision mark, and the gate's count of finished readings.
        expect([...new Set(trace.mutations)].sort()).toEqual([
          'HTML@data-backup-doctor',
          'HTML@data-backup-doctor-read',
        ]);
        expect(trace.htmlAttributes).toContain('data-backup-doctor');
      } else {
        expect(trace).toEqual({ mutations: [], htmlAttributes: ['lang'], ours: 0 });
      }
    },
  );

  it('still shows the panel on a backup page, its code fetched at a per-session address', async () => {
    const page = await ext.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const requested: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/panel.js') && r.redirectChain().length === 0) requested.push(r.url());
    });
    await page.goto(ICLOUD_ARTICLE, { waitUntil: 'load' });
    await page.waitForFunction(
      (h) => document.querySelector(h)?.shadowRoot?.querySelector('.bd-panel') ?? null,
      { timeout: 10_000 },
      HOST,
    );
    expect(requested).toHaveLength(1);
    expect(requested[0]).not.toContain(ext.extensionId);
    await page.close();
  });
});

describe('the production manifests', () => {
  const manifest = async (dir: string) =>
    JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as {
      web_accessible_resources?: unknown[];
    };

  it('list panel.js for Chrome with use_dynamic_url', async () => {
    const entries = (await manifest(PRODUCTION_EXTENSION_DIR)).web_accessible_resources ?? [];
    const panel = entries.find(
      (e): e is { resources: string[]; use_dynamic_url?: boolean } =>
        typeof e === 'object' &&
        e !== null &&
        (e as { resources?: string[] }).resources?.includes('panel.js') === true,
    );
    expect(panel?.use_dynamic_url).toBe(true);
  });

  it('list panel.js for Firefox in the MV2 form, which has no such key', async () => {
    const firefox = path.resolve(PRODUCTION_EXTENSION_DIR, '../firefox-mv2');
    expect((await manifest(firefox)).web_accessible_resources).toContain('panel.js');
  });
});
