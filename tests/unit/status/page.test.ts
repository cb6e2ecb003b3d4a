import { readFileSync } from 'node:fs';
import { EN_GB } from '../../helpers/strings';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  pageDisagrees,
  preferPage,
  statusCardView,
  type PageReading,
} from '../../../entrypoints/systemstatus.content/card';
import {
  parseAsOf,
  readAsOfText,
  readStatusPage,
  readStatusPageRows,
} from '../../../lib/status/page';
import { parseStatusFeed, summarizeServices, type StatusSnapshot } from '../../../lib/status';
import { EMPTY_SNAPSHOT } from '../../../lib/status/snapshot';
import { FIXTURE_NOW, HOUR, feedFixture } from './feed-files';
import {
  STATUS_PAGES,
  renderStatusPage,
  stripClassesAndIds,
  type StatusPageName,
} from './status-pages';

const SITES = path.resolve(import.meta.dirname, '../../fixtures/sites/www.apple.com');
const UTC = { timeZone: 'UTC' };

/** Our own fixture markup, parsed into a detached document that runs nothing. */
function documentFrom(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/**
 * Apple's rendered markup as DOMAIN.md §2 describes it, written by us: the legend's lights
 * outside any row, the name in span[role=text] with its a11y suffix nested inside, a service
 * with events named by a link that carries its state after a hyphen.
 */
function cell(light: string, inner: string): string {
  return `<td class="info-tooltip-wrapper"><div class="light-container"><div class="light-content light-image"><div class="light-${light}"></div></div><div class="light-content light-name"><span role="text">${inner}</span></div></div></td>`;
}
const TABLE = `<div id="ssp"><main id="ssp-main" class="main" role="main">
<section class="section-legend"><div><div class="light-available"></div>Available</div><div><div class="light-outage"></div>Outage</div></section>
<section class="section-date"><p class="date-copy">As of today, 2:02 PM</p></section>
<section class="section-lights"><table id="ssp-lights-table" role="presentation"><tbody><tr>
${cell('available', 'iCloud Backup<span class="a11y">: available</span>')}
${cell('outage', '<a class="light-link" href="#">iCloud Account &amp; Sign In - Outage</a>')}
${cell('available', '<a class="light-link" href="#">App Store - Resolved Outage</a>')}
</tr><tr>
${cell('available', '<a class="light-link" href="#">Apple Pay &amp; Wallet - 2 Upcoming Maintenances</a>')}
${cell('maintenance', '<a class="light-link" href="#">Apple ID - Maintenance In Progress</a>')}
${cell('image', '<a class="light-link" href="#">iCloud Mail - Issue</a>')}
</tr><tr>
${cell('image', 'Photos<span class="a11y">: completed</span>')}
${cell('image', 'App Store Connect - App Processing<span class="a11y">: upcoming</span>')}
${cell('image', 'Maps')}
</tr></tbody></table></section></main></div>`;

describe('readStatusPage on Apple’s markup', () => {
  it('reads each row’s name without its nested suffix or link phrase, and its state', () => {
    expect(readStatusPage(documentFrom(TABLE)).map((s) => [s.name, s.state])).toEqual([
      ['iCloud Backup', 'available'],
      ['iCloud Account & Sign In', 'outage'],
      ['App Store', 'available'],
      ['Apple Pay & Wallet', 'available'],
      ['Apple ID', 'maintenance'],
      ['iCloud Mail', 'issue'],
      ['Photos', 'available'],
      ['App Store Connect - App Processing', 'available'],
      ['Maps', 'unknown'],
    ]);
  });

  it.each([
    ['available', 'available'],
    ['issue', 'issue'],
    ['outage', 'outage'],
    ['maintenance', 'maintenance'],
    ['performance', 'issue'],
    ['resolved', 'available'],
    ['upcoming', 'available'],
    ['completed', 'available'],
  ])('a light-%s class reads as %s', (word, state) => {
    const html = `<table id="ssp-lights-table"><tbody><tr>${cell(word, 'iCloud Backup')}</tr></tbody></table>`;
    expect(readStatusPage(documentFrom(html))).toEqual([
      { name: 'iCloud Backup', state, events: [] },
    ]);
  });

  it('reads no state from words that only look like keys (“constructor”, “toString”)', () => {
    const html = `<table id="ssp-lights-table"><tbody><tr>${cell('image', '<a class="light-link" href="#">Maps - constructor toString</a>')}</tr></tbody></table>`;
    expect(readStatusPage(documentFrom(html))).toEqual([
      { name: 'Maps', state: 'unknown', events: [] },
    ]);
  });

  it('never reads the legend’s lights as services', () => {
    const legendOnly = `<section class="section-legend"><div class="light-container"><div class="light-outage"></div><span role="text">Outage</span></div></section>`;
    expect(readStatusPage(documentFrom(legendOnly))).toEqual([]);
  });

  it('when the light and the words disagree, the worse wins: never a wrong green', () => {
    const html = `<table id="ssp-lights-table"><tbody><tr>${cell('available', '<a class="light-link" href="#">iCloud Backup - Outage</a>')}</tr></tbody></table>`;
    expect(readStatusPage(documentFrom(html))[0]?.state).toBe('outage');
  });

  it.each([
    ['a page before its script has run', 'support/systemstatus/index.html'],
    ['the German page before its script has run', 'de/support/systemstatus/index.html'],
    ['an unrelated page', 'iphone/index.html'],
  ])('reads nothing from %s', (_, file) => {
    expect(readStatusPage(documentFrom(readFileSync(path.join(SITES, file), 'utf8')))).toEqual([]);
  });

  it('reads the "as of" text', () => {
    expect(readAsOfText(documentFrom(TABLE))).toBe('As of today, 2:02 PM');
    expect(readAsOfText(documentFrom('<main></main>'))).toBeNull();
  });
});

/** What the feed says of the services we mark, by their English names. */
function feedStates(feed: string): Record<string, string> {
  const services = summarizeServices(parseStatusFeed(feedFixture(feed)), FIXTURE_NOW);
  return Object.fromEntries(services.map((s) => [s.name, s.state]));
}

describe('readStatusPageRows on each of our rendered status pages', () => {
  const pages = Object.keys(STATUS_PAGES) as StatusPageName[];
  const feeds = ['all-available.json', 'backup-outage.json', 'backup-issue-ongoing.json'];

  it.each(pages.flatMap((page) => feeds.map((feed) => [page, feed] as const)))(
    '%s with %s: every row it reads shows the feed’s state, iCloud Backup included',
    async (page, feed) => {
      const rows = readStatusPageRows(await renderStatusPage(page, feed));
      const truth = feedStates(feed);
      expect(rows.length).toBe(Object.keys(truth).length);
      const backup = rows.find((r) => r.status.name === 'iCloud Backup');
      expect(backup?.status.state).toBe(truth['iCloud Backup']);
      for (const { status } of rows) {
        if (status.name in truth) expect(status.state).toBe(truth[status.name]);
      }
    },
  );

  it.each([
    ['table', 'shown'],
    ['small screen', 'shown'],
    ['German (localised names)', 'localised'],
    ['Arabic (right to left)', 'guessed'],
  ] as const)(
    'finds iCloud Backup on the %s page by a name matched as “%s”',
    async (page, match) => {
      const rows = readStatusPageRows(await renderStatusPage(page, 'backup-outage.json'));
      expect(rows.find((r) => r.status.name === 'iCloud Backup')?.match).toBe(match);
    },
  );

  it('reads the small-screen layout from its event titles', async () => {
    const doc = await renderStatusPage('small screen', 'backup-outage.json');
    expect(doc.querySelector('.event-title')?.textContent).toMatch(/ - (Available|Outage|Issue)$/);
    expect(doc.querySelector('#ssp-lights-table td')).toBeNull();
  });

  it('leaves a guessed localised name to the feed: the card’s reading does not hold it', async () => {
    const doc = await renderStatusPage('Arabic (right to left)', 'backup-outage.json');
    expect(readStatusPage(doc).map((s) => s.name)).not.toContain('iCloud Backup');
    expect(doc.querySelector('#ssp')?.getAttribute('dir')).toBe('rtl');
  });

  it('reads every kind of event a row can show during an incident', async () => {
    const doc = await renderStatusPage('table', 'every-type-and-status.json');
    expect(doc.querySelectorAll('.light-link').length).toBeGreaterThan(10);
    const byName = Object.fromEntries(readStatusPage(doc).map((s) => [s.name, s.state] as const));
    expect(byName).toMatchObject({
      'Outage ongoing': 'outage',
      'Outage upcoming': 'available',
      'Outage resolved': 'available',
      'Outage completed': 'available',
      'Issue ongoing': 'issue',
      'Maintenance ongoing': 'maintenance',
      'Performance ongoing': 'issue',
    });
  });
});

describe('markup drift: every class and id gone', () => {
  const pages = Object.keys(STATUS_PAGES) as StatusPageName[];

  it.each(pages)(
    'the %s page: the card still tells the feed’s truth, never a wrong state',
    async (page) => {
      const doc = await renderStatusPage(page, 'backup-outage.json');
      stripClassesAndIds(doc);
      const reading: PageReading = { services: readStatusPage(doc), at: FIXTURE_NOW + 60_000 };
      for (const service of reading.services) {
        const truth = feedStates('backup-outage.json')[service.name];
        if (truth && service.state !== 'unknown') expect(service.state).toBe(truth);
      }
      const view = statusCardView(
        snapshotOf('backup-outage.json', FIXTURE_NOW),
        reading,
        FIXTURE_NOW + 60_000,
        EN_GB,
        UTC,
      );
      expect(view.state).toBe('outage');
      expect(view.related.map((r) => [r.name, r.state])).toEqual([
        ['iCloud Account & Sign In', 'outage'],
        ['iCloud Drive', 'issue'],
      ]);
    },
  );

  it('with nothing readable, the card’s source is the feed', async () => {
    const doc = await renderStatusPage('small screen', 'backup-outage.json');
    stripClassesAndIds(doc);
    expect(readStatusPage(doc)).toEqual([]);
    const view = statusCardView(
      snapshotOf('backup-outage.json', FIXTURE_NOW),
      null,
      FIXTURE_NOW + 60_000,
      EN_GB,
      UTC,
    );
    expect(view.source).toBe('From Apple’s status feed, checked 1 minute ago.');
  });
});

describe('parseAsOf (local time of the day it is read)', () => {
  const now = new Date(2026, 10, 28, 16, 30).getTime();
  it.each([
    ['As of today, 2:02 PM', new Date(2026, 10, 28, 14, 2).getTime()],
    ['as of 14:02', new Date(2026, 10, 28, 14, 2).getTime()],
    ['As of today, 12:15 a.m.', new Date(2026, 10, 28, 0, 15).getTime()],
    ['As of 11:45 PM', new Date(2026, 10, 27, 23, 45).getTime()],
    ['As of 11/27/2026, 2:02 PM', null],
    ['As of yesterday, 2:02 PM', null],
    ['Today', null],
    ['As of 25:99', null],
    [null, null],
  ])('%s', (text, expected) => {
    expect(parseAsOf(text, now)).toBe(expected);
  });
});

function snapshotOf(file: string, fetchedAt: number): StatusSnapshot {
  return {
    services: summarizeServices(parseStatusFeed(feedFixture(file)), fetchedAt),
    fetchedAt,
    checkedAt: fetchedAt,
    error: null,
    refreshing: false,
  };
}

const pageShowing = (state: 'available' | 'outage', at: number): PageReading => ({
  services: [
    { name: 'iCloud Backup', state, events: [] },
    { name: 'iCloud Account & Sign In', state, events: [] },
  ],
  at,
});

describe('feed or page: the newer wins', () => {
  const feed = snapshotOf('backup-outage.json', FIXTURE_NOW);
  it.each([
    ['no page reading', null, FIXTURE_NOW, false],
    [
      'a page older than the feed',
      pageShowing('available', FIXTURE_NOW - 60_000),
      FIXTURE_NOW,
      false,
    ],
    [
      'a page newer than the feed',
      pageShowing('available', FIXTURE_NOW + 60_000),
      FIXTURE_NOW + 60_000,
      true,
    ],
    ['a stale feed', pageShowing('available', FIXTURE_NOW - 60_000), FIXTURE_NOW + 2 * HOUR, true],
  ])('%s', (_, page, now, expected) => {
    expect(preferPage(feed, page, now)).toBe(expected);
  });

  it('asks the feed again only when the newer page disagrees', () => {
    const later = FIXTURE_NOW + 60_000;
    expect(pageDisagrees(feed, pageShowing('available', later), later)).toBe(true);
    expect(pageDisagrees(feed, pageShowing('outage', later), later)).toBe(false);
    expect(pageDisagrees(feed, pageShowing('available', FIXTURE_NOW - 1), later)).toBe(false);
  });
});

describe('statusCardView', () => {
  it('an outage from the feed: words, since, Apple’s message, advice, related trouble', () => {
    const view = statusCardView(
      snapshotOf('backup-outage.json', FIXTURE_NOW),
      null,
      FIXTURE_NOW + 3 * 60_000,
      EN_GB,
      UTC,
    );
    expect(view).toEqual({
      state: 'outage',
      headline: 'iCloud Backup is down (outage)',
      since: 'since 14:02',
      message: 'Users may be unable to back up to iCloud & restore from a backup.',
      advice: 'This is on Apple’s side: wait for it to end, then back up again.',
      scheduled: null,
      related: [
        {
          name: 'iCloud Account & Sign In',
          state: 'outage',
          text: 'iCloud Account & Sign In: down (outage)',
        },
        { name: 'iCloud Drive', state: 'issue', text: 'iCloud Drive: having an issue' },
      ],
      source: 'From Apple’s status feed, checked 3 minutes ago.',
      problem: null,
      fixUrl: 'https://support.apple.com/en-us/102563',
      fixLabel: 'Steps to fix a backup that fails',
    });
  });

  it('a newer page that shows it available wins, without the feed’s stale message', () => {
    const later = FIXTURE_NOW + 60_000;
    const view = statusCardView(
      snapshotOf('backup-outage.json', FIXTURE_NOW),
      pageShowing('available', later),
      later,
      EN_GB,
      UTC,
    );
    expect(view).toMatchObject({
      state: 'available',
      headline: 'iCloud Backup is available',
      since: null,
      message: null,
      advice: null,
      source: 'As this page shows it, 14:03.',
    });
  });

  it('no data at all: unknown in words, never available', () => {
    const view = statusCardView(EMPTY_SNAPSHOT, null, FIXTURE_NOW, EN_GB, UTC);
    expect(view).toMatchObject({
      state: 'unknown',
      headline: 'We don’t know iCloud Backup’s status right now',
      problem: 'We have no status from Apple yet.',
      source: 'From Apple’s status feed, not checked yet.',
    });
  });

  it('a first answer in a format we do not know: unknown, and the card says why', () => {
    const snapshot: StatusSnapshot = {
      ...EMPTY_SNAPSHOT,
      checkedAt: FIXTURE_NOW,
      error: { kind: 'format', message: 'unrecognised-format', at: FIXTURE_NOW },
    };
    expect(statusCardView(snapshot, null, FIXTURE_NOW, EN_GB, UTC)).toMatchObject({
      state: 'unknown',
      problem: 'Apple’s status feed is in a format we don’t recognise.',
    });
  });

  it('upcoming maintenance: available, with the scheduled time', () => {
    const view = statusCardView(
      snapshotOf('upcoming-maintenance.json', FIXTURE_NOW),
      null,
      FIXTURE_NOW,
      EN_GB,
      UTC,
    );
    expect(view).toMatchObject({
      state: 'available',
      scheduled: 'Maintenance scheduled 29 Nov, 10:02',
    });
  });
});
