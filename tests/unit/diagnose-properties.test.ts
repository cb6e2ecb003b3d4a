import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose, explain } from '../../lib/diagnose';
import type { Diagnosis } from '../../lib/diagnose';
import { CAUSE_IDS } from '../../lib/diagnose/types';

const CAUSES = new Set<string>(CAUSE_IDS);

function expectWellFormed(d: Diagnosis, title: string, text: string): void {
  expect(typeof d.isBackupError).toBe('boolean');
  expect(d.confidence).toBeGreaterThanOrEqual(0);
  expect(d.confidence).toBeLessThanOrEqual(1);
  expect(d.isBackupError).toBe(d.confidence >= 0.5);
  expect(['icloud', 'computer', 'both', 'none']).toContain(d.channel);
  if (!d.isBackupError) expect(d.channel).toBe('none');
  let last = Infinity;
  for (const c of d.causes) {
    expect(CAUSES.has(c.id)).toBe(true);
    expect(c.score).toBeGreaterThan(0);
    expect(c.score).toBeLessThanOrEqual(1);
    expect(c.score).toBeLessThanOrEqual(last);
    last = c.score;
    for (const e of c.evidence) {
      if (e.kind === 'url') continue;
      expect(e.kind === 'title' ? title : text).toContain(e.quote);
    }
  }
  for (const code of d.errorCodes) expect(`${title}\n${text}`).toContain(code);
}

const PHRASES = [
  'iPhone Backup Failed',
  'the last backup could not be completed',
  "can't back up",
  'not enough iCloud storage',
  'iTunes could not back up the iPhone because the iPhone disconnected',
  'error 0xE8000084',
  'error -36',
  'Wi-Fi keeps dropping',
  'Trust This Computer',
  'iCloud Backup is greyed out',
  'Time Machine',
  'error 4013',
  'WhatsApp',
  'how to back up',
  'restore',
  'the',
  'my',
  'Finder',
  'Apple Devices',
  'MDM profile',
  'antivirus',
];
const SPACES = [' ', '  ', '\n', '\t ', ' \n  '];

/** Page-like text from known phrases and filler, with the whitespace between them chosen. */
const pageText = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...PHRASES), fc.string({ maxLength: 12 })),
      fc.constantFrom(...SPACES),
    ),
    {
      maxLength: 30,
    },
  )
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

function comparable(d: Diagnosis) {
  return {
    isBackupError: d.isBackupError,
    confidence: d.confidence,
    channel: d.channel,
    causes: d.causes.map((c) => [c.id, c.score]),
    errorCodes: d.errorCodes.map((c) => c.toLowerCase()),
  };
}

describe('diagnose on any input', () => {
  it('returns a well-formed diagnosis for any string', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.string({ maxLength: 80 }),
        (text, title) => {
          expectWellFormed(diagnose({ url: '', title, text }), title, text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('returns a well-formed diagnosis for page-like text, URLs included', () => {
    fc.assert(
      fc.property(
        pageText,
        pageText,
        fc.webUrl({ withQueryParameters: true }),
        (text, title, url) => {
          expectWellFormed(diagnose({ url, title, text }), title, text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ['empty', ''],
    [
      'binary junk',
      String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 65536)),
    ],
    [
      'right-to-left text',
      'لا يمكن نسخ iPhone احتياطيًا \u202Ebackup failed\u202C שגיאה 0xE8000084',
    ],
    ['emoji', '😡📱 iPhone Backup Failed 😭😭 ‍👩‍👩‍👧 ☁️ not enough iCloud storage 💾'],
    [
      'HTML source',
      '<div class="x"><script>alert(1)</script><p>iTunes could not back up the iPhone</p></div>',
    ],
    ['lone surrogates', '\uD800backup\uDC00 failed \uDBFF'],
    ['a 2 MB page', 'iPhone backup failed because of Wi-Fi. '.repeat(52_000)],
  ])('returns a well-formed diagnosis for %s', (_, text) => {
    expectWellFormed(diagnose({ url: '', title: '', text }), '', text);
  });

  it('never throws on 2 MB of random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 2_000, maxLength: 2_000 }), (chunk) => {
        const text = chunk.repeat(1_000);
        expectWellFormed(diagnose({ url: text, title: text, text }), text.slice(0, 1000), text);
      }),
      { numRuns: 3 },
    );
  });

  it('never throws when the page is not shaped like a PageText', () => {
    for (const bad of [null, undefined, 42, 'text', {}, { text: 5, title: null, url: {} }]) {
      expectWellFormed(diagnose(bad as never), '', '');
    }
  });
});

describe('diagnose ignores how text is written', () => {
  it('does not depend on letter case', () => {
    fc.assert(
      fc.property(pageText, fc.array(fc.boolean(), { minLength: 1 }), (text, flips) => {
        const mixed = [...text]
          .map((ch, i) =>
            /[a-z]/i.test(ch)
              ? flips[i % flips.length]
                ? ch.toUpperCase()
                : ch.toLowerCase()
              : ch,
          )
          .join('');
        expect(comparable(diagnose({ url: '', title: '', text: mixed }))).toEqual(
          comparable(diagnose({ url: '', title: '', text })),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on repeated whitespace', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        const spread = text.replace(/\s+/g, (s) => `${s}  \n\t `);
        const squeezed = text.replace(/\s+/g, ' ');
        const a = comparable(diagnose({ url: '', title: '', text: spread }));
        expect(a).toEqual(comparable(diagnose({ url: '', title: '', text: squeezed })));
      }),
      { numRuns: 200 },
    );
  });
});

describe('negative signals', () => {
  const RESTORE_PAGES = [
    'The iPhone could not be restored. An unknown error occurred (4013). I made a backup first.',
    'Restore failed with error 4005 in recovery mode. My iCloud backup is from last week.',
    'iTunes says an unknown error occurred (9006) while updating. I backed up before.',
  ];
  const NEGATIVES = [
    'Error 4013',
    'Recovery mode',
    'Time Machine',
    'WhatsApp',
    'Google One',
    'Restore failed',
    'Error 9006',
    'How to back up',
    'iCloud Photos is not syncing',
    'System Data',
  ];

  it.each(NEGATIVES)('"%s" carries only negative weight', (phrase) => {
    const found = explain({ url: '', title: '', text: phrase });
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.backup).toBeLessThanOrEqual(0);
  });

  it('never raise the confidence that a restore page is a backup page', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RESTORE_PAGES),
        pageText,
        fc.subarray(NEGATIVES, { minLength: 1 }),
        (restore, extra, negatives) => {
          const base = `${restore} ${extra}`;
          const before = diagnose({ url: '', title: '', text: base }).confidence;
          const after = diagnose({
            url: '',
            title: '',
            text: `${base}. ${negatives.join('. ')}.`,
          }).confidence;
          expect(after).toBeLessThanOrEqual(before);
        },
      ),
      { numRuns: 200 },
    );
  });
});
