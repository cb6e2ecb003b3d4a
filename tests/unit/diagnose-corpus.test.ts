import { describe, expect, it } from 'vitest';
import { diagnose } from '../../lib/diagnose';
import type { Channel } from '../../lib/diagnose';
import { CAUSE_IDS } from '../../lib/diagnose/types';
import { LANGUAGES, evaluate, languageOf, loadCorpus } from '../helpers/page-corpus';

const corpus = loadCorpus();
// Page by page only where we tuned: held-out pages are judged as a whole, per language (below).
const tuned = corpus.filter((p) => !p.heldOut);
const positives = tuned.filter((p) => p.labels.isBackupError);
const negatives = tuned.filter((p) => !p.labels.isBackupError);

describe('the labelled corpus', () => {
  it('has at least 80 pages, 30 of them not about a failing backup and 15 of those near misses', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(80);
    expect(negatives.length).toBeGreaterThanOrEqual(30);
    expect(negatives.filter((p) => p.labels.nearMiss).length).toBeGreaterThanOrEqual(15);
  });

  it('has unique page ids', () => {
    expect(new Set(corpus.map((p) => p.id)).size).toBe(corpus.length);
  });

  it.each(CAUSE_IDS)('has a backup-error page whose labels name the cause %s', (cause) => {
    expect(positives.some((p) => p.labels.causes.includes(cause))).toBe(true);
  });

  it.each<Channel>(['icloud', 'computer', 'both'])(
    'has backup-error pages on the %s channel',
    (ch) => {
      expect(positives.some((p) => p.labels.channel === ch)).toBe(true);
    },
  );

  it('has pages from other locales', () => {
    expect(corpus.some((p) => /\/(de-de|ja-jp|fr-fr)\//.test(p.url))).toBe(true);
  });
});

describe('diagnose on each backup-error page', () => {
  it.each(positives.map((p) => [p.id, p] as const))(
    '%s is a backup error on the labelled channel',
    (_, page) => {
      const d = diagnose(page);
      expect(d.isBackupError).toBe(true);
      expect(d.channel).toBe(page.labels.channel);
      if (page.labels.causes.length > 0) {
        const top3 = d.causes.slice(0, 3).map((c) => c.id);
        expect(top3.some((c) => page.labels.causes.includes(c))).toBe(true);
      }
    },
  );
});

describe('diagnose on each page that is not about a failing backup', () => {
  it.each(negatives.map((p) => [p.id, p] as const))('%s is not a backup error', (_, page) => {
    const d = diagnose(page);
    expect(d.isBackupError).toBe(false);
    expect(d.channel).toBe('none');
  });
});

describe("Apple's articles, read from their text alone", () => {
  // The URL's article id may help, but an article must be recognised by what it says.
  const articles = tuned.filter((p) =>
    /^https:\/\/support\.apple\.com\/(?:[a-z]{2}-[a-z]{2,4}\/)?(?:\d{6}|ht\d+)$/i.test(p.url),
  );

  it('include articles in every language', () => {
    expect(new Set(articles.map((p) => languageOf(p))).size).toBe(LANGUAGES.length);
  });

  it.each(articles.filter((p) => p.labels.isBackupError).map((p) => [p.id, p] as const))(
    '%s is a backup error on its channel with a neutral URL',
    (_, page) => {
      const d = diagnose({ ...page, url: 'https://example.com/page' });
      expect(d.isBackupError).toBe(true);
      expect(d.channel).toBe(page.labels.channel);
    },
  );
});

describe('the corpus in each language', () => {
  // Whether the held-out pages reach their targets is reported by `npm run eval:diagnosis`, not
  // asserted here: a test that failed on them would invite tuning against them.
  it('has at least 20 pages per language besides English, a third of them held out', () => {
    for (const language of LANGUAGES.filter((l) => l !== 'en')) {
      const mine = corpus.filter((p) => languageOf(p) === language);
      expect(mine.length).toBeGreaterThanOrEqual(20);
      expect(mine.filter((p) => p.heldOut).length * 3).toBeGreaterThanOrEqual(mine.length);
    }
  });
});

describe('evidence', () => {
  it.each(corpus.map((p) => [p.id, p] as const))(
    '%s quotes only words that are on the page as written',
    (_, page) => {
      for (const cause of diagnose(page).causes) {
        for (const e of cause.evidence) {
          const source =
            e.kind === 'title'
              ? page.title
              : e.kind === 'url'
                ? decodeURIComponent(page.url).replace(/\+/g, ' ')
                : page.text;
          expect(source).toContain(e.quote);
        }
      }
    },
  );
});

describe('the evaluation', () => {
  it('meets the targets on our corpus', () => {
    const e = evaluate(corpus);
    expect(e.precision).toBeGreaterThanOrEqual(0.97);
    expect(e.recall).toBeGreaterThanOrEqual(0.95);
    expect(e.channelAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(e.top3).toBeGreaterThanOrEqual(0.9);
  });

  it('counts a page labelled wrongly as a miss', () => {
    const flipped = corpus.slice(0, 10).map((p) => ({
      ...p,
      labels: { ...p.labels, isBackupError: !p.labels.isBackupError },
    }));
    expect(evaluate(flipped).misses.length).toBeGreaterThanOrEqual(10);
  });
});
