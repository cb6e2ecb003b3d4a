import { describe, expect, it } from 'vitest';
import { EN_UI } from '../../content/strings/catalog';
import { plural } from '../../content/strings/format';
import { createStrings, EN_CATALOG, EN_STRINGS } from '../../lib/i18n/strings';

/** Formatting only: an English catalog written with each tag, so no translation is needed here. */
const withTag = (tag: string) => createStrings(EN_CATALOG, tag);

/** 2025-11-27 14:02 UTC. */
const AT = Date.UTC(2025, 10, 27, 14, 2);
const MIN = 60_000;

describe('Strings formatting', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(EN_STRINGS.format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it.each([
    ['en', 1, 'one'],
    ['en', 2, 'other'],
    ['fr', 0, 'one'],
    ['fr', 1.5, 'one'],
    ['de', 0, 'other'],
    ['ja', 1, 'other'],
    ['pt-BR', 0, 'one'],
  ] as const)('picks the %s plural form for %d (%s)', (tag, count, form) => {
    const forms = plural({ one: 'one:{n}', other: 'other:{n}' });
    expect(withTag(tag).plural(forms, count)).toBe(`${form}:${count}`);
  });

  it.each([
    ['en', 3 * MIN, '3 minutes ago'],
    ['en', 61 * MIN, '1 hour ago'],
    ['en', 50 * 60 * MIN, '2 days ago'],
    ['de', 3 * MIN, 'vor 3 Minuten'],
    ['ja', 3 * MIN, '3 分前'],
    ['fr', 1 * MIN, 'il y a 1 minute'],
  ] as const)('says how long ago in %s: %d ms', (tag, before, text) => {
    expect(withTag(tag).ago(AT - before, AT)).toBe(text);
  });

  it.each([
    ['en', '2:02 PM'],
    ['en-US', '2:02 PM'],
    ['en-GB', '14:02'],
    ['de', '14:02'],
    ['fr', '14:02'],
    ['ja', '14:02'],
    ['ko', '오후 2:02'],
    ['zh-TW', '下午2:02'],
  ] as const)('writes the time in %s with its own clock', (tag, time) => {
    expect(
      withTag(tag)
        .clock(AT, AT, 'UTC')
        .replace(/\u202f|\u00a0/g, ' '),
    ).toBe(time);
  });

  it('adds the date when the time is on another day', () => {
    expect(withTag('de').clock(AT, AT + 24 * 60 * MIN, 'UTC')).toBe('27. Nov., 14:02');
    expect(withTag('en-GB').clock(AT, AT + 24 * 60 * MIN, 'UTC')).toBe('27 Nov, 14:02');
  });

  it.each([
    ['en', 'A, B, and C'],
    ['en-GB', 'A, B and C'],
    ['de', 'A, B und C'],
    ['ja', 'A、B、C'],
  ] as const)('lists in %s', (tag, text) => {
    expect(withTag(tag).list(['A', 'B', 'C'])).toBe(text);
  });

  it('bundles English with no step translations', () => {
    expect(EN_STRINGS.locale).toBe('en');
    expect(EN_STRINGS.ui).toBe(EN_UI);
    expect(EN_STRINGS.steps).toBeNull();
  });
});
