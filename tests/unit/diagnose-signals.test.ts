import { describe, expect, it } from 'vitest';
import { BACKUP_SIGNALS } from '../../content/diagnosis/signals';
import { LANGUAGE_SIGNALS } from '../../content/diagnosis/languages';
import { NEGATIVE_SIGNALS } from '../../content/diagnosis/negatives';
import { URL_HINTS } from '../../content/diagnosis/url-hints';
import { WORD_CLASSES } from '../../content/diagnosis/word-classes';
import { splitWithTokenizer, splitWords, tokenize } from '../../lib/diagnose/tokenize';
import { signalMatcher } from '../../lib/diagnose/signal-table';
import { explain } from '../../lib/diagnose';
import { loadCorpus } from '../helpers/page-corpus';

const byId = new Map(loadCorpus().map((p) => [p.id, p]));
const entries = [
  ...BACKUP_SIGNALS.map((s) => ({ id: s.id, fixture: s.fixture })),
  ...LANGUAGE_SIGNALS.map((s) => ({ id: s.id, fixture: s.fixture })),
  ...NEGATIVE_SIGNALS.map((s) => ({ id: s.id, fixture: s.fixture })),
  ...URL_HINTS.map((h) => ({ id: `url:${h.id}`, fixture: h.fixture })),
];

describe('the signal tables', () => {
  it('have unique ids', () => {
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it.each(entries.map((e) => [e.id, e.fixture] as const))(
    '%s is proven by fixture %s',
    (id, fixture) => {
      const page = byId.get(fixture);
      expect(page, `fixture ${fixture} exists`).toBeDefined();
      if (!page) return;
      // A held-out page proves nothing: it is never tuned against.
      expect(page.heldOut).toBe(false);
      expect(explain(page).map((f) => f.id)).toContain(id);
    },
  );

  it('give negative signals only negative weights', () => {
    for (const s of NEGATIVE_SIGNALS) expect(s.backup).toBeLessThan(0);
  });

  it('keep cause weights between 0 and 1', () => {
    for (const s of [...BACKUP_SIGNALS, ...LANGUAGE_SIGNALS, ...NEGATIVE_SIGNALS]) {
      for (const w of Object.values(s.causes ?? {})) {
        expect(w).toBeGreaterThan(0);
        expect(w).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('pattern words', () => {
  const texts = [
    ...[...BACKUP_SIGNALS, ...LANGUAGE_SIGNALS, ...NEGATIVE_SIGNALS].flatMap((s) => s.patterns),
    ...Object.values(WORD_CLASSES).flat(),
    "can't won't re-enter wi-fi -36 0xE8000084 iCloud+ Status.plist apple's e-8",
  ];

  it.each(texts)('"%s" splits into the same words as page text does', (text) => {
    const plain = text.replace(/[[\]{}|~?#]/g, ' ');
    expect(splitWords(plain)).toEqual(splitWithTokenizer(plain));
  });
});

describe('the tokenizer', () => {
  const { vocab } = signalMatcher();
  /** Each word as id, start, end and flags (the buffers are reused by the next call). */
  const wordsOf = (text: string) => {
    const t = tokenize(text, vocab);
    return Array.from({ length: t.count }, (_, i) => [t.id[i], t.start[i], t.end[i], t.flags[i]]);
  };
  /**
   * The same text read by the general path: a letter outside ASCII after it rules out the bytes
   * path, and makes one word of its own (dropped) after a space.
   */
  const wordsOfGeneral = (text: string) => wordsOf(`${text} é`).slice(0, -1);
  const edges = [
    '',
    "Can't back up: the iPhone couldn't be backed up.",
    "l'iPhone, dell'iPhone, L'HISTOIRE, c'est, rock'n'roll, it's, '90s, end'",
    'Wi-Fi, re-enter, -36, a-5, 5-5, --5, -x, 0xE8000084, 0x1g, 0X12, error -1.',
    'Status.plist, support.apple.com, 17.2. Done! Really? Yes; no... a.',
    'trailing minus -',
    "trailing apostrophe '",
    'ends on a dot.',
  ];
  // Every page of the corpus as ASCII too: its other characters made spaces.
  const pages = [...byId.values()].map((p) => p.text.replace(/[^\x20-\x7e]/g, ' '));

  it.each(edges)('reads "%s" the same from its bytes as from the string', (text) => {
    expect(wordsOf(text)).toEqual(wordsOfGeneral(text));
  });

  it('reads every corpus page, made ASCII, the same from its bytes as from the string', () => {
    for (const text of pages) expect(wordsOf(text)).toEqual(wordsOfGeneral(text));
  });
});
