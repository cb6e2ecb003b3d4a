import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { diagnose, MAX_PAGE_TEXT, readPage, type PageText } from '../../lib/diagnose';
import { mentionsBackup, readGateTexts } from '../../lib/diagnose/gate';

const SITES = join(import.meta.dirname, '..', 'fixtures', 'sites');

/** Parses one of our replayed Apple pages the way a browser would, at its real URL. */
function load(host: string, file: string, url: string): Document {
  const window = new Window({ url });
  const html = readFileSync(join(SITES, host, file), 'utf8');
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** Every page we replay from support.apple.com and discussions.apple.com, at its URL. */
const FIXTURE_PAGES: [string, string, string][] = [
  ['support.apple.com', 'en-us/102563.html', 'https://support.apple.com/en-us/102563'],
  ['support.apple.com', 'en-us/119857.html', 'https://support.apple.com/en-us/119857'],
  ['support.apple.com', 'en-gb/108366.html', 'https://support.apple.com/en-gb/108366'],
  [
    'support.apple.com',
    'en-us/restore-error.html',
    'https://support.apple.com/en-us/restore-error',
  ],
  ['support.apple.com', 'en-us/airpods-name.html', 'https://support.apple.com/en-us/airpods-name'],
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
  [
    'discussions.apple.com',
    'thread/255123456.html',
    'https://discussions.apple.com/thread/255123456',
  ],
];

describe('readPage on a support article', () => {
  const url = 'https://support.apple.com/en-us/102563';
  const page = readPage(load('support.apple.com', 'en-us/102563.html', url), url);

  it('takes the heading as title, the lead and the #sections body as text', () => {
    expect(page.title).toBe("If your iPhone or iPad won't back up to iCloud");
    expect(page.text).toContain('The last backup could not be completed.');
    expect(page.text).toContain('there is not enough iCloud');
    expect(page.url).toBe(url);
    expect(page.lang).toBe('en-US');
  });

  it('leaves out the navigation, the footer, the table of contents, related articles and the feedback form', () => {
    for (const outside of [
      'Copyright',
      'Mac',
      'Storage message',
      'More help',
      'Related articles',
      'Time Machine',
      'Restore your iPhone',
      'Helpful?',
    ]) {
      expect(page.text).not.toContain(outside);
    }
  });

  it('keeps notes, callouts and a list item holding a link inside its sentence', () => {
    expect(page.text).toContain('Photos already kept in iCloud Photos');
    expect(page.text).toContain('Look at the Apple System Status page');
    expect(page.text.replace(/\s+/g, ' ')).toContain('as the backup steps describe');
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

const THREADS = {
  'class names of an older design': 'thread/255012345.html',
  'a Khoros-like design with user cards and buttons': 'thread/255400002.html',
  'no class names at all': 'thread/255123456.html',
} as const;

function readThread(file: string): PageText {
  const url = `https://discussions.apple.com/${file.replace(/\.html$/, '')}`;
  return readPage(load('discussions.apple.com', file, url), url);
}

describe('readPage on a Community thread, by its structure', () => {
  it.each([
    [
      THREADS['class names of an older design'],
      'iTunes could not back up the iPhone because an error occurred',
      'I have tried two cables already',
      ['Try a different USB port'],
    ],
    [
      THREADS['a Khoros-like design with user cards and buttons'],
      'Backing up to PC keeps failing halfway',
      'The app shows error 0xE8000084',
      ['Use a USB cable straight into the PC', 'That did it'],
    ],
    [
      THREADS['no class names at all'],
      'Backup keeps failing every night',
      'there is not enough iCloud storage available',
      ['Probably your Wi-Fi network', 'Could also be that your iOS'],
    ],
  ])('%s: the heading, the question first, then each reply', (file, title, question, replies) => {
    const page = readThread(file);
    expect(page.title).toBe(title);
    const words = (s: string) => s.replace(/\s+/g, ' ');
    const start = page.replyStart ?? -1;
    expect(start).toBeGreaterThan(0);
    const head = words(page.text.slice(0, start)).trimEnd();
    expect(head).toContain(question);
    const positions = replies.map((reply) => words(page.text).indexOf(reply));
    for (const at of positions) expect(at).toBeGreaterThanOrEqual(head.length);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it.each(Object.values(THREADS))(
    '%s: no user names, ranks, dates, buttons, related threads or footer',
    (file) => {
      const text = readThread(file).text;
      for (const outside of [
        'jdoe_1987',
        'pc_user_22',
        'mara_k',
        'Level 10',
        'Posted on',
        'Nov 26, 2026',
        'I have this question too',
        'Time Machine',
        'WhatsApp',
        'Apple Community',
        'Browse',
      ]) {
        expect(text).not.toContain(outside);
      }
    },
  );

  it('diagnoses each thread as the backup error its asker describes', () => {
    const expected = [
      ['computer', 'connection'],
      ['computer', 'connection'],
      ['icloud', 'icloud-storage-full'],
    ];
    expect(
      Object.values(THREADS).map((file) => {
        const d = diagnose(readThread(file));
        return [d.channel, d.causes[0]?.id];
      }),
    ).toEqual(expected);
    expect(
      diagnose(readThread(THREADS['a Khoros-like design with user cards and buttons'])).errorCodes,
    ).toEqual(['0xE8000084']);
  });

  it('a reply guessing a cause counts less than the asker quoting the error', () => {
    const page = readThread(THREADS['no class names at all']);
    const weighted = diagnose(page).causes;
    const storage = weighted.find((c) => c.id === 'icloud-storage-full')?.score ?? 0;
    const network = weighted.find((c) => c.id === 'network')?.score ?? 0;
    expect(storage).toBeGreaterThan(network);
    // The same words all read as the asker's: the reply's guess weighs as much as the error.
    const unweighted: PageText = { url: page.url, title: page.title, text: page.text };
    const flat = diagnose(unweighted).causes.find((c) => c.id === 'network')?.score ?? 0;
    expect(network).toBeLessThan(flat);
  });
});

/** Apple changed every class and id: what is left of a page for a reader. */
function stripped(doc: Document): Document {
  for (const element of doc.querySelectorAll('[class], [id]')) {
    element.removeAttribute('class');
    element.removeAttribute('id');
  }
  return doc;
}

describe('markup drift: every class and id gone from a page', () => {
  // Every article and thread page; a search is read from its URL, not its markup.
  const pages = FIXTURE_PAGES.filter(([, file]) => !file.includes('search'));

  it.each(pages)('%s/%s: the same panel decision and the same first cause', (host, file, url) => {
    const before = diagnose(readPage(load(host, file, url), url));
    const after = diagnose(readPage(stripped(load(host, file, url)), url));
    expect([after.isBackupError, after.channel, after.causes[0]?.id]).toEqual([
      before.isBackupError,
      before.channel,
      before.causes[0]?.id,
    ]);
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
  const pages = FIXTURE_PAGES;
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

  it.each(pages)('holds everything the full reading of %s/%s keeps', (host, file, url) => {
    const doc = load(host, file, url);
    const page = readPage(doc, url);
    const gate = flat(readGateTexts(doc, new URL(url)).join(' '));
    expect(gate).toContain(page.title);
    for (const line of page.text.split('\n').map(flat).filter(Boolean)) {
      expect(gate).toContain(line);
    }
    if (mentionsBackup([page.title, page.text])) {
      expect(mentionsBackup(readGateTexts(doc, new URL(url)))).toBe(true);
    }
  });
});
