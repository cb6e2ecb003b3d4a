import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EN_UI, type UiCatalog } from '../../content/strings/catalog';
import { format } from '../../content/strings/format';
import { LOCALE_CATALOGS } from '../../content/strings/locales';
import type { ServiceState, StatusSnapshot } from '../../lib/status/types';
import type { Page } from 'puppeteer';
import {
  callBackground,
  openReplayedPage,
  saveScreenshot,
  textInShadow,
  waitForContentScript,
  type ExtensionBrowser,
} from './harness/browser';
import { axeCheck } from './harness/axe';
import { ReplayServer, type FeedScenario } from './harness/replay-server';
import { startReplayed, stopReplayed } from './harness/session';
import { feed, switchFeed } from './harness/feeds';

interface Chrome {
  action: {
    getBadgeText(d: object): Promise<string>;
    getBadgeBackgroundColor(d: object): Promise<number[]>;
    getTitle(d: object): Promise<string>;
  };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

/** What the toolbar shows, read in the worker. */
async function badge(
  ext: ExtensionBrowser,
): Promise<{ text: string; color: number[]; title: string }> {
  return ext.worker.evaluate(async () => {
    const { action } = (globalThis as unknown as { chrome: Chrome }).chrome;
    return {
      text: await action.getBadgeText({}),
      color: await action.getBadgeBackgroundColor({}),
      title: await action.getTitle({}),
    };
  });
}

async function storedSnapshot(ext: ExtensionBrowser): Promise<StatusSnapshot> {
  return ext.worker.evaluate(async () => {
    const { storage } = (globalThis as unknown as { chrome: Chrome }).chrome;
    return (await storage.local.get('statusSnapshot')).statusSnapshot as StatusSnapshot;
  });
}

/** The badge is drawn after the snapshot is stored: wait until it shows `text`. */
async function waitForBadge(ext: ExtensionBrowser, text: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while ((await badge(ext)).text !== text) {
    if (Date.now() > deadline) throw new Error(`badge stayed "${(await badge(ext)).text}"`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function backup(snapshot: StatusSnapshot) {
  return snapshot.services?.find((s) => s.name === 'iCloud Backup');
}

const CARD = 'backup-doctor-status';
const US_PAGE = 'https://www.apple.com/support/systemstatus/';
const UK_PAGE = 'https://www.apple.com/uk/support/systemstatus/';

/** Waits until the card's headline reads `text` (it follows the snapshot and the page live). */
async function waitForHeadline(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (host, want) =>
      document.querySelector(host)?.shadowRoot?.querySelector('.headline')?.textContent === want,
    { timeout: 15_000 },
    CARD,
    text,
  );
}

/**
 * The highlight mark on each row of the page, by the name the row shows (without the state
 * after its hyphen or colon), for the rows that are on screen in the page's layout.
 */
async function highlights(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const row of document.querySelectorAll<HTMLElement>('[data-backup-doctor-highlight]')) {
      if (row.getClientRects().length === 0) continue;
      const name = (row.textContent ?? '').replace(/\s*(:| - ).*$/s, '').trim();
      out[name] = `${row.dataset.backupDoctorHighlight} ${row.style.outlineStyle}`;
    }
    return out;
  });
}

/** Puts the marked iCloud Backup row in view and saves the screen: to be looked at. */
async function screenshotMarkedRow(page: Page, name: string): Promise<void> {
  await page.evaluate(() =>
    document
      .querySelector('[data-backup-doctor-highlight="primary"]')
      ?.scrollIntoView({ block: 'center' }),
  );
  await saveScreenshot(page, name);
}

/** Accessibility problems axe finds in the card (labels, contrast, roles), by rule id. */
async function cardViolations(page: Page): Promise<string[]> {
  const { violations, passes } = await axeCheck(page, CARD);
  // Proof that axe reached into the shadow root: it checked the card's text contrast.
  expect(passes).toContain('color-contrast');
  return violations;
}

