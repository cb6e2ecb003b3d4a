import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { diagnose, MAX_PAGE_TEXT, readGateTexts, readPage } from '../../lib/diagnose';
import { mentionsBackup } from '../../lib/diagnose/gate';

const SITES = join(import.meta.dirname, '..', 'fixtures', 'sites');

/** Parses one of our replayed Apple pages the way a browser would, at its real URL. */
function load(host: string, file: string, url: string): Document {
  const window = new Window({ url });
  const html = readFileSync(join(SITES, host, file), 'utf8');
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

describe('readPage on a support article', () => {
  const url = 'https://support.apple.com/en-us/102563';
  const page = readPage(load('support.apple.com', 'en-us/102563.html', url), url);

  it('takes the heading as title and the article body as text', () => {
    expect(page.title).toBe("If your iPhone or iPad won't back up to iCloud");
    expect(page.text).toContain('The last backup could not be completed.');
    expect(page.url).toBe(url);
    expect(page.lang).toBe('en-US');
  });

  it('leaves out the navigation and the footer', () => {
    expect(page.text).not.toContain('Copyright');
    expect(page.text).not.toContain('Mac');
  });

  it('gives a page that diagnoses as an iCloud backup error with iCloud storage among the top causes', () => {
    const d = diagnose(page);
    expect(d.isBackupError).toBe(true);
    expect(d.channel).toBe('icloud');
    expect(d.causes.slice(0, 3).map((c) => c.id)).toContain('icloud-storage-full');
  });
});

describe('readPage on a how-to article with a cookie banner and related links', () => {
  const url = 'https://support.apple.com/en-gb/108366';
  const page = readPage(load('support.apple.com', 'en-gb/108366.html', url), url);

  it('reads the steps and skips the banner, the related links, the local nav and the footer', () => {
    expect(page.text).toContain('Tap Back Up Now');
    for (const outside of [
      'cookies',
      'Related articles',
      'If the backup failed',
      'iTunes could not back up',
    ]) {
      expect(page.text).not.toContain(outside);
    }
  });

  it('is not a backup-error page', () => {
    expect(diagnose(page).isBackupError).toBe(false);
  });
});

describe('readPage on a user guide page', () => {
  const url = 'https://support.apple.com/en-us/guide/iphone/back-up-iphone-iph3ecf67d29/ios';
  const page = readPage(
    load('support.apple.com', 'en-us/guide/iphone/back-up-iphone-iph3ecf67d29/ios.html', url),
    url,
  );

  it('reads the topic without the guide navigation', () => {
    expect(page.title).toBe('Back up iPhone');
    expect(page.text).toContain('tap Back Up Now');
    expect(page.text).not.toContain('Restore iPhone');
    expect(page.text).not.toContain('Helpful?');
  });

  it('is a how-to page, not a backup-error page', () => {
    expect(diagnose(page).isBackupError).toBe(false);
  });
});

describe('readPage on a Community thread', () => {
  it('reads the title and the posts of thread 255012345, not the header or footer', () => {
    const url = 'https://discussions.apple.com/thread/255012345';
    const page = readPage(load('discussions.apple.com', 'thread/255012345.html', url), url);
    expect(page.title).toBe('iTunes could not back up the iPhone because an error occurred');
    const words = page.text.replace(/\s+/g, ' ');
    expect(words).toContain('I have tried two cables already');
    expect(words).toContain('Try a different USB port');
    expect(page.text).not.toContain('jdoe_1987');
    const d = diagnose(page);
    expect(d.isBackupError).toBe(true);
    expect(d.channel).toBe('computer');
    expect(d.causes.slice(0, 3).map((c) => c.id)).toContain('connection');
  });

  it('skips related questions and the footer that talk about other backups', () => {
    const url = 'https://discussions.apple.com/thread/255400002';
    const page = readPage(load('discussions.apple.com', 'thread/255400002.html', url), url);
    expect(page.text).not.toContain('Time Machine');
    expect(page.text).not.toContain('WhatsApp');
    const d = diagnose(page);
    expect(d.isBackupError).toBe(true);
    expect(d.errorCodes).toEqual(['0xE8000084']);
  });
});

describe('readPage on a support search', () => {
  it('takes the query as the text and ignores the result list', () => {
    const url =
      'https://support.apple.com/en-us/search?q=iphone+backup+failed+not+enough+icloud+storage';
    const page = readPage(load('support.apple.com', 'en-us/search.html', url), url);
    expect(page.text).toBe('iphone backup failed not enough icloud storage');
    expect(page.text).not.toContain('encrypted');
    const d = diagnose(page);
    expect(d.isBackupError).toBe(true);
    expect(d.causes[0]?.id).toBe('icloud-storage-full');
  });
});

describe('readPage limits', () => {
  it('caps the text it reads', () => {
    const url = 'https://support.apple.com/en-us/999999';
    const window = new Window({ url });
    const doc = window.document as unknown as Document;
    const sections = doc.createElement('div');
    sections.id = 'sections';
    for (let i = 0; i < 3000; i++) {
      const p = doc.createElement('p');
      p.textContent = 'iPhone backup failed again. '.repeat(4);
      sections.append(p);
    }
    doc.body.append(sections);
    const page = readPage(doc, url);
    expect(page.text.length).toBeLessThanOrEqual(MAX_PAGE_TEXT);
    expect(page.text.length).toBeGreaterThan(MAX_PAGE_TEXT - 200);
  });

  it('returns empty text for a page with no content', () => {
    const url = 'https://support.apple.com/en-us/000000';
    const doc = new Window({ url }).document as unknown as Document;
    expect(readPage(doc, url)).toMatchObject({ url, text: '' });
  });
});

describe('the quick reading the backup gate looks at', () => {
  const pages: [string, string, string][] = [
    ['support.apple.com', 'en-us/102563.html', 'https://support.apple.com/en-us/102563'],
    ['support.apple.com', 'en-us/119857.html', 'https://support.apple.com/en-us/119857'],
    ['support.apple.com', 'en-gb/108366.html', 'https://support.apple.com/en-gb/108366'],
    [
      'support.apple.com',
      'en-us/restore-error.html',
      'https://support.apple.com/en-us/restore-error',
    ],
    [
      'support.apple.com',
      'en-us/airpods-name.html',
      'https://support.apple.com/en-us/airpods-name',
    ],
    [
      'support.apple.com',
      'en-us/guide/iphone/back-up-iphone-iph3ecf67d29/ios.html',
      'https://support.apple.com/en-us/guide/iphone/back-up-iphone-iph3ecf67d29/ios',
    ],
    [
      'support.apple.com',
      'en-us/search.html',
      'https://support.apple.com/en-us/search?q=iphone+backup+failed',
    ],
    [
      'discussions.apple.com',
      'thread/255012345.html',
      'https://discussions.apple.com/thread/255012345',
    ],
    [
      'discussions.apple.com',
      'thread/255077777.html',
      'https://discussions.apple.com/thread/255077777',
    ],
    [
      'discussions.apple.com',
      'thread/255400002.html',
      'https://discussions.apple.com/thread/255400002',
    ],
  ];
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

  it.each(pages)('holds everything the full reading of %s/%s keeps', (host, file, url) => {
    const doc = load(host, file, url);
    const page = readPage(doc, url);
    const gate = flat(readGateTexts(doc, url).join(' '));
    expect(gate).toContain(page.title);
    for (const line of page.text.split('\n').map(flat).filter(Boolean)) {
      expect(gate).toContain(line);
    }
    if (mentionsBackup([page.title, page.text])) {
      expect(mentionsBackup(readGateTexts(doc, url))).toBe(true);
    }
  });
});
