import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORD_CLASSES } from '../../content/diagnosis/word-classes';
import { diagnose } from '../../lib/diagnose';
import { CJK_CHARACTER } from '../../lib/diagnose/cjk';
import { CJK_SIGNALS_JSON } from '../../lib/diagnose/cjk-signals.generated';
import { compileData } from '../../lib/diagnose/compile';
import { COMPILED_SIGNALS_JSON } from '../../lib/diagnose/compiled-signals.generated';
import { holdsCjk } from '../../lib/diagnose/diagnose';
import { revive, scan, type Hit, type MatcherData } from '../../lib/diagnose/matcher';
import {
  addCjkPart,
  mergeParts,
  readSignalPart,
  signalMatcher,
  signalWeights,
  type SignalPart,
} from '../../lib/diagnose/signal-table';
import {
  ALL_SIGNALS,
  CJK_SIGNALS,
  CORE_SIGNALS,
  INDEXED_SIGNALS,
  needsCjk,
} from '../../lib/diagnose/signals';
import { splitWords } from '../../lib/diagnose/tokenize';
import { loadCorpus } from '../helpers/page-corpus';

const core = JSON.parse(COMPILED_SIGNALS_JSON) as MatcherData;
const part = JSON.parse(CJK_SIGNALS_JSON) as SignalPart;
const merged = revive(mergeParts(core, part));
const coreOnly = revive(core);
// The tables as one, in their own order: what the matcher was before they were split.
const whole = revive(
  compileData(
    ALL_SIGNALS.map((s) => s.patterns),
    WORD_CLASSES,
  ),
);
const texts = loadCorpus().flatMap((p) => [p.title, p.text]);

/** Hits with the signal's id, so matchers that number the signals differently compare. */
const named = (hits: Hit[], signals: readonly { id: string }[]) =>
  hits.map((h) => ({ ...h, signal: signals[h.signal]?.id }));

describe('the CJK part of the signal tables', () => {
  it('is the Japanese, Korean and Chinese signals that need a CJK word, and only those', () => {
    expect(CJK_SIGNALS.length).toBeGreaterThan(50);
    expect(CJK_SIGNALS.every((s) => /^(ja|ko|zh)-/.test(s.id))).toBe(true);
    expect(CORE_SIGNALS.length + CJK_SIGNALS.length).toBe(ALL_SIGNALS.length);
    expect(INDEXED_SIGNALS).toEqual([...CORE_SIGNALS, ...CJK_SIGNALS]);
  });

  it('holds a CJK character in every pattern (why a text without one never shows them)', () => {
    for (const s of CJK_SIGNALS) for (const p of s.patterns) expect(p).toMatch(CJK_CHARACTER);
  });

  it.each([
    ['a word in CJK', ['iCloud バックアップ'], true],
    ['a group whose every alternative is CJK', ['[备份|備份] 失败'], true],
    ['one pattern in CJK and one not', ['バックアップ 失敗', 'mybox'], false],
    ['CJK only in one alternative', ['[apple|苹果] [账户|id]'], false],
    ['CJK only in an optional group', ['icloud [バックアップ]? failed'], false],
    ['a class of Latin words before a CJK word', ['{device} バックアップ'], true],
    ['no CJK at all', ['backup failed'], false],
  ] as const)('knows patterns with %s', (_name, patterns, cjk) => {
    expect(needsCjk([...patterns])).toBe(cjk);
  });

  it('never matches text made of the other words its patterns use', () => {
    const latin = [
      ...new Set(
        CJK_SIGNALS.flatMap((s) => s.patterns)
          .flatMap((p) => splitWords(p.replace(/[[\]{}|?~]/g, ' ')))
          .filter((w) => !CJK_CHARACTER.test(w)),
      ),
    ];
    const fromCjk = (hits: Hit[]) => hits.filter((h) => h.signal >= CORE_SIGNALS.length);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...latin, '.', '42', '0xE8000084')), (words) => {
        expect(fromCjk(scan(merged, words.join(' ')))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the tables merged from their parts', () => {
  it('find the same hits as the tables did in one piece on every corpus page', () => {
    for (const text of texts) {
      expect(named(scan(merged, text), INDEXED_SIGNALS)).toEqual(
        named(scan(whole, text), ALL_SIGNALS),
      );
    }
  });

  it('find the same hits as the core alone on every corpus page without a CJK character', () => {
    const latin = texts.filter((t) => !CJK_CHARACTER.test(t));
    expect(latin.length).toBeGreaterThan(1000);
    for (const text of latin) expect(scan(coreOnly, text)).toEqual(scan(merged, text));
  });

  it('stay as they are when the CJK part is added again', () => {
    const matcher = signalMatcher();
    const count = signalWeights().length;
    addCjkPart(JSON.parse(CJK_SIGNALS_JSON) as SignalPart);
    expect(signalMatcher()).toBe(matcher);
    expect(signalWeights()).toHaveLength(count);
    expect(count).toBe(ALL_SIGNALS.length);
  });
});

describe('the CJK part read from the extension’s file', () => {
  const damaged = (change: (p: SignalPart) => unknown) =>
    change(JSON.parse(CJK_SIGNALS_JSON) as SignalPart);

  it('is taken as it is built', () => {
    expect(readSignalPart(JSON.parse(CJK_SIGNALS_JSON))).toEqual(part);
  });

  it.each([
    ['not an object', () => 'cjk'],
    ['without ranks', (p: SignalPart) => ({ ...p, ranks: undefined })],
    ['with a rank twice', (p: SignalPart) => ({ ...p, ranks: p.ranks.map(() => 7) })],
    ['with a weight missing', (p: SignalPart) => ({ ...p, weights: p.weights.slice(1) })],
    ['with a weight not a number', (p: SignalPart) => ({ ...p, weights: [{ id: 'x' }] })],
    [
      'with a class that is not there',
      (p: SignalPart) => ({
        ...p,
        matcher: { ...p.matcher, patterns: p.matcher.patterns.map(() => [[[0, 999]]]) },
      }),
    ],
    [
      'with an empty pattern',
      (p: SignalPart) => ({
        ...p,
        matcher: { ...p.matcher, patterns: p.matcher.patterns.map(() => [[]]) },
      }),
    ],
  ])('is refused %s', (_name, change) => {
    expect(readSignalPart(damaged(change))).toBeNull();
  });
});

describe('whether a page holds a CJK character', () => {
  it.each([
    [
      'in its title',
      { url: 'https://support.apple.com/ja-jp/108104', title: 'バックアップ', text: 'x' },
      true,
    ],
    ['in its text', { url: 'https://discussions.apple.com/', title: 'x', text: '백업 실패' }, true],
    [
      'in its search query only',
      { url: 'https://support.apple.com/kb/index?q=%E5%A4%87%E4%BB%BD', title: '', text: '' },
      true,
    ],
    [
      'nowhere (full-width Latin is not)',
      { url: '', title: 'ｉＣｌｏｕｄ', text: 'Backup failed' },
      false,
    ],
  ])('is known %s', (_name, page, cjk) => {
    expect(holdsCjk(page)).toBe(cjk);
  });

  it('is read with every table through the index, as Node and the eval read pages', () => {
    const d = diagnose({ url: '', title: '', text: 'iPhoneのバックアップに失敗しました' });
    expect(d.isBackupError).toBe(true);
  });
});
