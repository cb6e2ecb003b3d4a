import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN_UI, type UiCatalog } from '../../content/strings/catalog';
import { LOCALE_CATALOGS } from '../../content/strings/locales';
import { browserLocaleCode } from '../../lib/i18n/locale-files';

// What the build wrote for the languages: the catalogs as the surfaces load them, the manifest's
// words for the browser, and nothing of either in the gate that runs on every Apple page.
const OUTPUT = path.resolve(import.meta.dirname, '../../.output');
const TARGETS = ['chrome-mv3', 'chrome-mv3-test', 'firefox-mv2'];

async function json(target: string, file: string): Promise<unknown> {
  return JSON.parse(await readFile(path.join(OUTPUT, target, file), 'utf8')) as unknown;
}

/** Every sentence of a catalog (leaves of its tree). */
function sentences(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (typeof node !== 'object' || node === null) return [];
  return Object.values(node).flatMap(sentences);
}

const catalogs = Object.values(LOCALE_CATALOGS);

describe.each(TARGETS)('the %s build', (target) => {
  it.each(catalogs.map((c) => [c.locale, c] as const))(
    'carries the %s catalog exactly',
    async (locale, catalog) => {
      expect(await json(target, `locales/${locale}.json`)).toEqual(
        JSON.parse(JSON.stringify(catalog)),
      );
    },
  );

  it.each([['en', EN_UI] as const, ...catalogs.map((c) => [c.locale, c.ui] as const)])(
    'gives the browser the manifest’s words in %s',
    async (locale, ui: UiCatalog) => {
      expect(await json(target, `_locales/${browserLocaleCode(locale)}/messages.json`)).toEqual({
        name: { message: ui.manifest.name },
        description: { message: ui.manifest.description },
        toggleCommand: { message: ui.manifest.toggleCommand },
      });
    },
  );

  it('names the extension through _locales, English by default', async () => {
    const manifest = (await json(target, 'manifest.json')) as Record<string, unknown>;
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_name__');
    expect(manifest.description).toBe('__MSG_description__');
  });

  it('keeps every catalog’s words out of the every-page gate', async () => {
    const gate = await readFile(path.join(OUTPUT, target, 'support-gate.js'), 'utf8');
    const words = [EN_UI, ...catalogs.map((c) => c.ui)]
      .flatMap((ui) => sentences({ ...ui, manifest: {} }))
      // Short labels ("Mac", "iOS 15") may be code words too; sentences are what must not be there.
      .filter((s) => s.length >= 12);
    expect(words.length).toBeGreaterThan(100);
    for (const sentence of words) expect(gate.includes(sentence), sentence).toBe(false);
  });
});
