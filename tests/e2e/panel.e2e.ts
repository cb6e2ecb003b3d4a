import type { Page } from 'puppeteer';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  callBackground,
  openExtensionPage,
  requestsFor,
  saveScreenshot,
  textInShadow,
  waitForContentScript,
  waitForReading,
  type ExtensionBrowser,
} from './harness/browser';
import { axeCheck } from './harness/axe';
import { focusMatches, tabTo } from './harness/focus';
import { readings, waitForReadings, waitForStored } from './harness/decisions';
import { ReplayServer } from './harness/replay-server';
import { startAvailable, stopReplayed } from './harness/session';
import { feed } from './harness/feeds';

const HOST = 'backup-doctor-panel';
const ICLOUD_ARTICLE = 'https://support.apple.com/en-us/102563';
const COMMUNITY_THREAD = 'https://discussions.apple.com/thread/255012345';
const SEARCH = 'https://support.apple.com/en-us/search?q=iphone+backup+failed';
const RESTORE_ERROR = 'https://support.apple.com/en-us/restore-error';
const UNRELATED = 'https://support.apple.com/en-us/airpods-name';
const SPA = 'https://support.apple.com/en-us/spa-backup';
const LATE_THREAD = 'https://discussions.apple.com/thread/255077777';
const ICLOUD_THREAD = 'https://discussions.apple.com/thread/255500001';
const IPAD_THREAD = 'https://discussions.apple.com/thread/255500002';

interface Chrome {
  storage: {
    local: {
      get(key: string): Promise<Record<string, object>>;
      remove(keys: string[]): Promise<void>;
      set(items: object): Promise<void>;
    };
  };
  tabs: {
    query(q: object): Promise<{ id?: number; active: boolean }[]>;
    sendMessage(id: number, m: unknown): Promise<unknown>;
  };
}

/** Whether the panel has narrowed Apple's layout (our class on <html>). */
const narrowsApplesLayout = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.classList.contains('backup-doctor-beside'));

