import { describe, expect, it } from 'vitest';
import { parseStatusFeed, StatusFeedError, summarizeServices } from '../../../lib/status';
import { FIXTURE_NOW, feedFixture, referenceSample } from './feed-files';

const TINY =
  '{"drpost":false,"drMessage":null,"services":[{"serviceName":"iCloud Backup","redirectUrl":null,"events":[]}]}';

function reasonOf(body: string): string {
  try {
    parseStatusFeed(body);
  } catch (error) {
    if (error instanceof StatusFeedError) return error.reason;
    throw error;
  }
  return 'parsed';
}

describe('parseStatusFeed reads every wrapping Apple has used', () => {
  it.each([
    ['plain JSON', TINY],
    ['jsonCallback(...);', `jsonCallback(${TINY});`],
    ['jsonCallback(...) without a semicolon', `jsonCallback(${TINY})`],
    ['JSONP with whitespace and newlines around', `\n  jsonCallback (\n${TINY}\n) ;\n`],
    ['JSON after a byte-order mark', `\uFEFF${TINY}`],
    ['JSONP after a byte-order mark', `\uFEFFjsonCallback(${TINY});`],
  ])('%s', (_, body) => {
    expect(parseStatusFeed(body).services.map((s) => s.serviceName)).toEqual(['iCloud Backup']);
  });

  it('reads our JSONP fixture that starts with a BOM and spaces', () => {
    const feed = parseStatusFeed(feedFixture('jsonp-with-bom.jsonp'));
    expect(feed.services[0]?.events[0]?.messageId).toBe('1000009701');
  });
});

describe('parseStatusFeed says what is wrong with a body it cannot read', () => {
  it.each([
    ['an empty body', '', 'empty'],
    ['only whitespace and a BOM', '\uFEFF  \n', 'empty'],
    ['an HTML error page', feedFixture('junk-html.txt'), 'bad-wrapper'],
    ['JavaScript that is not a callback', 'alert(1); jsonCallback({})', 'not-json'],
    ['a callback around broken JSON', 'jsonCallback({"services": [});', 'not-json'],
    ['truncated JSON', TINY.slice(0, 40), 'not-json'],
    ['a JSON array', '[1,2,3]', 'not-an-object'],
    ['JSON null inside a callback', 'jsonCallback(null)', 'not-an-object'],
    ['an object without services', '{"drpost":false}', 'unrecognised-format'],
    ['services that is not a list', '{"services":{"a":1}}', 'no-services'],
    ['an empty list of services', '{"services":[]}', 'no-readable-services'],
    ['services without names', '{"services":[{"events":[]},7]}', 'no-readable-services'],
  ])('%s', (_, body, reason) => {
    expect(reasonOf(body)).toBe(reason);
  });

  it('throws a StatusFeedError that is an Error with a message', () => {
    expect(() => parseStatusFeed('nope')).toThrow(StatusFeedError);
    expect(() => parseStatusFeed('nope')).toThrow(/neither JSON nor jsonCallback/);
  });

  it('never runs the wrapper as code', () => {
    const body = `(function(){ globalThis.pwned = true; })(${TINY})`;
    expect(reasonOf(body)).toBe('bad-wrapper');
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
  });
});

describe('parseStatusFeed cleans names and messages', () => {
  const feed = parseStatusFeed(feedFixture('entities-and-spaces.json'));

  it('decodes entities and trims and collapses spaces in names', () => {
    expect(feed.services.map((s) => s.serviceName)).toEqual([
      'iCloud Backup',
      'iCloud Account & Sign In',
      'iCloud Bookmarks & Tabs',
      'Apple ID',
      'iCloud Mail',
    ]);
  });

  it('decodes and trims messages, types and event statuses', () => {
    const event = feed.services[4]?.events[0];
    expect(event?.message).toBe('Users can’t send mail <sometimes> "quoted".');
    expect(event?.usersAffected).toBe('Some users are affected');
    expect(event?.statusType).toBe('Issue');
    expect(event?.eventStatus).toBe('ongoing');
  });
});

