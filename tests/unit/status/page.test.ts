import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  pageDisagrees,
  preferPage,
  statusCardView,
  type PageReading,
} from '../../../entrypoints/systemstatus.content/card';
import { parseAsOf, readAsOfText, readStatusPage } from '../../../lib/status/page';
import { parseStatusFeed, summarizeServices, type StatusSnapshot } from '../../../lib/status';
import { EMPTY_SNAPSHOT } from '../../../lib/status/snapshot';
import { FIXTURE_NOW, HOUR, feedFixture } from './feed-files';

const SITES = path.resolve(import.meta.dirname, '../../fixtures/sites/www.apple.com');
const UTC = { timeZone: 'UTC' };

/** Our own fixture markup, parsed into a detached document that runs nothing. */
function documentFrom(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Apple's older markup, as DOMAIN.md describes it, drawn as the page script would. */
const TABLE = `<div class="section-date"><span class="date-copy">As of today, 2:02 PM</span></div>
<table id="ssp-lights-table"><tbody><tr>
<td><div class="light-container"><div class="light-image light-outage"></div><div class="light-name">iCloud Backup<span class="a11y">: outage</span></div></div></td>
<td><div class="light-container"><div class="light-image light-available"></div><div class="light-name">iCloud Account &amp; Sign In<span class="a11y">: available</span></div></div></td>
<td><div class="light-container"><div class="light-image light-resolved"></div><div class="light-name"> iCloud Mail <span class="a11y">: resolved</span></div></div></td>
</tr><tr>
<td><div class="light-container"><div class="light-image light-maintenance"></div><div class="light-name">Apple ID<span class="a11y">: maintenance</span></div></div></td>
<td><div class="light-container"><div class="light-image"></div><div class="light-name">Photos<span class="a11y">: Issue</span></div></div></td>
<td><div class="light-container"><div class="light-image"></div><div class="light-name">Maps</div></div></td>
</tr></tbody></table>`;

/** A different markup: a list, other class names, the state only in a class or hidden text. */
const LIST = `<ul class="lights-table">
<li class="light-container"><span class="light-issue"></span><span class="light-content">iCloud Backup<span class="visuallyhidden"> - issue</span></span></li>
<li class="light-container"><span class="light-content">iCloud Drive<span class="visuallyhidden"> - Outage</span></span></li>
</ul>`;

describe('readStatusPage', () => {
  it('reads Apple’s table markup: names without suffix, entities decoded, state from the light', () => {
    expect(readStatusPage(documentFrom(TABLE)).map((s) => [s.name, s.state])).toEqual([
      ['iCloud Backup', 'outage'],
      ['iCloud Account & Sign In', 'available'],
      ['iCloud Mail', 'available'],
      ['Apple ID', 'maintenance'],
      ['Photos', 'issue'],
      ['Maps', 'unknown'],
    ]);
  });

  it('falls back to other selectors when the markup changes', () => {
    expect(readStatusPage(documentFrom(LIST)).map((s) => [s.name, s.state])).toEqual([
      ['iCloud Backup', 'issue'],
      ['iCloud Drive', 'outage'],
    ]);
  });

  it('finds a light nested inside its wrapper', () => {
    const nested = `<div class="light-container"><div class="light-content light-image"><div class="light-maintenance"></div></div><div class="light-content light-name"><a href="#">iCloud Backup</a><span class="a11y"> - Scheduled Maintenance</span></div></div>`;
    expect(readStatusPage(documentFrom(nested))).toEqual([
      { name: 'iCloud Backup', state: 'maintenance', events: [] },
    ]);
  });

  it.each([
    ['a page before its script has run', 'support/systemstatus/index.html'],
    ['the UK page before its script has run', 'uk/support/systemstatus/index.html'],
    ['an unrelated page', 'iphone/index.html'],
  ])('reads nothing from %s', (_, file) => {
    expect(readStatusPage(documentFrom(readFileSync(path.join(SITES, file), 'utf8')))).toEqual([]);
  });

  it('reads the "as of" text', () => {
    expect(readAsOfText(documentFrom(TABLE))).toBe('As of today, 2:02 PM');
    expect(readAsOfText(documentFrom(LIST))).toBeNull();
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
    const view = statusCardView(EMPTY_SNAPSHOT, null, FIXTURE_NOW, UTC);
    expect(view).toMatchObject({
      state: 'unknown',
      headline: 'We don’t know iCloud Backup’s status right now',
      problem: 'We have no status from Apple yet.',
      source: 'From Apple’s status feed, not checked yet.',
    });
  });

  it('upcoming maintenance: available, with the scheduled time', () => {
    const view = statusCardView(
      snapshotOf('upcoming-maintenance.json', FIXTURE_NOW),
      null,
      FIXTURE_NOW,
      UTC,
    );
    expect(view).toMatchObject({
      state: 'available',
      scheduled: 'Maintenance scheduled Nov 29, 10:02',
    });
  });
});