describe('the fix panel on Apple’s pages', () => {
  const server = new ReplayServer();
  let ext: ExtensionBrowser;

  /** Opens a page at a normal desktop width (or `width`) and waits for our content script. */
  async function open(url: string, width = 1280): Promise<Page> {
    const page = await ext.browser.newPage();
    await page.setViewport({ width, height: 900 });
    await page.goto(url, { waitUntil: 'load' });
    await waitForContentScript(page);
    return page;
  }

  const waitForPanel = (page: Page, selector = '.bd-panel') =>
    page.waitForFunction(
      (h, s) => document.querySelector(h)?.shadowRoot?.querySelector(s) ?? null,
      { timeout: 10_000 },
      HOST,
      selector,
    );

  async function openPanel(url: string): Promise<Page> {
    const page = await open(url);
    await waitForPanel(page);
    return page;
  }

  /** Waits until an element of the panel matches `selector` and holds `text`. */
  const waitForText = (page: Page, selector: string, text = '') =>
    page.waitForFunction(
      (h, s, t) =>
        document.querySelector(h)?.shadowRoot?.querySelector(s)?.textContent?.includes(t) ?? false,
      { timeout: 10_000 },
      HOST,
      selector,
      text,
    );

  /** The "What do you see?" answers shown as pressed. */
  const pressed = (page: Page) =>
    page.evaluate(
      (h) =>
        [...(document.querySelector(h)?.shadowRoot?.querySelectorAll('.bd-choice') ?? [])].flatMap(
          (b) => (b.getAttribute('aria-pressed') === 'true' ? [b.getAttribute('data-choice')] : []),
        ),
      HOST,
    );

  const click = (page: Page, selector: string) =>
    page.evaluate(
      (h, s) => (document.querySelector(h)?.shadowRoot?.querySelector(s) as HTMLElement).click(),
      HOST,
      selector,
    );

  const stepIds = (page: Page) =>
    page.evaluate(
      (h) =>
        [...(document.querySelector(h)?.shadowRoot?.querySelectorAll('.bd-step') ?? [])].map((li) =>
          li.getAttribute('data-step-id'),
        ),
      HOST,
    );

  /** Waits for the panel's slide-in and any opening step to finish: the README shows these. */
  const settled = (page: Page) =>
    page.evaluate(async (h) => {
      const root = document.querySelector(h)?.shadowRoot;
      await Promise.all((root?.getAnimations() ?? []).map((a) => a.finished));
    }, HOST);

  async function expectNoPanel(page: Page): Promise<void> {
    // The gate's decision on this page: it has read the page and chosen.
    await waitForReading(page);
    expect(await page.$(HOST)).toBeNull();
  }

  beforeAll(async () => {
    ext = await startAvailable(server);
  });

  afterAll(() => stopReplayed(server, ext));

  beforeEach(async () => {
    // Each test starts as a first visit: no progress, no remembered panel state.
    await ext.worker.evaluate(async () => {
      const { storage } = (globalThis as unknown as { chrome: Chrome }).chrome;
      await storage.local.remove(['progress', 'panelSites', 'settings', 'answers']);
    });
  });

  it('opens beside Apple’s iCloud backup article, saying what the page covers and the status', async () => {
    const page = await open(ICLOUD_ARTICLE);
    await waitForPanel(page);
    // A guide lists causes; none of them is the reader's until they say what they see.
    expect(await textInShadow(page, HOST, 'h2')).toMatch(
      /^iCloud backup: this page covers \d possible causes$/,
    );
    await page.waitForFunction(
      (h) =>
        document
          .querySelector(h)
          ?.shadowRoot?.querySelector('.bd-status-text')
          ?.textContent?.includes('available'),
      {},
      HOST,
    );
    expect(await textInShadow(page, HOST, '.bd-status')).toMatch(
      /iCloud Backup: available\s*checked (just now|\d+ minutes? ago)/,
    );
    const ids = await stepIds(page);
    expect(ids[0]).toBe('icloud-check-backup-size');
    expect(ids.at(-1)).toBe('icloud-back-up-now');
    // Apple's article text stays clear of the panel.
    const layout = await page.evaluate((h) => {
      const panel = document.querySelector(h)?.shadowRoot?.querySelector('.bd-panel');
      return {
        text: document.getElementById('sections')?.getBoundingClientRect().right ?? 0,
        panel: panel?.getBoundingClientRect().left ?? 0,
        beside: document.documentElement.classList.contains('backup-doctor-beside'),
      };
    }, HOST);
    expect(layout.beside).toBe(true);
    expect(layout.text).toBeLessThanOrEqual(layout.panel);
    await settled(page);
    await saveScreenshot(page, 'panel-icloud-light');
    await page.close();
  });

  it('shows the same panel in dark mode', async () => {
    const page = await ext.browser.newPage();
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(ICLOUD_ARTICLE, { waitUntil: 'load' });
    await waitForPanel(page);
    await click(page, '.bd-step-title');
    const style = await page.evaluate((h) => {
      const panel = document.querySelector(h)?.shadowRoot?.querySelector('.bd-panel');
      return panel
        ? {
            bg: getComputedStyle(panel).backgroundColor,
            animation: getComputedStyle(panel).animationName,
          }
        : null;
    }, HOST);
    expect(style).toEqual({ bg: 'rgb(44, 44, 46)', animation: 'bd-slide-in' });
    await settled(page);
    await saveScreenshot(page, 'panel-icloud-dark');
    await page.close();
  });

  it('does not animate when the system asks for reduced motion', async () => {
    const page = await ext.browser.newPage();
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(ICLOUD_ARTICLE, { waitUntil: 'load' });
    await waitForPanel(page);
    const animation = await page.evaluate((h) => {
      const panel = document.querySelector(h)?.shadowRoot?.querySelector('.bd-panel');
      return panel ? getComputedStyle(panel).animationName : null;
    }, HOST);
    expect(animation).toBe('none');
    await page.close();
  });

  it('gives computer steps on a Community thread quoting an iTunes error', async () => {
    const page = await open(COMMUNITY_THREAD);
    await waitForPanel(page);
    expect(await textInShadow(page, HOST, 'h2')).toMatch(/^Computer backup: /);
    const ids = await stepIds(page);
    expect(ids).toContain('connection-unlock-trust');
    expect(ids.at(-1)).toBe('computer-back-up-now');
    expect(ids).not.toContain('icloud-back-up-now');
    await saveScreenshot(page, 'panel-community-light');
    await page.close();
  });

  it('rewrites the steps for the computer chosen, and remembers the choice', async () => {
    const page = await open(COMMUNITY_THREAD);
    await waitForPanel(page);
    const lastStepWhere = () =>
      page.evaluate(
        (h) =>
          document
            .querySelector(h)
            ?.shadowRoot?.querySelector('[data-step-id="computer-back-up-now"] .bd-step-where')
            ?.textContent ?? '',
        HOST,
      );
    expect(await lastStepWhere()).toContain('Finder (Mac) or Apple Devices or iTunes (Windows)');
    await page.evaluate((h) => {
      const select = document.querySelector(h)?.shadowRoot?.querySelector('.bd-platform select');
      if (!(select instanceof HTMLSelectElement)) throw new Error('no computer switch');
      select.value = 'windows';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, HOST);
    await page.waitForFunction(
      (h) =>
        document
          .querySelector(h)
          ?.shadowRoot?.querySelector('[data-step-id="computer-back-up-now"] .bd-step-where')
          ?.textContent?.includes('Apple Devices > [iPhone]'),
      { timeout: 5_000 },
      HOST,
    );
    await page.reload({ waitUntil: 'load' });
    await waitForPanel(page, '[data-step-id="computer-back-up-now"]');
    await page.waitForFunction(
      (h) =>
        document
          .querySelector(h)
          ?.shadowRoot?.querySelector('[data-step-id="computer-back-up-now"] .bd-step-where')
          ?.textContent?.includes('Apple Devices > [iPhone]'),
      { timeout: 5_000 },
      HOST,
    );
    await page.close();
  });

  it('appears when a Community thread’s posts load after the page', async () => {
    const page = await open(LATE_THREAD);
    expect(await page.$(HOST)).toBeNull();
    await waitForPanel(page);
    expect(await textInShadow(page, HOST, 'h2')).toMatch(
      /^Computer backup: not enough space on the computer/,
    );
    await page.close();
  });

  it('passes an accessibility check', async () => {
    const page = await open(ICLOUD_ARTICLE);
    await waitForPanel(page);
    await click(page, '.bd-step-title');
    const { violations, passes } = await axeCheck(page, HOST);
    // The check did look inside the shadow root: it found rules that apply and pass.
    expect(passes.length).toBeGreaterThan(5);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('appears on a support search for “iphone backup failed”', async () => {
    const page = await open(SEARCH);
    await waitForPanel(page);
    expect(await textInShadow(page, HOST, 'h2')).toMatch(/backup/i);
    await page.close();
  });

  it.each([
    ['a restore-error article', RESTORE_ERROR],
    ['an unrelated article', UNRELATED],
  ])('stays away from %s', async (_, url) => {
    const page = await open(url);
    await expectNoPanel(page);
    expect(await page.$('style[data-backup-doctor]')).toBeNull();
    await page.close();
  });

  it('loads its panel code on a backup page only, never on an unrelated article', async () => {
    // The content script on every Apple page is only the cheap gate: the diagnosis, settings
    // and the panel come with panel.js, fetched once a page names a backup.
    const panelRequests = async (url: string, settle: (page: Page) => Promise<unknown>) => {
      const page = await ext.browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      const requested = requestsFor(page, '/panel.js');
      await page.goto(url, { waitUntil: 'load' });
      await waitForContentScript(page);
      await settle(page);
      await page.close();
      return requested;
    };
    const onArticle = await panelRequests(ICLOUD_ARTICLE, (page) => waitForPanel(page));
    expect(onArticle).toHaveLength(1);
    // Asked for at the per-session address (use_dynamic_url), never at the extension's fixed one.
    expect(onArticle[0]).not.toContain(ext.extensionId);
    expect(await panelRequests(UNRELATED, (page) => waitForReading(page))).toEqual([]);
  });

  it.each([
    ['a guide', ICLOUD_ARTICLE, /^iCloud backup: this page covers \d possible causes$/],
    ['a Community thread', ICLOUD_THREAD, /^iCloud backup: the automatic backup’s conditions/],
  ])('puts Apple’s ongoing iCloud Backup outage first on %s', async (_, url, pageLine) => {
    server.setFeed({ body: await feed('backup-outage.json') });
    await callBackground(ext, { type: 'refreshStatus' });
    try {
      const page = await open(url);
      await waitForPanel(page, '.bd-incident');
      expect(await textInShadow(page, HOST, 'h2')).toBe(
        'Apple’s side: iCloud Backup is down. Wait for Apple’s fix.',
      );
      // Apple's own words come right under the headline, then what the page says, as what to
      // try if it still fails once Apple has fixed it.
      const layout = await page.evaluate((h) => {
        const root = document.querySelector(h)?.shadowRoot;
        const heading = root?.querySelector('h2');
        const after = root?.querySelector('.bd-after-fix');
        const steps = root?.querySelector('.bd-steps');
        const follows = (a?: Element | null, b?: Element | null) =>
          Boolean(a && b && a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
        return {
          next: heading?.nextElementSibling?.className,
          afterFix: after?.textContent,
          order: follows(after, steps),
          pageLine: root?.querySelector('.bd-page-line')?.textContent,
        };
      }, HOST);
      expect(layout).toEqual({
        next: 'bd-incident',
        afterFix: 'If it still fails after Apple’s fix',
        order: true,
        pageLine: expect.stringMatching(pageLine),
      });
      const incident = await textInShadow(page, HOST, '.bd-incident');
      expect(incident).toMatch(
        /^Apple says:Users may be unable to back up to iCloud & restore from a backup\./,
      );
      expect(incident).toMatch(/iCloud Backup: outage since/);
      expect((await stepIds(page))[0]).toBe('wait-for-apple');
      if (url === ICLOUD_ARTICLE) await saveScreenshot(page, 'panel-outage-light');
      await page.close();
    } finally {
      server.setFeed({ body: await feed('all-available.json') });
      await callBackground(ext, { type: 'refreshStatus' });
    }
  });

  it('keeps ticked steps across a reload, and ends the plan when it fixed it', async () => {
    const page = await open(ICLOUD_ARTICLE);
    await waitForPanel(page);
    await click(page, '.bd-step-check');
    await page.waitForFunction(
      (h) =>
        document
          .querySelector(h)
          ?.shadowRoot?.querySelector('.bd-progress-text')
          ?.textContent?.startsWith('1 of'),
      {},
      HOST,
    );
    // The tick is written to storage before the page is left.
    await waitForStored(ext, 'progress', (value) =>
      Object.values((value ?? {}) as Record<string, { done: string[] }>).some(
        (p) => p.done.length === 1,
      ),
    );
    await page.reload({ waitUntil: 'load' });
    await waitForPanel(page, '.bd-step-check');
    await page.waitForFunction(
      (h) =>
        (
          document
            .querySelector(h)
            ?.shadowRoot?.querySelector('.bd-step-check') as HTMLInputElement | null
        )?.checked === true,
      { timeout: 5_000 },
      HOST,
    );
    expect(await textInShadow(page, HOST, '.bd-progress-text')).toMatch(/^1 of \d+ done$/);
    await click(page, '.bd-fixed-it');
    await waitForPanel(page, '.bd-fixed');
    expect(await textInShadow(page, HOST, '.bd-fixed')).toContain('Glad it’s fixed');
    await page.close();
  });

  it('copies a summary of the problem, the status and the steps tried', async () => {
    await ext.browser
      .defaultBrowserContext()
      .overridePermissions('https://support.apple.com', ['clipboard-read', 'clipboard-write']);
    const page = await open(ICLOUD_ARTICLE);
    await waitForPanel(page);
    await click(page, '.bd-step-check');
    await click(page, '.bd-copy .bd-button');
    await page.waitForFunction(
      (h) =>
        document
          .querySelector(h)
          ?.shadowRoot?.querySelector('.bd-copy-status')
          ?.textContent?.startsWith('Copied'),
      { timeout: 5_000 },
      HOST,
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const lines = copied.split('\n');
    expect(lines[0]).toBe('iPhone backup problem (summary from Backup Doctor)');
    expect(lines[1]).toMatch(/^Problem: iCloud backup: this page covers \d possible causes$/);
    expect(lines).toContain('Page I was reading: https://support.apple.com/en-us/102563');
    expect(copied).toMatch(/Apple System Status: iCloud Backup: available · checked/);
    expect(lines).toContain('What I’ve tried:');
    expect(lines).toContain('- Compare the next backup’s size with your free iCloud space');
    expect(lines.at(-1)).toBe('Result: still not backing up.');
    await page.close();
  });

  it('highlights the evidence on Apple’s page without changing its text', async () => {
    const page = await open(ICLOUD_ARTICLE);
    await waitForPanel(page);
    const before = await page.$eval('#sections', (el) => el.innerHTML);
    await click(page, '.bd-evidence .bd-link-button');
    await page.waitForFunction(
      (h) =>
        document
          .querySelector(h)
          ?.shadowRoot?.querySelector('.bd-evidence .bd-link-button')
          ?.getAttribute('aria-pressed') === 'true',
      {},
      HOST,
    );
    expect(await page.$eval('#sections', (el) => el.innerHTML)).toBe(before);
    expect(await page.$eval('style[data-backup-doctor]', (el) => el.textContent)).toContain(
      '::highlight(backup-doctor)',
    );
    await saveScreenshot(page, 'panel-highlight-light');
    await page.close();
  });

  it('collapses to a tab, remembers it on the site, and the shortcut opens it', async () => {
    const page = await open(ICLOUD_ARTICLE);
    await waitForPanel(page);
    await click(page, '.bd-bar .bd-icon-button');
    await waitForPanel(page, '.bd-tab');
    expect(await narrowsApplesLayout(page)).toBe(false);
    await waitForStored(
      ext,
      'panelSites',
      (value) =>
        (value as Record<string, string> | undefined)?.['support.apple.com'] === 'collapsed',
    );
    await page.reload({ waitUntil: 'load' });
    await waitForPanel(page, '.bd-tab');
    await saveScreenshot(page, 'panel-collapsed-light');
    // The background relays the shortcut to the tab it was pressed in.
    await page.bringToFront();
    await ext.worker.evaluate(async () => {
      const { tabs } = (globalThis as unknown as { chrome: Chrome }).chrome;
      const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id !== undefined)
        await tabs.sendMessage(tab.id, { type: 'backup-doctor:toggle-panel' });
    });
    await waitForPanel(page, '.bd-panel');
    await page.close();
  });

  async function setSettings(settings: object): Promise<void> {
    await ext.worker.evaluate(async (value) => {
      const { storage } = (globalThis as unknown as { chrome: Chrome }).chrome;
      await storage.local.set({ settings: value });
    }, settings);
  }

  it.each([
    ['the panel is turned off', { panel: 'off' }],
    ['this site is turned off', { disabledSites: ['support.apple.com'] }],
  ])('shows nothing when %s', async (_, settings) => {
    await setSettings(settings);
    const page = await open(ICLOUD_ARTICLE);
    await expectNoPanel(page);
    await page.close();
  });

  it('starts as a tab when the setting says so', async () => {
    await setSettings({ panel: 'collapsed' });
    const page = await open(ICLOUD_ARTICLE);
    await waitForPanel(page, '.bd-tab');
    await page.close();
  });

  it('starts as a tab on a narrow window', async () => {
    const page = await open(ICLOUD_ARTICLE, 900);
    await waitForPanel(page, '.bd-tab');
    expect(await narrowsApplesLayout(page)).toBe(false);
    await page.close();
  });

  it('closes for this page and leaves nothing behind', async () => {
    const page = await open(ICLOUD_ARTICLE);
    await waitForPanel(page);
    await click(page, '.bd-bar .bd-icon-button:last-of-type');
    await page.waitForFunction(
      (h) => !document.querySelector(h)?.shadowRoot?.querySelector('.bd-panel, .bd-tab'),
      {},
      HOST,
    );
    expect(await narrowsApplesLayout(page)).toBe(false);
    await page.close();
  });

  it('removes itself when an in-page navigation leads to an unrelated article', async () => {
    const page = await open(SPA);
    await waitForPanel(page);
    await page.click('#to-airpods');
    await page.waitForFunction((h) => document.querySelector(h) === null, { timeout: 5_000 }, HOST);
    expect(page.url()).toBe(UNRELATED);
    expect(await page.$('style[data-backup-doctor]')).toBeNull();
    expect(await narrowsApplesLayout(page)).toBe(false);
    await page.close();
  });

  it('never mounts two panels', async () => {
    const page = await open(ICLOUD_ARTICLE);
    await waitForPanel(page);
    // Late content makes the script re-read the page; it must update, not add.
    const before = await readings(page);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'The last backup could not be completed.';
      document.getElementById('sections')?.append(p);
    });
    await waitForReadings(page, before + 1);
    expect(await page.$$eval(HOST, (els) => els.length)).toBe(1);
    await page.close();
  });

  it('asks “What do you see?” on a guide; a click narrows the plan and is remembered', async () => {
    const page = await openPanel(ICLOUD_ARTICLE);
    expect(await textInShadow(page, HOST, '.bd-question')).toContain('What do you see?');
    // The page's own channel: messages the device shows, not the computer's.
    const offered = await page.evaluate(
      (h) =>
        [...(document.querySelector(h)?.shadowRoot?.querySelectorAll('.bd-choice') ?? [])].map(
          (b) => b.getAttribute('data-choice'),
        ),
      HOST,
    );
    expect(offered).toContain('not-enough-icloud-storage');
    expect(offered).not.toContain('computer-backup-corrupt');
    expect(offered.at(-1)).toBe('none');
    const before = await stepIds(page);

    await page.evaluate((h) => {
      const button = document
        .querySelector(h)
        ?.shadowRoot?.querySelector('[data-choice="not-enough-icloud-storage"]');
      (button as HTMLElement).click();
    }, HOST);
    await waitForText(page, 'h2', 'iCloud backup: not enough iCloud storage');
    const after = await stepIds(page);
    expect(after[0]).toBe('icloud-check-backup-size');
    expect(after.length).toBeLessThan(before.length);
    expect(after).not.toContain('network-wifi-check');

    // Remembered for this problem: the next visit starts narrowed.
    await page.reload({ waitUntil: 'load' });
    await waitForText(page, 'h2', 'iCloud backup: not enough iCloud storage');
    expect(await pressed(page)).toEqual(['not-enough-icloud-storage']);
    expect(await stepIds(page)).toEqual(after);
    await page.close();
  });

  it('answers “What do you see?” from the keyboard, and “None of these” keeps the page’s plan', async () => {
    const page = await openPanel(ICLOUD_ARTICLE);
    const before = await stepIds(page);
    await page.bringToFront();
    await tabTo(page, '[data-choice="icloud-backup-greyed-out"]');
    await page.keyboard.press('Enter');
    await waitForText(page, 'h2', 'iCloud Backup is off or greyed out');
    expect(await pressed(page)).toEqual(['icloud-backup-greyed-out']);
    expect((await stepIds(page))[0]).toBe('icloud-turn-on-backup');
    // Focus stays on the answer just given.
    expect(await focusMatches(page, '[data-choice="icloud-backup-greyed-out"]')).toBe(true);

    await tabTo(page, '[data-choice="none"]');
    await page.keyboard.press('Space');
    await waitForText(page, 'h2', 'this page covers');
    expect(await pressed(page)).toEqual(['none']);
    expect(await stepIds(page)).toEqual(before);
    await page.close();
  });

  it('keeps an open step open and focused while the popup’s “Check now” refreshes the status', async () => {
    const page = await openPanel(ICLOUD_ARTICLE);
    await page.bringToFront();
    // Make the status look older, so the panel shows when the new check has reached it. This
    // write is itself a snapshot change the list must survive.
    await ext.worker.evaluate(
      async (at) => {
        const { storage } = (globalThis as unknown as { chrome: Chrome }).chrome;
        const { statusSnapshot } = await storage.local.get('statusSnapshot');
        await storage.local.set({ statusSnapshot: { ...statusSnapshot, checkedAt: at } });
      },
      Date.now() - 10 * 60_000,
    );
    await waitForText(page, '.bd-status-age', 'minutes ago');

    const second = '.bd-step:nth-child(2) .bd-step-title';
    await tabTo(page, second);
    await page.keyboard.press('Enter');
    await waitForText(page, `${second}[aria-expanded="true"]`);
    // Mark the rendered step: a rebuilt list would hold a new element without the mark.
    await page.evaluate(
      (h, s) => {
        const el = document.querySelector(h)?.shadowRoot?.querySelector(s);
        if (el) el.setAttribute('data-test-mark', 'kept');
      },
      HOST,
      second,
    );

    const popup = await openExtensionPage(ext, 'popup.html');
    await popup.waitForSelector('button.refresh[aria-busy="false"]');
    await popup.click('button.refresh');
    await popup.waitForSelector('button.refresh[aria-busy="false"][aria-disabled="false"]');
    await popup.close();

    await page.bringToFront();
    await waitForText(page, '.bd-status-age', 'just now');
    const state = await page.evaluate(
      (h, s) => {
        const root = document.querySelector(h)?.shadowRoot;
        const title = root?.querySelector(s);
        const details = title?.closest('.bd-step')?.querySelector('.bd-step-details');
        return {
          mark: title?.getAttribute('data-test-mark'),
          expanded: title?.getAttribute('aria-expanded'),
          hidden: details?.hasAttribute('hidden'),
          focused: root?.activeElement === title,
        };
      },
      HOST,
      second,
    );
    expect(state).toEqual({ mark: 'kept', expanded: 'true', hidden: false, focused: true });
    await page.close();
  });

  it('says iPad on an iPad thread, in the asker’s words and the steps', async () => {
    const page = await openPanel(IPAD_THREAD);
    expect(await textInShadow(page, HOST, '.bd-asker')).toBe(
      "They wrote: iPad won't back up to iCloud, says not enough storage",
    );
    // A report: the asker's message is theirs, so no question about it.
    expect(await textInShadow(page, HOST, '.bd-question')).toBeNull();
    expect(await textInShadow(page, HOST, 'h2')).toBe('iCloud backup: not enough iCloud storage');
    const words = await textInShadow(page, HOST, '.bd-steps');
    expect(words).toContain('iPad');
    expect(words).not.toMatch(/iPhone/);
    await page.close();
  });
});