/** Rgba of the badge colours (lib/status/badge.ts). */
const RED = [196, 22, 28, 255];
const AMBER = [138, 90, 0, 255];

const DE_PAGE = 'https://www.apple.com/de/support/systemstatus/';
const AE_PAGE = 'https://www.apple.com/ae-ar/support/systemstatus/';

/**
 * Our status pages by layout, with the names their rows show for the services we mark and the
 * language our card speaks there (the page's own when it is one of ours, else the browser's).
 */
const VARIANTS = [
  ['table', US_PAGE, 1280, 'iCloud Backup', 'iCloud Account & Sign In', 'en'],
  ['small-screen', US_PAGE, 400, 'iCloud Backup', 'iCloud Account & Sign In', 'en'],
  ['german', DE_PAGE, 1280, 'iCloud-Backup', 'iCloud-Account und -Anmeldung', 'de'],
  ['arabic-rtl', AE_PAGE, 1280, 'النسخ الاحتياطي على iCloud', 'حساب iCloud وتسجيل الدخول', 'en'],
] as const;

/** The card's headline for iCloud Backup's state, in the card's language. */
function cardHeadline(locale: 'en' | 'de', state: ServiceState): string {
  const ui: UiCatalog = locale === 'en' ? EN_UI : (LOCALE_CATALOGS[locale]?.ui ?? EN_UI);
  return format(ui.statusCard.headline, { state: ui.status.state[state] });
}

