import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatusSnapshot } from '../../lib/status/types';
import {
  callBackground,
  openExtensionPage,
  openPopup,
  saveScreenshot,
  SCREENSHOT_DIR,
  waitForContentScript,
  waitForShadow,
  type ExtensionBrowser,
} from './harness/browser';
import { feed } from './harness/feeds';
import { ReplayServer } from './harness/replay-server';
import { startReplayed, stopReplayed } from './harness/session';

const PANEL = 'backup-doctor-panel';
const CARD = 'backup-doctor-status';
const ICLOUD_ARTICLE = 'https://support.apple.com/en-us/102563';
const GERMAN_THREAD = 'https://discussions.apple.com/de/thread/256990001';
const STATUS_PAGE = 'https://www.apple.com/support/systemstatus/';
/** The panel's width (entrypoints/panel/initial-view.ts) and the popup's (popup.css). */
const WIDTH = 360;

/**
 * German's long compounds, French's long phrases and CJK's unbroken runs: checked for overflow,
 * and saved as screenshots (tests/screenshots/layout-*.png) to be looked at, light and dark.
 */
const LOCALES = ['de', 'fr', 'ja', 'ko', 'zh-TW'] as const;

interface Chrome {
  storage: { local: { set(items: object): Promise<void>; remove(keys: string[]): Promise<void> } };
}

/**
 * Elements under `rootSelector` (in `host`'s shadow root, or the document) whose content is wider
 * than their box (scrolled or clipped text), or that reach past the root's sides.
 * Screen-reader-only text (clipped to nothing on purpose) does not count.
 */
function overflowing(page: Page, rootSelector: string, host?: string): Promise<string[]> {
  return page.evaluate(
    (sel, h) => {
      const scope = h ? document.querySelector(h)?.shadowRoot : document;
      const root = scope?.querySelector<HTMLElement>(sel);
      if (!root) return [`no ${sel}`];
      const edge = root.getBoundingClientRect();
      const name = (el: Element) =>
        `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
      const out: string[] = [];
      for (const el of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
        const style = getComputedStyle(el);
        if (style.display === 'inline' || style.display === 'contents') continue;
        if (el.getClientRects().length === 0 || style.clipPath !== 'none') continue;
        if (el.closest('.visually-hidden, .bd-visually-hidden')) continue;
        const box = el.getBoundingClientRect();
        if (el.scrollWidth > el.clientWidth + 1) {
          out.push(`${name(el)} is ${el.scrollWidth - el.clientWidth}px wider than its box`);
        }
        if (box.left < edge.left - 1 || box.right > edge.right + 1) {
          out.push(`${name(el)} reaches past the surface's side`);
        }
      }
      return out;
    },
    rootSelector,
    host,
  );
}

/** Saves the part of the page a surface covers (the panel, the card), to be looked at. */
async function saveSurface(page: Page, selector: string, host: string, name: string) {
  const box = await page.evaluate(
    (h, s) => {
      const rect = document.querySelector(h)?.shadowRoot?.querySelector(s)?.getBoundingClientRect();
      return rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
    },
    host,
    selector,
  );
  if (!box) throw new Error(`no ${selector} to screenshot`);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, clip: box });
}

/** Opens every step of the panel's plan and waits for the motion to end. */
async function expandSteps(page: Page): Promise<void> {
  await page.evaluate(async (h) => {
    const root = document.querySelector(h)?.shadowRoot;
    for (const title of root?.querySelectorAll<HTMLElement>('.bd-step-title') ?? []) {
      if (title.getAttribute('aria-expanded') === 'false') title.click();
    }
    await new Promise(requestAnimationFrame);
    await Promise.all((root?.getAnimations() ?? []).map((a) => a.finished));
  }, PANEL);
}

