import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN_UI, LOCALES, type LocaleCatalog, type UiCatalog } from '../../content/strings/catalog';
import { LOCALE_CATALOGS } from '../../content/strings/locales';
import { isLocaleCatalog } from '../../lib/i18n/catalog-shape';
import { browserLocaleCode, localeFiles } from '../../lib/i18n/locale-files';

const UI_FILES = import.meta.glob<{ UI: UiCatalog }>('../../content/strings/locales/*/ui.ts', {
  eager: true,
});

/** A made-up catalog for the shape checks: English's words, labelled as another locale. */
const FAKE: LocaleCatalog = { locale: 'de', ui: EN_UI, steps: { steps: {}, unsure: [] } };

describe('the catalog registry', () => {
  it('holds every locale folder on disk, under its own name', () => {
    const onDisk = Object.keys(UI_FILES).map((file) => path.basename(path.dirname(file)));
    expect(Object.keys(LOCALE_CATALOGS).sort()).toEqual(onDisk.sort());
    for (const [locale, catalog] of Object.entries(LOCALE_CATALOGS)) {
      expect(catalog.locale).toBe(locale);
      expect(catalog.ui).toBe(UI_FILES[`../../content/strings/locales/${locale}/ui.ts`]?.UI);
    }
  });

  it.each(Object.values(LOCALE_CATALOGS).map((c) => [c.locale, c] as const))(
    '%s passes the check the surfaces make when they load it',
    (locale, catalog) => {
      expect(isLocaleCatalog(JSON.parse(JSON.stringify(catalog)), locale)).toBe(true);
    },
  );

  it.each([
    ['en', EN_UI] as const,
    ...Object.values(LOCALE_CATALOGS).map((c) => [c.locale, c.ui] as const),
  ])('%s: the manifest description fits the stores’ 132 characters', (_, ui) => {
    expect(ui.manifest.description.length).toBeLessThanOrEqual(132);
  });
});

describe('the build’s language files', () => {
  const files = new Map(localeFiles([FAKE]).map((f) => [f.relativeDest, f.contents]));

  it('writes each catalog as JSON that reads back whole', () => {
    expect(JSON.parse(files.get('locales/de.json') ?? '')).toEqual(FAKE);
  });

  it('writes the manifest’s words for English and each catalog', () => {
    expect(JSON.parse(files.get('_locales/en/messages.json') ?? '')).toEqual({
      name: { message: EN_UI.manifest.name },
      description: { message: EN_UI.manifest.description },
      toggleCommand: { message: EN_UI.manifest.toggleCommand },
    });
    expect(files.has('_locales/de/messages.json')).toBe(true);
  });

  it.each([
    ['pt-BR', 'pt_BR'],
    ['zh-TW', 'zh_TW'],
    ['ja', 'ja'],
  ] as const)('names %s’s _locales folder %s', (locale, code) => {
    expect(browserLocaleCode(locale)).toBe(code);
  });

  it('covers only the ten locales', () => {
    for (const locale of Object.keys(LOCALE_CATALOGS)) expect(LOCALES).toContain(locale);
  });
});

describe('the check a loaded catalog must pass', () => {
  const good = JSON.parse(JSON.stringify(FAKE)) as Record<string, unknown>;
  const changed = (
    change: (c: {
      locale: string;
      ui: Record<string, Record<string, unknown>>;
      steps: Record<string, unknown>;
    }) => void,
  ) => {
    const copy = JSON.parse(JSON.stringify(FAKE)) as Parameters<typeof change>[0];
    change(copy);
    return copy;
  };

  it('takes a whole catalog', () => {
    expect(isLocaleCatalog(good, 'de')).toBe(true);
  });

  it.each([
    ['another locale’s file', changed((c) => (c.locale = 'fr'))],
    ['a missing section', changed((c) => delete c.ui.popup)],
    ['a missing word', changed((c) => delete c.ui.panel?.brand)],
    ['a number for a word', changed((c) => (c.ui.panel = { ...c.ui.panel, brand: 7 }))],
    [
      'plural forms without `other`',
      changed((c) => (c.ui.panel = { ...c.ui.panel, headlineMore: { one: 'x' } })),
    ],
    ['steps that are not a table', changed((c) => (c.steps = { steps: [], unsure: [] }))],
    [
      'a step with a number for a title',
      changed((c) => (c.steps = { steps: { x: { title: 3 } }, unsure: [] })),
    ],
    ['nothing', null],
    ['text', 'not json'],
  ])('refuses %s', (_, value) => {
    expect(isLocaleCatalog(value, 'de')).toBe(false);
  });
});