describe('Apple’s status in the background, on the badge and in storage', () => {
  const server = new ReplayServer();
  let ext: ExtensionBrowser;

  const scenario = (answer: FeedScenario): Promise<StatusSnapshot> =>
    switchFeed(ext, server, answer);

  beforeAll(async () => {
    ext = await startReplayed(server, { body: await feed('all-available.json') });
  });

  afterAll(() => stopReplayed(server, ext));

  it('fetches the feed on install, with Apple’s cache-busting parameter', async () => {
    const [request] = await server.waitForFeedRequests(1);
    expect(request?.path).toBe('/support/systemstatus/data/system_status_en_US.js');
    expect(request?.query).toMatch(/^\?_=\d{13}$/);
  });

  it('all available: no badge, and every service stored', async () => {
    const snapshot = await scenario({ body: await feed('all-available.json') });
    expect(backup(snapshot)?.state).toBe('available');
    expect(snapshot.error).toBeNull();
    await waitForBadge(ext, '');
    expect((await badge(ext)).title).toBe('iCloud Backup: available');
    expect((await storedSnapshot(ext)).services).toHaveLength(9);
  });

  it('iCloud Backup outage ongoing: a red OUT badge that says since when', async () => {
    const snapshot = await scenario({ body: await feed('backup-outage.json') });
    expect(backup(snapshot)?.state).toBe('outage');
    await waitForBadge(ext, 'OUT');
    const shown = await badge(ext);
    expect(shown.color).toEqual(RED);
    expect(shown.title).toMatch(
      // The browser's own clock: 14:02, or 2:02 PM in an American English browser.
      /^iCloud Backup: outage since (Nov 28, )?\d{1,2}:02(\s[AP]M)?$/,
    );
    expect(backup(await storedSnapshot(ext))?.events[0]?.messageId).toBe('1000009101');
  });

  it('HTTP 500: the last good status survives, the error is recorded', async () => {
    const snapshot = await scenario({ status: 500, body: 'Internal Server Error' });
    expect(backup(snapshot)?.state).toBe('outage');
    expect(snapshot.error?.kind).toBe('http');
    expect(snapshot.fetchedAt).toBeLessThan(snapshot.checkedAt ?? 0);
    const shown = await badge(ext);
    expect(shown.text).toBe('OUT');
    expect(shown.title).toContain('Apple’s status feed answered with an error.');
  });

  it('a malformed body: the last good status survives, the error says so', async () => {
    const snapshot = await scenario({ body: 'jsonCallback({"services": [' });
    expect(backup(snapshot)?.state).toBe('outage');
    expect(snapshot.error?.kind).toBe('malformed');
    expect((await storedSnapshot(ext)).error?.kind).toBe('malformed');
  });

  it('maintenance ongoing: an amber MNT badge', async () => {
    await scenario({ body: await feed('backup-maintenance-ongoing.json') });
    await waitForBadge(ext, 'MNT');
    expect((await badge(ext)).color).toEqual(AMBER);
  });

  it('upcoming maintenance: scheduled, no badge, the card says when', async () => {
    const snapshot = await scenario({ body: await feed('upcoming-maintenance.json') });
    expect(backup(snapshot)).toMatchObject({
      state: 'available',
      events: [{ phase: 'scheduled' }],
    });
    await waitForBadge(ext, '');
    const page = await openReplayedPage(ext, US_PAGE);
    await waitForHeadline(page, 'iCloud Backup is available');
    expect(await textInShadow(page, CARD, '.scheduled')).toMatch(/^Maintenance scheduled /);
    expect(await textInShadow(page, CARD, '.advice')).toBeNull();
    await page.close();
  });

  it('resolved yesterday: kept as history, no badge', async () => {
    const snapshot = await scenario({ body: await feed('resolved-yesterday.json') });
    expect(backup(snapshot)).toMatchObject({ state: 'available', events: [{ phase: 'resolved' }] });
    await waitForBadge(ext, '');
  });

  it('sends the validators Apple gave and keeps the data on 304', async () => {
    await scenario({ body: await feed('backup-outage.json'), headers: { ETag: '"feed-v7"' } });
    server.clearLog();
    const snapshot = await scenario({ status: 304, body: '' });
    expect(server.feedRequests()[0]?.headers['if-none-match']).toBe('"feed-v7"');
    expect(backup(snapshot)?.state).toBe('outage');
    expect(snapshot.error).toBeNull();
  });

  it('getStatus answers from the cache at once, without a new request when fresh', async () => {
    server.clearLog();
    const snapshot = await callBackground<StatusSnapshot>(ext, { type: 'getStatus' });
    expect(backup(snapshot)?.state).toBe('outage');
    expect(snapshot.refreshing).toBe(false);
    expect(server.feedRequests()).toHaveLength(0);
  });

  it('a feed that never answers: gives up after the timeout, keeps the last good status', async () => {
    const started = Date.now();
    const snapshot = await scenario({ body: '', hang: true });
    const waited = Date.now() - started;
    expect(snapshot.error?.kind).toBe('timeout');
    expect(backup(snapshot)?.state).toBe('outage');
    expect(waited).toBeGreaterThanOrEqual(9_000);
    expect(waited).toBeLessThan(20_000);
    expect((await badge(ext)).text).toBe('OUT');
  });

  it('on Apple’s status page: the card says the outage in words and the rows are highlighted', async () => {
    await scenario({ body: await feed('backup-outage.json') });
    const page = await openReplayedPage(ext, US_PAGE);
    await waitForHeadline(page, 'iCloud Backup is down (outage)');
    expect(await textInShadow(page, CARD, '.message')).toBe(
      'Users may be unable to back up to iCloud & restore from a backup.',
    );
    expect(await textInShadow(page, CARD, '.since')).toMatch(/^since /);
    expect(await textInShadow(page, CARD, '.related')).toContain('iCloud Account & Sign In');
    await page.waitForSelector('[data-backup-doctor-highlight="trouble"]');
    expect(await highlights(page)).toEqual({
      'iCloud Backup': 'primary solid',
      'iCloud Account & Sign In': 'trouble solid',
      'iCloud Drive': 'trouble solid',
    });
    const link = await page.evaluate(
      (host) =>
        document.querySelector(host)?.shadowRoot?.querySelector('a.fix')?.getAttribute('href'),
      CARD,
    );
    expect(link).toBe('https://support.apple.com/en-us/102563');
    // The card sits before the lights table, inside Apple's layout, not over it.
    expect(
      await page.evaluate((host) => document.querySelector(host)?.nextElementSibling?.id, CARD),
    ).toBe('ssp-lights-table');
    expect(await cardViolations(page)).toEqual([]);
    await saveScreenshot(page, 'status-card-outage-light');
    await page.close();
  });

  it('on the UK page: a newer page wins and the feed is asked again', async () => {
    // Our snapshot says outage; Apple has since recovered, as the page (drawn later) shows.
    await scenario({ body: await feed('backup-outage.json') });
    server.setFeed({ body: await feed('all-available.json') });
    server.clearLog();
    const page = await openReplayedPage(ext, UK_PAGE);
    await waitForHeadline(page, 'iCloud Backup is available');
    expect(await highlights(page)).toEqual({ 'iCloud Backup': 'primary solid' });
    // The page disagreed with our fresh snapshot, so the content script asked for a refresh:
    // the background's request (no page referrer) follows the page's own.
    await waitForBadge(ext, '');
    expect(backup(await storedSnapshot(ext))?.state).toBe('available');
    const byWorker = server.feedRequests().filter((r) => !r.headers.referer);
    expect(byWorker).toHaveLength(1);
    await saveScreenshot(page, 'status-card-uk-available-light');
    await page.close();
  });

  it('on the status page after a failure: the last known status and the failure in words', async () => {
    await scenario({ body: await feed('backup-issue-ongoing.json') });
    await scenario({ status: 500, body: 'Internal Server Error' });
    const page = await openReplayedPage(ext, US_PAGE);
    await waitForHeadline(page, 'iCloud Backup is having an issue');
    expect(await textInShadow(page, CARD, '.problem')).toMatch(
      /^Apple’s status feed answered with an error\. Last known status from /,
    );
    await page.close();
  });

  it.each(VARIANTS)(
    'the %s page, all available: the card says so and the iCloud Backup row is marked',
    async (layout, url, width, backupRow, _, locale) => {
      await switchFeed(ext, server, { body: await feed('all-available.json') });
      const page = await openReplayedPage(ext, url, { width, height: 900 });
      await waitForHeadline(page, cardHeadline(locale, 'available'));
      await page.waitForSelector('[data-backup-doctor-highlight="primary"]');
      expect(await highlights(page)).toEqual({ [backupRow]: 'primary solid' });
      await screenshotMarkedRow(page, `status-row-${layout}-available-light`);
      // On the page turned dark, the primary row's blue turns lighter to stay visible.
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll<HTMLElement>('[data-backup-doctor-highlight="primary"]')]
            .filter((row) => row.getClientRects().length > 0)
            .every((row) => row.style.outlineColor === 'rgb(76, 157, 255)'),
        { timeout: 5_000 },
      );
      await screenshotMarkedRow(page, `status-row-${layout}-available-dark`);
      await page.close();
    },
  );

  it.each(VARIANTS)(
    'the %s page during an outage: the card, the iCloud Backup row and the related rows in trouble',
    async (layout, url, width, backupRow, accountRow, locale) => {
      await switchFeed(ext, server, { body: await feed('backup-outage.json') });
      const page = await openReplayedPage(ext, url, { width, height: 900 });
      await waitForHeadline(page, cardHeadline(locale, 'outage'));
      expect(await textInShadow(page, CARD, '.related')).toContain('iCloud Account & Sign In');
      await page.waitForSelector('[data-backup-doctor-highlight="trouble"]');
      expect(await highlights(page)).toEqual({
        [backupRow]: 'primary solid',
        [accountRow]: 'trouble solid',
        'iCloud Drive': 'trouble solid',
      });
      await screenshotMarkedRow(page, `status-row-${layout}-outage-light`);
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      await screenshotMarkedRow(page, `status-row-${layout}-outage-dark`);
      await page.close();
    },
  );

  it('the right-to-left page keeps its direction, and our card reads left to right', async () => {
    const page = await openReplayedPage(ext, AE_PAGE, { width: 1280, height: 900 });
    await waitForHeadline(page, 'iCloud Backup is down (outage)');
    expect(
      await page.evaluate((host) => {
        const card = document.querySelector(host)?.shadowRoot?.querySelector('.card');
        return [
          document.getElementById('ssp')?.getAttribute('dir'),
          card ? getComputedStyle(card).direction : null,
        ];
      }, CARD),
    ).toEqual(['rtl', 'ltr']);
    await page.close();
  });

  it('markup drift: with every class and id gone, the card tells the feed’s truth', async () => {
    await switchFeed(ext, server, { body: await feed('backup-outage.json') });
    const page = await ext.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    // Apple's page as if redesigned: every class and id is taken off as soon as it is drawn.
    await page.evaluateOnNewDocument(() => {
      const strip = (root: Element) => {
        for (const el of [root, ...root.querySelectorAll('[class], [id]')]) {
          el.removeAttribute('class');
          el.removeAttribute('id');
        }
      };
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) if (node instanceof Element) strip(node);
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(US_PAGE, { waitUntil: 'load' });
    await waitForContentScript(page);
    await waitForHeadline(page, 'iCloud Backup is down (outage)');
    await page.waitForFunction(() => document.querySelectorAll('table td').length > 0);
    expect(await page.$$('table [class], table [id]')).toHaveLength(0);
    expect(await textInShadow(page, CARD, '.related')).toContain('iCloud Account & Sign In');
    await page.close();
  });

  it('a feed in the old dashboard format: the card says the format is not recognised, never green', async () => {
    await scenario({ body: await feed('backup-outage.json') });
    const snapshot = await scenario({ body: await feed('old-format-dashboard.json') });
    expect(snapshot.error?.kind).toBe('format');
    expect(backup(snapshot)?.state).toBe('outage');
    const page = await openReplayedPage(ext, UK_PAGE);
    await page.waitForFunction(
      (host) =>
        document
          .querySelector(host)
          ?.shadowRoot?.querySelector('.problem')
          ?.textContent?.startsWith('Apple’s status feed is in a format we don’t recognise.'),
      { timeout: 15_000 },
      CARD,
    );
    expect(await textInShadow(page, CARD, '.headline')).not.toBe('iCloud Backup is available');
    await page.close();
  });
});

