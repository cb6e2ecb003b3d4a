import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeCheck } from './harness/axe';
import {
  openExtensionPage,
  openReplayedPage,
  saveScreenshot,
  type ExtensionBrowser,
  openPopup,
} from './harness/browser';
import { focused, focusMatches, tabTo, type FocusInfo } from './harness/focus';
import { ReplayServer } from './harness/replay-server';
import { startAvailable, stopReplayed } from './harness/session';
import { feed } from './harness/feeds';

const PANEL = 'backup-doctor-panel';
const CARD = 'backup-doctor-status';
const ICLOUD_ARTICLE = 'https://support.apple.com/en-us/102563';
const COMMUNITY_THREAD = 'https://discussions.apple.com/thread/255012345';
const STATUS_PAGE = 'https://www.apple.com/support/systemstatus/';
const WIDE = { width: 1280, height: 900 };

interface Chrome {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(id: number, m: unknown): Promise<unknown>;
  };
}

const inShadow = (page: Page, host: string, selector: string) =>
  page.waitForFunction(
    (h, s) => document.querySelector(h)?.shadowRoot?.querySelector(s) ?? null,
    { timeout: 10_000 },
    host,
    selector,
  );

const shadowAttr = (page: Page, selector: string, attr: string) =>
  page.evaluate(
    (h, s, a) => document.querySelector(h)?.shadowRoot?.querySelector(s)?.getAttribute(a) ?? null,
    PANEL,
    selector,
    attr,
  );

/** Every stop must show where focus is. */
function expectAllVisible(stops: FocusInfo[]): void {
  expect(stops.filter((s) => !s.visible).map((s) => `${s.tag}.${s.className} "${s.name}"`)).toEqual(
    [],
  );
}

describe.each(['light', 'dark'] as const)('axe-core finds no violations (%s)', (scheme) => {
  const server = new ReplayServer();
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await startAvailable(server, { colorScheme: scheme });
  });

  afterAll(() => stopReplayed(server, ext));

  /** axe on the page, or inside `host`; the page really is in the scheme under test. */
  async function expectClean(page: Page, what: string, host?: string): Promise<void> {
    const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    expect(dark).toBe(scheme === 'dark');
    const { violations, passes } = await axeCheck(page, host);
    // It did check something: contrast is judged on our text (inside the shadow root too).
    expect(passes).toContain('color-contrast');
    expect(violations.map((v) => `${what}: ${v}`)).toEqual([]);
  }

  it('the panel with a step expanded, and folded to its tab', async () => {
    const page = await openReplayedPage(ext, ICLOUD_ARTICLE, WIDE);
    await inShadow(page, PANEL, '.bd-step-title');
    await page.evaluate(
      (h) =>
        (
          document.querySelector(h)?.shadowRoot?.querySelector('.bd-step-title') as HTMLElement
        ).click(),
      PANEL,
    );
    await inShadow(page, PANEL, '.bd-step-details:not([hidden])');
    await expectClean(page, 'panel', PANEL);
    await saveScreenshot(page, `a11y-panel-${scheme}`);
    await page.evaluate(
      (h) =>
        (
          document.querySelector(h)?.shadowRoot?.querySelector('.bd-bar button') as HTMLElement
        ).click(),
      PANEL,
    );
    await inShadow(page, PANEL, '.bd-tab');
    await expectClean(page, 'collapsed tab', PANEL);
    await saveScreenshot(page, `a11y-panel-tab-${scheme}`);
    await page.close();
  });

  it('the status card on Apple’s System Status page', async () => {
    const page = await openReplayedPage(ext, STATUS_PAGE);
    await inShadow(page, CARD, '.card[data-state="available"]');
    await expectClean(page, 'status card', CARD);
    await page.close();
  });

  it('the popup: status, troubleshooter picker and a plan', async () => {
    const page = await openPopup(ext);
    await expectClean(page, 'popup status');
    await page.click('button.troubleshoot');
    await page.waitForSelector('#picker-title');
    await expectClean(page, 'picker');
    await page.click('button[data-choice="not-enough-icloud-storage"]');
    await page.waitForSelector('.plan-view .bd-step');
    await page.click('.bd-step-title');
    await page.waitForSelector('.bd-step-details:not([hidden])');
    await expectClean(page, 'plan');
    await page.close();
  });

  it('the options page', async () => {
    const page = await openExtensionPage(ext, 'options.html');
    await page.waitForSelector('form');
    await expectClean(page, 'options');
    await page.close();
  });
});

