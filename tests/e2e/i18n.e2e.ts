import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocaleCatalog } from '../../content/strings/catalog';
import { LOCALE_CATALOGS } from '../../content/strings/locales';
import { resolveStep } from '../../content/steps/resolve';
import { STEPS_BY_ID } from '../../content/steps/table';
import {
  openExtensionPage,
  openPopup,
  openReplayedPage,
  saveScreenshot,
  textInShadow,
  waitForShadow,
  type ExtensionBrowser,
} from './harness/browser';
import { ReplayServer } from './harness/replay-server';
import { startAvailable, stopReplayed } from './harness/session';

const PANEL = 'backup-doctor-panel';
const CARD = 'backup-doctor-status';
const WIDE = { width: 1280, height: 900 };

function catalog(locale: keyof typeof LOCALE_CATALOGS): LocaleCatalog {
  const found = LOCALE_CATALOGS[locale];
  if (!found) throw new Error(`no ${locale} catalog`);
  return found;
}

interface PanelWords {
  lang: string | null;
  listLabel: string | null;
  question: string | null;
  steps: { id: string; title: string }[];
}

/** What the open panel says, once it has drawn its steps. */
async function panelWords(page: Page): Promise<PanelWords> {
  await waitForShadow(page, PANEL, '.bd-step');
  return page.evaluate((host) => {
    const root = document.querySelector(host)?.shadowRoot;
    return {
      lang: root?.querySelector('.bd-panel')?.getAttribute('lang') ?? null,
      listLabel: root?.querySelector('.bd-steps')?.getAttribute('aria-label') ?? null,
      question: root?.querySelector('.bd-question .bd-subhead')?.textContent ?? null,
      steps: [...(root?.querySelectorAll<HTMLElement>('[data-step-id]') ?? [])].map((li) => ({
        id: li.dataset.stepId ?? '',
        title: li.querySelector('.bd-step-text')?.textContent ?? '',
      })),
    };
  }, PANEL);
}

/** Each step's title as the catalog words it for an iPhone, current iOS, no computer variant. */
function expectedTitle(id: string, language: LocaleCatalog): string {
  const def = STEPS_BY_ID.get(id);
  if (!def) throw new Error(`no step ${id}`);
  return resolveStep(def, null, '16+', 'iphone', language).title;
}

function expectSpeaks(words: PanelWords, language: LocaleCatalog): void {
  expect(words.lang).toBe(language.locale);
  expect(words.listLabel).toBe(language.ui.stepList.listLabel);
  expect(words.question).toBe(language.ui.panel.question.title);
  expect(words.steps.length).toBeGreaterThan(0);
  for (const step of words.steps) expect(step.title).toBe(expectedTitle(step.id, language));
}

describe('Backup Doctor in the reader’s language (English browser)', () => {
  const server = new ReplayServer();
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await startAvailable(server);
  });
  afterAll(() => stopReplayed(server, ext));

  it.each([
    ['German', 'https://support.apple.com/de-de/102563', 'de'],
    ['Japanese', 'https://support.apple.com/ja-jp/102563', 'ja'],
  ] as const)('speaks %s on Apple’s article in that language', async (_, url, locale) => {
    const page = await openReplayedPage(ext, url, WIDE);
    expectSpeaks(await panelWords(page), catalog(locale));
    // For a look at long German words and CJK lines in the 360 px panel.
    await saveScreenshot(page, `panel-${locale}`);
    await page.close();
  });

  it('puts the status card in German on the German System Status page', async () => {
    const page = await openReplayedPage(ext, 'https://www.apple.com/de/support/systemstatus/');
    await waitForShadow(page, CARD, 'a.fix');
    const de = catalog('de');
    expect(await textInShadow(page, CARD, 'a.fix')).toBe(de.ui.statusCard.fixLink);
    const href = await page.evaluate(
      (h) => document.querySelector(h)?.shadowRoot?.querySelector('a.fix')?.getAttribute('href'),
      CARD,
    );
    expect(href).toBe('https://support.apple.com/de-de/102563');
    await page.close();
  });

  it('follows the language chosen in the options: panel and popup speak French', async () => {
    const options = await openExtensionPage(ext, 'options.html');
    const fr = catalog('fr');
    await options.waitForSelector('select');
    await options.select('select', 'fr');
    // Applied live: the options page itself turns French.
    await options.waitForFunction(
      (legend) => [...document.querySelectorAll('legend')].some((l) => l.textContent === legend),
      {},
      fr.ui.options.language.legend,
    );
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('fr');

    const page = await openReplayedPage(ext, 'https://support.apple.com/de-de/102563', WIDE);
    expectSpeaks(await panelWords(page), fr);
    await page.close();

    const popup = await openPopup(ext);
    expect(await popup.$eval('.troubleshoot', (b) => b.textContent)).toBe(fr.ui.popup.troubleshoot);
    await popup.close();

    await options.select('select', 'auto');
    await options.close();
  });
});

describe('the popup in a Japanese browser', () => {
  const server = new ReplayServer();
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await startAvailable(server, { lang: 'ja' });
  });
  afterAll(() => stopReplayed(server, ext));

  it('speaks Japanese, from the browser’s language alone', async () => {
    const ja = catalog('ja');
    const popup = await openPopup(ext);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(await popup.$eval('.troubleshoot', (b) => b.textContent)).toBe(ja.ui.popup.troubleshoot);
    expect(await popup.$eval('[data-testid="backup-state"]', (p) => p.textContent)).toBe(
      ja.ui.popup.headline.available,
    );
    await saveScreenshot(popup, 'popup-ja');
    await popup.close();
  });

  it('keeps the panel in the page’s language, not the browser’s', async () => {
    const page = await openReplayedPage(ext, 'https://support.apple.com/de-de/102563', WIDE);
    expectSpeaks(await panelWords(page), catalog('de'));
    await page.close();
  });
});
