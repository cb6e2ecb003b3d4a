import { describe, expect, it } from 'vitest';
import {
  EN_UI,
  LOCALES,
  stepWords,
  type StepCatalog,
  type UiCatalog,
} from '../../content/strings/catalog';
import { ALL_STEPS } from '../../content/steps/table';

/**
 * Every locale says everything English says, with the same placeholders, in its own words.
 * The catalogs are found on disk, so a locale folder that is missing fails here by name.
 */
const UI_FILES = import.meta.glob<{ UI: UiCatalog }>('../../content/strings/locales/*/ui.ts', {
  eager: true,
});
const STEP_FILES = import.meta.glob<{ STEPS: StepCatalog }>(
  '../../content/strings/locales/*/steps.ts',
  { eager: true },
);

const TRANSLATED = LOCALES.filter((l) => l !== 'en');

function ui(locale: string): UiCatalog | undefined {
  return UI_FILES[`../../content/strings/locales/${locale}/ui.ts`]?.UI;
}

function steps(locale: string): StepCatalog | undefined {
  return STEP_FILES[`../../content/strings/locales/${locale}/steps.ts`]?.STEPS;
}

/**
 * Words that stay as they are in every language: product and feature names as Apple writes
 * them, our own name, and the codes and units people type. A string left equal to English is
 * untranslated unless nothing but these (and placeholders, numbers, punctuation) is left.
 */
const SAME_IN_EVERY_LANGUAGE = [
  'Backup Doctor',
  'Apple System Status',
  'Apple Account',
  'Apple ID',
  'Apple Devices',
  'Apple',
  'iPhone',
  'iPad',
  'iPod touch',
  'iCloud+',
  'iCloud',
  'iTunes',
  'Finder',
  'macOS',
  'iOS',
  'iPadOS',
  'Mac',
  'Windows',
  'PC',
  'Wi-Fi',
  'VPN',
  'GB',
  'OK',
  'support.apple.com',
  'discussions.apple.com',
];

function onlyNames(text: string): boolean {
  let rest = text.replace(/\{\w+\}/g, ' ');
  for (const name of SAME_IN_EVERY_LANGUAGE) rest = rest.split(name).join(' ');
  return !/\p{L}/u.test(rest);
}