describe.each(['light', 'dark'] as const)('layout in other languages (%s)', (scheme) => {
  const server = new ReplayServer();
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await startReplayed(
      server,
      {
        body: await feed('backup-outage.json'),
        localBodies: {
          de_DE: await feed('backup-outage.de_DE.json'),
          ja_JP: await feed('backup-outage.ja_JP.json'),
        },
      },
      { refresh: true, colorScheme: scheme },
    );
  });

  afterAll(() => stopReplayed(server, ext));

  /**
   * The options' language setting (the one way to force a language on every surface), then a
   * check, so Apple's words about the incident come from that language's feed where we have one.
   */
  async function speak(language: string): Promise<void> {
    await ext.worker.evaluate(async (value) => {
      const { storage } = (globalThis as unknown as { chrome: Chrome }).chrome;
      await storage.local.remove(['panelSites']);
      await storage.local.set({ settings: { language: value } });
    }, language);
    await callBackground<StatusSnapshot>(ext, { type: 'refreshStatus' });
  }

  async function openPage(url: string): Promise<Page> {
    const page = await ext.browser.newPage();
    await page.setViewport({ width: 1280, height: 1400 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.goto(url, { waitUntil: 'load' });
    await waitForContentScript(page);
    return page;
  }

  it('the panel on a German Community thread in German (the README shows it)', async () => {
    await speak('de');
    const page = await openPage(GERMAN_THREAD);
    await page.setViewport({ width: 1280, height: 900 });
    await waitForShadow(page, PANEL, '.bd-panel[lang="de"] .bd-step-title');
    expect(await overflowing(page, '.bd-panel', PANEL)).toEqual([]);
    await saveScreenshot(page, `panel-de-${scheme}`);
    await page.close();
  });

  it.each(LOCALES)('the panel in %s fits 360 px, open and as a tab', async (locale) => {
    await speak(locale);
    const page = await openPage(ICLOUD_ARTICLE);
    await waitForShadow(page, PANEL, `.bd-panel[lang="${locale}"] .bd-step-title`);
    await expandSteps(page);
    // The first answer focused, as from the keyboard: its ring must show in both schemes.
    await page.evaluate(
      (h) =>
        document.querySelector(h)?.shadowRoot?.querySelector<HTMLElement>('.bd-choice')?.focus(),
      PANEL,
    );
    await saveSurface(page, '.bd-panel', PANEL, `layout-${locale}-${scheme}-panel`);
    await page.evaluate((h) => {
      const body = document.querySelector(h)?.shadowRoot?.querySelector('.bd-body');
      body?.scrollTo(0, body.scrollHeight);
    }, PANEL);
    await saveSurface(page, '.bd-panel', PANEL, `layout-${locale}-${scheme}-panel-end`);
    const width = await page.evaluate(
      (h) =>
        document.querySelector(h)?.shadowRoot?.querySelector('.bd-panel')?.getBoundingClientRect()
          .width,
      PANEL,
    );
    expect(width).toBe(WIDTH);
    expect(await overflowing(page, '.bd-panel', PANEL)).toEqual([]);
    await page.evaluate(
      (h) =>
        document
          .querySelector(h)
          ?.shadowRoot?.querySelector<HTMLElement>('.bd-bar .bd-icon-button')
          ?.click(),
      PANEL,
    );
    await waitForShadow(page, PANEL, '.bd-tab');
    await saveSurface(page, '.bd-tab', PANEL, `layout-${locale}-${scheme}-tab`);
    expect(await overflowing(page, '.bd-tab', PANEL)).toEqual([]);
    await page.close();
  });

  it.each(LOCALES)('the popup in %s fits, status and plan', async (locale) => {
    await speak(locale);
    const page = await openPopup(ext);
    await page.waitForSelector(`html[lang="${locale}"]`);
    await saveScreenshot(page, `layout-${locale}-${scheme}-popup-status`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(WIDTH);
    expect(await overflowing(page, '.popup')).toEqual([]);
    await page.click('button.troubleshoot');
    await page.waitForSelector('#picker-title');
    await saveScreenshot(page, `layout-${locale}-${scheme}-popup-picker`);
    expect(await overflowing(page, '.popup')).toEqual([]);
    await page.click('button[data-choice="not-enough-icloud-storage"]');
    await page.waitForSelector('.plan-view .bd-step');
    await page.evaluate(() => {
      for (const title of document.querySelectorAll<HTMLElement>('.bd-step-title')) {
        if (title.getAttribute('aria-expanded') === 'false') title.click();
      }
    });
    await page.setViewport({ width: WIDTH, height: 1600 });
    await saveScreenshot(page, `layout-${locale}-${scheme}-popup-plan`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(WIDTH);
    expect(await overflowing(page, '.popup')).toEqual([]);
    await page.close();
  });

  it.each(LOCALES)('the options page and the status card in %s', async (locale) => {
    await speak(locale);
    const options = await openExtensionPage(ext, 'options.html');
    await options.setViewport({ width: 800, height: 1400 });
    await options.waitForSelector(`html[lang="${locale}"] form`);
    await options.screenshot({
      path: `${SCREENSHOT_DIR}/layout-${locale}-${scheme}-options.png`,
      fullPage: true,
    });
    await options.close();
    const page = await openPage(STATUS_PAGE);
    await waitForShadow(page, CARD, '.headline');
    await saveSurface(page, '.card', CARD, `layout-${locale}-${scheme}-card`);
    expect(await overflowing(page, '.card', CARD)).toEqual([]);
    await page.close();
  });
});
