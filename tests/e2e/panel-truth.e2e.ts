import type { Page } from 'puppeteer';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  openExtensionPage,
  textInShadow,
  waitForContentScript,
  type ExtensionBrowser,
} from './harness/browser';
import { feed } from './harness/feeds';
import { focusMatches, tabTo } from './harness/focus';
import { ReplayServer } from './harness/replay-server';
import { startReplayed, stopReplayed } from './harness/session';

const HOST = 'backup-doctor-panel';
const ICLOUD_ARTICLE = 'https://support.apple.com/en-us/102563';
const IPAD_THREAD = 'https://discussions.apple.com/thread/255500002';

interface Chrome {
  storage: {
    local: {
      get(key: string): Promise<Record<string, { fetchedAt: number; checkedAt: number }>>;
      remove(keys: string[]): Promise<void>;
      set(items: object): Promise<void>;
    };
  };
}

describe('the panel tells the reader the truth', () => {
  const server = new ReplayServer();
  let ext: ExtensionBrowser;

  async function open(url: string): Promise<Page> {
    const page = await ext.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(url, { waitUntil: 'load' });
    await waitForContentScript(page);
    await waitIn(page, '.bd-panel');
    return page;
  }

  /** Waits until an element of the panel matches `selector` (and holds `text`, when given). */
  const waitIn = (page: Page, selector: string, text = '', timeout = 10_000) =>
    page.waitForFunction(
      (h, s, t) =>
        document.querySelector(h)?.shadowRoot?.querySelector(s)?.textContent?.includes(t) ?? false,
      { timeout },
      HOST,
      selector,
      text,
    );

  const stepIds = (page: Page) =>
    page.evaluate(
      (h) =>
        [...(document.querySelector(h)?.shadowRoot?.querySelectorAll('.bd-step') ?? [])].map(
          (li) => li.getAttribute('data-step-id') ?? '',
        ),
      HOST,
    );

  const pressed = (page: Page) =>
    page.evaluate(
      (h) =>
        [...(document.querySelector(h)?.shadowRoot?.querySelectorAll('.bd-choice') ?? [])].flatMap(
          (b) => (b.getAttribute('aria-pressed') === 'true' ? [b.getAttribute('data-choice')] : []),
        ),
      HOST,
    );

  beforeAll(async () => {
    ext = await startReplayed(
      server,
      { body: await feed('all-available.json') },
      { refresh: true },
    );
  });

  afterAll(() => stopReplayed(server, ext));

  beforeEach(async () => {
    await ext.worker.evaluate(async () => {
      const { storage } = (globalThis as unknown as { chrome: Chrome }).chrome;
      await storage.local.remove(['progress', 'panelSites', 'settings', 'answers']);
    });
  });

  it('asks “What do you see?” on a guide; a click narrows the plan and is remembered', async () => {
    const page = await open(ICLOUD_ARTICLE);
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
    await waitIn(page, 'h2', 'iCloud backup: not enough iCloud storage');
    const after = await stepIds(page);
    expect(after[0]).toBe('icloud-check-backup-size');
    expect(after.length).toBeLessThan(before.length);
    expect(after).not.toContain('network-wifi-check');

    // Remembered for this problem: the next visit starts narrowed.
    await page.reload({ waitUntil: 'load' });
    await waitIn(page, 'h2', 'iCloud backup: not enough iCloud storage');
    expect(await pressed(page)).toEqual(['not-enough-icloud-storage']);
    expect(await stepIds(page)).toEqual(after);
    await page.close();
  });

  it('answers “What do you see?” from the keyboard, and “None of these” keeps the page’s plan', async () => {
    const page = await open(ICLOUD_ARTICLE);
    const before = await stepIds(page);
    await page.bringToFront();
    await tabTo(page, '[data-choice="icloud-backup-greyed-out"]');
    await page.keyboard.press('Enter');
    await waitIn(page, 'h2', 'iCloud Backup is off or greyed out');
    expect(await pressed(page)).toEqual(['icloud-backup-greyed-out']);
    expect((await stepIds(page))[0]).toBe('icloud-turn-on-backup');
    // Focus stays on the answer just given.
    expect(await focusMatches(page, '[data-choice="icloud-backup-greyed-out"]')).toBe(true);

    await tabTo(page, '[data-choice="none"]');
    await page.keyboard.press('Space');
    await waitIn(page, 'h2', 'this page covers');
    expect(await pressed(page)).toEqual(['none']);
    expect(await stepIds(page)).toEqual(before);
    await page.close();
  });

  it('keeps an open step open and focused while the popup’s “Check now” refreshes the status', async () => {
    const page = await open(ICLOUD_ARTICLE);
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
    await waitIn(page, '.bd-status-age', 'min ago');

    const second = '.bd-step:nth-child(2) .bd-step-title';
    await tabTo(page, second);
    await page.keyboard.press('Enter');
    await waitIn(page, `${second}[aria-expanded="true"]`);
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
    await waitIn(page, '.bd-status-age', 'just now');
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
    const page = await open(IPAD_THREAD);
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