function placeholders(text: string): string[] {
  return [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
}

type Tree = string | readonly Tree[] | { readonly [key: string]: Tree | undefined };

interface Pair {
  path: string;
  english: string;
  translated: string | undefined;
}

/** Walks English and a translation side by side; shape differences come back as problems. */
function pairUp(english: Tree, translated: unknown, path: string, out: Pair[], shape: string[]) {
  if (typeof english === 'string') {
    if (typeof translated !== 'string') shape.push(`${path}: missing`);
    out.push({
      path,
      english,
      translated: typeof translated === 'string' ? translated : undefined,
    });
    return;
  }
  if (Array.isArray(english)) {
    if (!Array.isArray(translated) || translated.length !== english.length) {
      shape.push(`${path}: needs ${english.length} entries`);
      return;
    }
    english.forEach((e: Tree, i) =>
      pairUp(e, (translated as unknown[])[i], `${path}[${i}]`, out, shape),
    );
    return;
  }
  if (typeof translated !== 'object' || translated === null || Array.isArray(translated)) {
    shape.push(`${path}: missing`);
    return;
  }
  const theirs = translated as Record<string, unknown>;
  const entries = Object.entries(english as Record<string, Tree | undefined>);
  for (const key of Object.keys(theirs)) {
    if (!(key in (english as object))) shape.push(`${path}.${key}: not in English`);
  }
  for (const [key, value] of entries) {
    if (value !== undefined) pairUp(value, theirs[key], `${path}.${key}`, out, shape);
  }
}

const PLURAL_PATHS = new Set([
  'panel.headlineMore',
  'panel.guideHeadline',
  'options.progress.cleared',
]);

/** Plural forms: English's `other` is the model for every form the locale's rules use. */
function pluralProblems(
  locale: string,
  path: string,
  english: Tree,
  translated: unknown,
): string[] {
  const forms = translated as Record<string, unknown> | undefined;
  const other = (english as { other: string }).other;
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const problems: string[] = [];
  if (typeof forms?.other !== 'string') return [`${path}.other: missing`];
  for (const [category, text] of Object.entries(forms)) {
    if (!(categories as string[]).includes(category))
      problems.push(`${path}.${category}: ${locale} has no such plural form`);
    if (typeof text !== 'string') continue;
    const wanted = placeholders(other).filter(
      (p) => category === 'other' || (p !== '{n}' && p !== '{count}'),
    );
    const have = placeholders(text);
    if (
      wanted.some((p) => !have.includes(p)) ||
      have.some((p) => !placeholders(other).includes(p))
    ) {
      problems.push(
        `${path}.${category}: placeholders ${have.join(' ')} instead of ${placeholders(other).join(' ')}`,
      );
    }
    if (text === (english as Record<string, string>)[category] && !onlyNames(text)) {
      problems.push(`${path}.${category}: still English`);
    }
  }
  return problems;
}

function textProblems(pairs: Pair[]): string[] {
  return pairs.flatMap(({ path, english, translated }) => {
    if (translated === undefined) return [];
    const problems: string[] = [];
    if (placeholders(translated).join() !== placeholders(english).join()) {
      problems.push(
        `${path}: placeholders ${placeholders(translated).join(' ')} instead of ${placeholders(english).join(' ')}`,
      );
    }
    if (translated.trim() === '' && english.trim() !== '') problems.push(`${path}: empty`);
    else if (translated === english && !onlyNames(english)) problems.push(`${path}: still English`);
    return problems;
  });
}

function uiProblems(locale: string): string[] {
  const catalog = ui(locale);
  if (!catalog) return ['no content/strings/locales/' + locale + '/ui.ts exporting UI'];
  const pairs: Pair[] = [];
  const problems: string[] = [];
  const english = EN_UI as unknown as Record<string, Tree>;
  const theirs = catalog as unknown as Record<string, unknown>;
  const walk = (en: Tree, tr: unknown, path: string) => {
    if (PLURAL_PATHS.has(path)) {
      problems.push(...pluralProblems(locale, path, en, tr));
      return;
    }
    if (typeof en === 'object' && !Array.isArray(en) && typeof tr === 'object' && tr !== null) {
      for (const [key, value] of Object.entries(en as Record<string, Tree>)) {
        walk(value, (tr as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
      }
      for (const key of Object.keys(tr)) {
        if (!(key in (en as object))) problems.push(`${path}.${key}: not in English`);
      }
      return;
    }
    pairUp(en, tr, path, pairs, problems);
  };
  walk(english, theirs, '');
  return [...problems, ...textProblems(pairs)];
}

function stepProblems(locale: string): string[] {
  const catalog = steps(locale);
  if (!catalog) return ['no content/strings/locales/' + locale + '/steps.ts exporting STEPS'];
  const pairs: Pair[] = [];
  const problems: string[] = [];
  for (const def of ALL_STEPS) {
    pairUp(stepWords(def) as Tree, catalog.steps[def.id], def.id, pairs, problems);
  }
  const known = new Set(ALL_STEPS.map((d) => d.id));
  for (const id of Object.keys(catalog.steps))
    if (!known.has(id)) problems.push(`${id}: no such step`);
  const allText = pairs.map((p) => p.translated ?? '').join('\n');
  for (const { label, note } of catalog.unsure) {
    if (!allText.includes(label)) problems.push(`unsure label "${label}" is not in any step`);
    if (note.trim() === '') problems.push(`unsure label "${label}" says nothing about why`);
  }
  return [...problems, ...textProblems(pairs)];
}

describe('every locale has every word, with English placeholders, translated', () => {
  it.each(TRANSLATED)('%s: the words of every surface', (locale) => {
    expect(uiProblems(locale)).toEqual([]);
  });

  it.each(TRANSLATED)('%s: every fix step, in the shape of its English text', (locale) => {
    expect(stepProblems(locale)).toEqual([]);
  });
});

describe('the check itself', () => {
  it('finds a missing key, a changed placeholder and a string left in English', () => {
    const english = { a: 'Check {n} things', b: 'Open Finder', c: 'Close' };
    const pairs: Pair[] = [];
    const shape: string[] = [];
    pairUp(english, { a: 'Prüfe {count} Dinge', c: 'Close' }, 'x', pairs, shape);
    expect(shape).toEqual(['x.b: missing']);
    expect(textProblems(pairs)).toEqual([
      'x.a: placeholders {count} instead of {n}',
      'x.c: still English',
    ]);
  });

  it('lets product names and placeholders stay as they are', () => {
    expect(onlyNames('{service}: {state}')).toBe(true);
    expect(onlyNames('iCloud+ (50 GB)')).toBe(true);
    expect(onlyNames('Open Finder')).toBe(false);
  });

  it('knows which plural forms a locale has', () => {
    expect(
      pluralProblems(
        'ja',
        'p',
        { one: '{n} cause', other: '{n} causes' },
        { one: 'x {n}', other: '{n} 件' },
      ),
    ).toEqual(['p.one: ja has no such plural form']);
  });
});