describe('parseStatusFeed is tolerant of wrong types and missing fields', () => {
  const feed = parseStatusFeed(feedFixture('wrong-types.json'));
  const byName = new Map(feed.services.map((s) => [s.serviceName, s]));

  it('reads the top-level flags defensively', () => {
    expect(feed.drpost).toBe(false);
    expect(feed.drMessage).toBeNull();
  });

  it('drops services without a usable name and keeps the rest', () => {
    expect([...byName.keys()]).toEqual([
      'iCloud Backup',
      'iCloud Drive',
      'Photos',
      'iCloud Storage Upgrades',
      'Apple Account',
    ]);
  });

  it('treats null or missing events as none posted', () => {
    expect(byName.get('iCloud Backup')).toEqual({
      serviceName: 'iCloud Backup',
      redirectUrl: null,
      events: [],
    });
    expect(byName.get('Apple Account')?.events).toEqual([]);
    expect(byName.get('Apple Account')?.unreadable).toBeUndefined();
  });

  it('marks a service whose events are not a list, or hold junk, as unreadable', () => {
    expect(byName.get('iCloud Drive')?.unreadable).toBe(true);
    expect(byName.get('Photos')?.unreadable).toBe(true);
    expect(byName.get('Photos')?.events).toHaveLength(1);
  });

  it('coerces numeric strings and numbers, and nulls what is not a date', () => {
    const event = byName.get('iCloud Storage Upgrades')?.events[0];
    expect(event).toMatchObject({
      epochStartDate: 1795874520000,
      epochEndDate: null,
      messageId: '1000009601',
      message: '',
      affectedServices: ['iCloud Storage Upgrades'],
    });
  });

  it('gives an event without a messageId an id of its own', () => {
    expect(byName.get('Photos')?.events[0]?.messageId).toBe('unidentified:Photos:Outage:');
  });
});

describe('parseStatusFeed on Apple’s real payloads', () => {
  it.each([
    ['the 2021 consumer feed', 'consumer_2021-04-26_one-ongoing_statusbuddy.json', 63],
    ['the 2020 developer feed', 'developer_2020-11-02_statusbuddy.json', null],
    ['the 2024 developer excerpt', 'developer_2024-05-11_upcoming-maintenance_EXCERPT.json', 4],
  ])('reads %s', (_, file, count) => {
    const feed = parseStatusFeed(referenceSample(file));
    if (count !== null) expect(feed.services).toHaveLength(count);
    expect(feed.services.every((s) => s.serviceName === s.serviceName.trim())).toBe(true);
    expect(feed.services.some((s) => s.serviceName.includes('&amp;'))).toBe(false);
  });

  it('reads the 2020 developer feed wrapped in jsonCallback as Apple served it', () => {
    const body = `jsonCallback(${referenceSample('developer_2020-11-02_statusbuddy.json')});`;
    expect(parseStatusFeed(body).services.length).toBeGreaterThan(10);
  });
});

describe('feed variants Apple has served', () => {
  it.each([
    ['bare JSON (today’s consumer feed)', 'all-available.json'],
    ['JSONP (the developer feed, older consumer ones)', 'null-affected-trailing-spaces.jsonp'],
  ])('reads %s', (_, file) => {
    expect(parseStatusFeed(feedFixture(file)).services[0]?.serviceName).toBe('iCloud Backup');
  });

  it('takes affectedServices: null as “this service only”, and trims names', () => {
    const feed = parseStatusFeed(feedFixture('null-affected-trailing-spaces.jsonp'));
    expect(feed.services.map((s) => s.serviceName)).toEqual([
      'iCloud Backup',
      'iCloud Account & Sign In',
      'App Store Connect - App Processing',
    ]);
    expect(feed.services[0]?.events[0]?.affectedServices).toBeNull();
    const summary = summarizeServices(feed, FIXTURE_NOW);
    expect(summary.map((s) => [s.name, s.state])).toEqual([
      ['iCloud Backup', 'issue'],
      ['iCloud Account & Sign In', 'available'],
      ['App Store Connect - App Processing', 'available'],
    ]);
  });

  it('calls the old dashboard / detailedTimeline body an unrecognised format, never all clear', () => {
    expect(reasonOf(feedFixture('old-format-dashboard.json'))).toBe('unrecognised-format');
    expect(() => parseStatusFeed(feedFixture('old-format-dashboard.json'))).toThrow(
      /dashboard, detailedTimeline/,
    );
  });
});