describe('keyboard only', () => {
  const server = new ReplayServer();
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await startAvailable(server);
    await ext.browser
      .defaultBrowserContext()
      .overridePermissions('https://discussions.apple.com', ['clipboard-read', 'clipboard-write']);
  });

  afterAll(() => stopReplayed(server, ext));

  it('the panel: Tab in, every control reached and operated, no trap, focus always visible', async () => {
    const page = await openReplayedPage(ext, COMMUNITY_THREAD, WIDE);
    await inShadow(page, PANEL, '.bd-panel');

    // From the page, Tab reaches the panel (it comes after Apple's content), then every control.
    const toPanel = await tabTo(page, '.bd-bar button');
    expect(toPanel.at(-1)?.host).toBe(PANEL);
    const walk: FocusInfo[] = [toPanel.at(-1) as FocusInfo];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (now.host !== PANEL) break;
      walk.push(now);
    }
    // Focus left the panel by Tab alone: no trap.
    expect((await focused(page)).host).not.toBe(PANEL);
    expectAllVisible(walk);
    const names = walk.map((s) => s.name);
    for (const control of [
      'Minimise Backup Doctor',
      'Close Backup Doctor on this page',
      'Show on page',
      'This fixed it',
      'Copy a summary',
    ]) {
      expect(names).toContain(control);
    }
    expect(walk.filter((s) => s.className.includes('bd-step-check')).length).toBeGreaterThan(1);
    expect(walk.filter((s) => s.className.includes('bd-step-title')).length).toBeGreaterThan(1);
    expect(walk.filter((s) => s.tag === 'select')).toHaveLength(2);

    // Back in with Shift+Tab, to the last step's title: Enter and Space open and fold it.
    await tabTo(page, '[data-step-id="computer-back-up-now"] .bd-step-title', { back: true });
    const last = '[data-step-id="computer-back-up-now"] .bd-step-title';
    await page.keyboard.press('Enter');
    expect(await shadowAttr(page, last, 'aria-expanded')).toBe('true');
    await page.keyboard.press('Space');
    expect(await shadowAttr(page, last, 'aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');

    // Its done box, just before it: Space ticks it.
    await tabTo(page, '[data-step-id="computer-back-up-now"] .bd-step-check', { back: true });
    await page.keyboard.press('Space');
    await page.waitForFunction(
      (h) =>
        document
          .querySelector(h)
          ?.shadowRoot?.querySelector('.bd-progress-text')
          ?.textContent?.startsWith('1 of'),
      { timeout: 5_000 },
      PANEL,
    );

    // The computer switch: arrow keys choose Windows, and the open step follows.
    await tabTo(page, '.bd-platform select');
    for (let i = 0; i < 3; i++) {
      if (await focusMatches(page, 'select:has(option[value="windows"]:checked)')) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.waitForFunction(
      (h) =>
        document
          .querySelector(h)
          ?.shadowRoot?.querySelector('[data-step-id="computer-back-up-now"] .bd-step-where')
          ?.textContent?.includes('Apple Devices > [iPhone]'),
      { timeout: 5_000 },
      PANEL,
    );

    // Copy a summary with Enter.
    await tabTo(page, '.bd-copy .bd-button');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (h) =>
        document
          .querySelector(h)
          ?.shadowRoot?.querySelector('.bd-copy-status')
          ?.textContent?.startsWith('Copied'),
      { timeout: 5_000 },
      PANEL,
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
      'iPhone backup problem',
    );

    // Escape folds it to the tab, which takes focus; Enter opens it on its heading.
    await page.keyboard.press('Escape');
    await inShadow(page, PANEL, '.bd-tab');
    let now = await focused(page);
    expect([now.className, now.visible]).toEqual(['bd-tab', true]);
    await saveScreenshot(page, 'a11y-keyboard-tab-light');
    await page.keyboard.press('Enter');
    await inShadow(page, PANEL, '.bd-panel');
    now = await focused(page);
    expect([now.id, now.visible]).toEqual(['bd-heading', true]);
    // Space on the tab works too.
    await page.keyboard.press('Escape');
    await inShadow(page, PANEL, '.bd-tab');
    await page.keyboard.press('Space');
    await inShadow(page, PANEL, '.bd-panel');

    // Close: the panel goes, and focus goes back to where the person last was on the page.
    await page.focus('.community-header a');
    await tabTo(page, '.bd-bar button:last-of-type');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (h) => !document.querySelector(h)?.shadowRoot?.querySelector('.bd-panel, .bd-tab'),
      {},
      PANEL,
    );
    now = await focused(page);
    expect([now.host, now.name]).toEqual(['a', 'Apple Community']);

    // The shortcut (Alt+Shift+B, relayed by the background) brings it back with focus on its
    // heading, and folds it with focus on the tab.
    const shortcut = () =>
      ext.worker.evaluate(async () => {
        const { tabs } = (globalThis as unknown as { chrome: Chrome }).chrome;
        const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
        if (tab?.id !== undefined)
          await tabs.sendMessage(tab.id, { type: 'backup-doctor:toggle-panel' });
      });
    await page.bringToFront();
    await shortcut();
    await inShadow(page, PANEL, '.bd-panel');
    now = await focused(page);
    expect([now.host, now.id]).toEqual([PANEL, 'bd-heading']);
    await shortcut();
    await inShadow(page, PANEL, '.bd-tab');
    expect((await focused(page)).className).toBe('bd-tab');
    await page.close();
  });

  it('the popup: refresh, troubleshooter, a choice, the steps and back, focus always visible', async () => {
    const page = await openPopup(ext);
    const stops = await tabTo(page, 'button.refresh');
    expect(stops.map((s) => s.className)).toContain('troubleshoot');
    // A slow answer, so the check is seen in progress: the button keeps focus throughout.
    server.setFeed({ body: await feed('all-available.json'), delayMs: 800 });
    await page.keyboard.press('Enter');
    await page.waitForSelector('button.refresh[aria-busy="true"]');
    expect(await focusMatches(page, 'button.refresh')).toBe(true);
    await page.waitForSelector('button.refresh[aria-busy="false"]', { timeout: 10_000 });
    expect(await focusMatches(page, 'button.refresh')).toBe(true);
    server.setFeed({ body: await feed('all-available.json') });

    // Back up to the troubleshooter, open it: focus on the question, Tab to a choice.
    stops.push(...(await tabTo(page, 'button.troubleshoot', { back: true })));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'picker-title');
    stops.push(...(await tabTo(page, 'button[data-choice="not-enough-icloud-storage"]')));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'plan-title');

    // The steps: Space ticks the first, Enter opens its details.
    stops.push(...(await tabTo(page, '.bd-step-check')));
    await page.keyboard.press('Space');
    await page.waitForFunction(() =>
      document.querySelector('.bd-progress-text')?.textContent?.startsWith('1 of'),
    );
    stops.push(...(await tabTo(page, '.bd-step-title')));
    await page.keyboard.press('Enter');
    expect(await page.$eval('.bd-step-title', (b) => b.getAttribute('aria-expanded'))).toBe('true');
    // Every control of the plan, then out of it: no trap.
    stops.push(...(await tabTo(page, '.bd-platform select:last-of-type')));
    expectAllVisible(stops);

    // Back to the picker, focus on its question; back again to the status, focus on the
    // troubleshooter button that led away from it.
    await tabTo(page, '.plan-view .back', { back: true });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'picker-title');
    await tabTo(page, '.back', { back: true });
    await page.keyboard.press('Enter');
    await page.waitForSelector('.hero');
    const now = await focused(page);
    expect([now.className, now.visible]).toEqual(['troubleshoot', true]);
    await page.close();
  });
});