describe('before Apple’s feed ever answered (dark theme)', () => {
  const server = new ReplayServer();
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await startReplayed(server, { body: '', hang: true }, { colorScheme: 'dark' });
  });

  afterAll(() => stopReplayed(server, ext));

  it('shows a grey "?" and an unknown card, never green, then follows the first answer live', async () => {
    await server.waitForFeedRequests(1);
    const page = await openReplayedPage(ext, US_PAGE);
    // The launch flag does not reach every tab in new headless: ask this tab for dark too.
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await waitForHeadline(page, 'We don’t know iCloud Backup’s status right now');
    const shown = await badge(ext);
    expect(shown.text).toBe('?');
    expect(shown.color).toEqual([110, 110, 115, 255]);
    expect(shown.title).toBe('iCloud Backup: unknown\nWe have no status from Apple yet.');
    await saveScreenshot(page, 'status-card-unknown-dark');

    // The install-time request times out; then Apple answers with an outage.
    const failed = await callBackground<StatusSnapshot>(ext, { type: 'refreshStatus' });
    expect(failed.error?.kind).toBe('timeout');
    expect(failed.services).toBeNull();
    expect((await badge(ext)).text).toBe('?');
    server.setFeed({ body: await feed('backup-outage.json') });
    await callBackground<StatusSnapshot>(ext, { type: 'refreshStatus' });
    await waitForHeadline(page, 'iCloud Backup is down (outage)');
    await waitForBadge(ext, 'OUT');
    expect(await cardViolations(page)).toEqual([]);
    await saveScreenshot(page, 'status-card-outage-dark');
    await page.close();
  });
});
