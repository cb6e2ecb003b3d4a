import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, {
  type Browser,
  type ElementHandle,
  type Page,
  type Viewport,
  type WebWorker,
} from 'puppeteer';
import type { ReplayServer } from './replay-server';

/**
 * The Chrome extension the e2e suite loads: the test build (`npm run build:test`), which marks
 * a page once its content script has decided (lib/ready-marker.ts).
 */
export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../../.output/chrome-mv3-test');
/** The production build (`npm run build`), which leaves no mark: for the tests that say so. */
export const PRODUCTION_EXTENSION_DIR = path.resolve(
  import.meta.dirname,
  '../../../.output/chrome-mv3',
);
/** Where tests save screenshots (git-ignored). */
export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../screenshots');

export function chromiumPath(): string {
  const fromEnv = process.env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) return fromEnv;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('No Chromium found: install Debian’s chromium or set PUPPETEER_EXECUTABLE_PATH');
}

/** A browser running our extension, whichever browser it is. */
export interface ExtensionSession {
  browser: Browser;
  /** Where the extension's own pages live: `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  origin: string;
  /** The colour scheme asked for at launch; pages opened through the harness emulate it too. */
  colorScheme?: 'light' | 'dark';
  close(): Promise<void>;
}

/** Chromium with our extension: its background is a service worker the tests can reach. */
export interface ExtensionBrowser extends ExtensionSession {
  extensionId: string;
  worker: WebWorker;
}

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  /** Another unpacked extension instead of our build (the bench's empty control). */
  extensionDir?: string;
  /** Chromium's UI language (`--lang` and `LANGUAGE`, as a person's system would set it). */
  lang?: string;
}

/** Chromium's flags for a test run: quiet, and every Apple host sent to `server`. */
export function chromiumArgs(
  server: ReplayServer,
  options: Pick<LaunchOptions, 'colorScheme' | 'lang'> = {},
): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--ignore-certificate-errors',
    `--host-resolver-rules=${server.hostResolverRules()}`,
    ...(options.colorScheme ? [`--force-prefers-color-scheme=${options.colorScheme}`] : []),
    ...(options.lang ? [`--lang=${options.lang}`] : []),
  ];
}

/** Launches headless Chromium with the built extension, every Apple host sent to `server`. */
export async function launchWithExtension(
  server: ReplayServer,
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `No built extension at ${extensionDir}: run \`npm run build && npm run build:test\` first`,
    );
  }
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'backup-doctor-e2e-'));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    userDataDir,
    acceptInsecureCerts: true,
    enableExtensions: [extensionDir],
    ...(options.lang ? { env: { ...process.env, LANGUAGE: options.lang } } : {}),
    args: chromiumArgs(server, options),
  });
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    { timeout: 15_000 },
  );
  const extensionId = new URL(target.url()).host;
  const worker = await target.worker();
  if (!worker) throw new Error('The extension’s service worker did not start');
  return {
    browser,
    origin: `chrome-extension://${extensionId}`,
    extensionId,
    worker,
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    async close() {
      await browser.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A new tab in the launch's colour scheme. `--force-prefers-color-scheme` alone does not reach
 * extension pages in new headless Chromium, so the media feature is emulated per page as well.
 */
async function newPage(ext: ExtensionSession, viewport?: Viewport): Promise<Page> {
  const page = await ext.browser.newPage();
  if (viewport) await page.setViewport(viewport);
  if (ext.colorScheme) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: ext.colorScheme }]);
  }
  return page;
}

/** Opens one of the extension's own pages (`popup.html`, `options.html`) in a tab. */
export async function openExtensionPage(ext: ExtensionSession, file: string): Promise<Page> {
  const page = await newPage(ext);
  const url = `${ext.origin}/${file}`;
  if (!url.startsWith('moz-extension:')) {
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }
  // Firefox's WebDriver BiDi loads an extension page but never reports the navigation done:
  // leave it pending (it settles when the tab closes) and wait for the document itself.
  // Asked again until it answers: while the tab navigates, an evaluation may find no document.
  page.goto(url, { timeout: 0 }).catch(() => undefined);
  const deadline = Date.now() + 15_000;
  const loaded = () =>
    page
      .evaluate((u) => location.href === u && document.readyState === 'complete', url)
      .catch(() => false);
  while (!(await loaded())) {
    if (Date.now() > deadline) throw new Error(`${url} did not load`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return page;
}

/** Opens the popup at its real width and waits until it has read the cached snapshot. */
export async function openPopup(ext: ExtensionSession): Promise<Page> {
  const page = await openExtensionPage(ext, 'popup.html');
  await page.setViewport({ width: 360, height: 640 });
  await page.waitForSelector('main[aria-busy="false"]');
  return page;
}

/**
 * Opens a replayed page and waits until our content script has marked it ready. Give a
 * `viewport` when the page's width matters (the panel opens beside wide pages only).
 */
export async function openReplayedPage(
  ext: ExtensionSession,
  url: string,
  viewport?: Viewport,
): Promise<Page> {
  const page = await newPage(ext, viewport);
  await page.goto(url, { waitUntil: 'load' });
  await waitForContentScript(page);
  return page;
}

/**
 * The addresses `page` will ask for a file of ours at (its path ends with `file`), as they are
 * asked for: Chrome then follows a per-session address to the file, and that hop is no new request.
 */
export function requestsFor(page: Page, file: string): string[] {
  const requested: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith(file) && r.redirectChain().length === 0) requested.push(r.url());
  });
  return requested;
}

export async function waitForContentScript(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForSelector('html[data-backup-doctor="ready"]', { timeout });
}

/**
 * Waits until the support gate has finished reading the page (its decision, panel or not): the
 * proof a test needs before it says no panel appeared.
 */
export async function waitForReading(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForSelector('html[data-backup-doctor-read]', { timeout });
}

/** Finds an element inside the open shadow root of `host`. */
export async function queryInShadow(
  page: Page,
  host: string,
  selector: string,
): Promise<ElementHandle | null> {
  const handle = await page.evaluateHandle(
    (h, s) => document.querySelector(h)?.shadowRoot?.querySelector(s) ?? null,
    host,
    selector,
  );
  const element = handle.asElement();
  if (!element) await handle.dispose();
  return element as ElementHandle | null;
}

/** Waits until `selector` matches inside the shadow root of `host` (our panel, our card). */
export async function waitForShadow(
  page: Page,
  host: string,
  selector: string,
  timeout = 10_000,
): Promise<void> {
  await page.waitForFunction(
    (h, s) => document.querySelector(h)?.shadowRoot?.querySelector(s) ?? null,
    { timeout },
    host,
    selector,
  );
}

/** Text of an element inside the shadow root of `host`, or null when it is not there. */
export async function textInShadow(
  page: Page,
  host: string,
  selector: string,
): Promise<string | null> {
  return page.evaluate(
    (h, s) => document.querySelector(h)?.shadowRoot?.querySelector(s)?.textContent ?? null,
    host,
    selector,
  );
}

/**
 * Saves a full-page screenshot to tests/screenshots/<name>.png and returns its path, once every
 * finite animation has ended: a panel caught in its slide-in looked faded.
 */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  // A document's getAnimations() leaves out its shadow trees (our panel's), so each is asked too.
  await page.evaluate(() => {
    const shadows = [...document.querySelectorAll('*')].flatMap((e) => e.shadowRoot ?? []);
    return Promise.all(
      [document, ...shadows]
        .flatMap((root) => root.getAnimations())
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    );
  });
  await page.screenshot({ path: file as `${string}.png` });
  return file;
}

interface RuntimeLike {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/**
 * The extension's API in one of its pages: `browser` (Firefox, promises), else `chrome`
 * (Chromium, promises in MV3). Firefox's MV2 `chrome` takes callbacks only.
 */
type ApiScope = { browser?: RuntimeLike; chrome: RuntimeLike };

/**
 * Sends a message to the background from an extension page, as the popup would (a service
 * worker's own messages do not reach its own listeners). Opens `popup.html` when no page is given.
 */
export async function callBackground<T>(
  ext: ExtensionSession,
  message: unknown,
  from?: Page,
): Promise<T> {
  const page = from ?? (await openExtensionPage(ext, 'popup.html'));
  try {
    return (await page.evaluate((m) => {
      const scope = globalThis as unknown as ApiScope;
      return (scope.browser?.runtime ? scope.browser : scope.chrome).runtime.sendMessage(m);
    }, message)) as T;
  } finally {
    if (!from) await page.close();
  }
}
