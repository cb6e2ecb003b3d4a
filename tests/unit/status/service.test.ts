import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  afterFailure,
  backoffDelay,
  dueOnDemand,
  feedUrl,
  firstTickDelayMinutes,
  INITIAL_FETCH_STATE,
  sanitizeFetchState,
  type FetchState,
} from '../../../lib/status/schedule';
import { StatusService, type FeedFetch, type FeedResponse } from '../../../lib/status/service';
import { inLanguage, withLocalMessages } from '../../../lib/status/local-messages';
import { EMPTY_SNAPSHOT } from '../../../lib/status/snapshot';
import type { ServiceStatus, StatusSnapshot } from '../../../lib/status/types';
import { FIXTURE_NOW, feedFixture } from './feed-files';

const MIN = 60_000;

describe('schedule', () => {
  it.each([
    [0, 0],
    [1, 5],
    [2, 10],
    [3, 20],
    [4, 40],
    [5, 60],
    [12, 60],
  ])('after %i failures waits %i minutes', (failures, minutes) => {
    expect(backoffDelay(failures)).toBe(minutes * MIN);
  });

  it('spreads the first tick over one period, never under 30 seconds', () => {
    expect(firstTickDelayMinutes(0)).toBe(0.5);
    expect(firstTickDelayMinutes(0.5)).toBe(2.5);
    expect(firstTickDelayMinutes(1)).toBe(5);
    expect(firstTickDelayMinutes(Number.NaN)).toBe(2.5);
  });

  it.each([
    ['never checked: due', null, INITIAL_FETCH_STATE, true],
    ['checked a minute ago: not due', FIXTURE_NOW - MIN, INITIAL_FETCH_STATE, false],
    ['checked three minutes ago: due', FIXTURE_NOW - 3 * MIN, INITIAL_FETCH_STATE, true],
    [
      'checked three minutes ago while backing off: not due',
      FIXTURE_NOW - 3 * MIN,
      afterFailure(INITIAL_FETCH_STATE, FIXTURE_NOW - 3 * MIN),
      false,
    ],
  ])('on demand, %s', (_, checkedAt, state, due) => {
    expect(dueOnDemand(checkedAt, state, FIXTURE_NOW)).toBe(due);
  });

  it('adds Apple’s cache-busting parameter', () => {
    expect(feedUrl(123)).toBe(
      'https://www.apple.com/support/systemstatus/data/system_status_en_US.js?_=123',
    );
  });

  it('sanitizes what storage holds', () => {
    expect(sanitizeFetchState('junk')).toEqual(INITIAL_FETCH_STATE);
    expect(sanitizeFetchState({ failures: -3, notBefore: 'x', etag: '"a"' })).toEqual({
      ...INITIAL_FETCH_STATE,
      etag: '"a"',
    });
  });
});

interface Answer {
  status?: number;
  body?: string;
  headers?: Record<string, string>;
  hang?: boolean;
  networkError?: boolean;
}

/** A fake world: a clock, storage, and a feed whose answers the test queues. */
function world(readerFeed: string | null = null) {
  let feed = readerFeed;
  let now = FIXTURE_NOW;
  let snapshot: StatusSnapshot = EMPTY_SNAPSHOT;
  let state: FetchState = INITIAL_FETCH_STATE;
  const answers: Answer[] = [];
  const requests: { url: string; headers: Record<string, string> }[] = [];
  const writes: StatusSnapshot[] = [];
  const fetched: ServiceStatus[][] = [];
  const fetch: FeedFetch = (url, init) => {
    requests.push({ url, headers: init.headers });
    const answer = answers.shift() ?? { body: feedFixture('all-available.json') };
    return new Promise<FeedResponse>((resolve, reject) => {
      init.signal.addEventListener('abort', () =>
        reject(new DOMException('aborted', 'AbortError')),
      );
      if (answer.hang) return;
      if (answer.networkError) {
        reject(new TypeError('Failed to fetch'));
        return;
      }
      const status = answer.status ?? 200;
      const headers = new Headers(answer.headers);
      queueMicrotask(() =>
        resolve({
          status,
          ok: status >= 200 && status < 300,
          headers,
          text: () => Promise.resolve(answer.body ?? ''),
        }),
      );
    });
  };
  const service = new StatusService({
    fetch,
    now: () => now,
    readSnapshot: () => Promise.resolve(snapshot),
    writeSnapshot: (s) => {
      snapshot = s;
      writes.push(s);
      return Promise.resolve();
    },
    readFetchState: () => Promise.resolve(state),
    writeFetchState: (s) => {
      state = s;
      return Promise.resolve();
    },
    onFetched: (services) => {
      fetched.push(services);
      return Promise.resolve();
    },
    readerFeed: () => Promise.resolve(feed),
  });
  return {
    service,
    answers,
    requests,
    writes,
    fetched,
    get snapshot() {
      return snapshot;
    },
    set snapshot(value: StatusSnapshot) {
      snapshot = value;
    },
    get state() {
      return state;
    },
    advance(ms: number) {
      now += ms;
    },
    readIn(code: string | null) {
      feed = code;
    },
  };
}

const backupState = (s: StatusSnapshot) =>
  s.services?.find((x) => x.name === 'iCloud Backup')?.state;

describe('StatusService', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('stores the summary, its time, and no error after a good fetch', async () => {
    const w = world();
    w.answers.push({ body: feedFixture('backup-outage.json') });
    const result = await w.service.refresh();
    expect(result).toBe(w.snapshot);
    expect(backupState(result)).toBe('outage');
    expect(result).toMatchObject({
      fetchedAt: FIXTURE_NOW,
      checkedAt: FIXTURE_NOW,
      error: null,
      refreshing: false,
    });
    expect(w.requests[0]?.url).toBe(feedUrl(FIXTURE_NOW));
    expect(w.fetched).toHaveLength(1);
  });

  it('says it is refreshing while the request is in flight', async () => {
    const w = world();
    await w.service.refresh();
    expect(w.writes.map((s) => s.refreshing)).toEqual([true, false]);
  });

  it('never runs two fetches at once: callers share the one in flight', async () => {
    const w = world();
    const [a, b, c] = await Promise.all([
      w.service.refresh(),
      w.service.refresh(),
      w.service.tick(),
    ]);
    expect(w.requests).toHaveLength(1);
    expect(a).toBe(b);
    expect(b).toBe(c);
  });

  it.each([
    ['an HTTP 500', { status: 500, body: 'oops' }, 'http'],
    ['a malformed body', { body: 'jsonCallback({"services": [' }, 'malformed'],
    ['an HTML page', { body: feedFixture('junk-html.txt') }, 'malformed'],
    ['an old-format body', { body: feedFixture('old-format-dashboard.json') }, 'format'],
    ['a network error', { networkError: true }, 'network'],
  ])('keeps the last good status after %s and records the error', async (_, answer, kind) => {
    const w = world();
    await w.service.refresh();
    w.advance(5 * MIN);
    w.answers.push(answer);
    const after = await w.service.refresh();
    expect(backupState(after)).toBe('available');
    expect(after.fetchedAt).toBe(FIXTURE_NOW);
    expect(after.checkedAt).toBe(FIXTURE_NOW + 5 * MIN);
    expect(after.error).toMatchObject({ kind, at: FIXTURE_NOW + 5 * MIN });
    expect(w.fetched).toHaveLength(1);
  });

  it('gives up on a feed that never answers after the timeout', async () => {
    const w = world();
    w.answers.push({ hang: true });
    const pending = w.service.refresh();
    await vi.advanceTimersByTimeAsync(10_000);
    const after = await pending;
    expect(after.error?.kind).toBe('timeout');
    expect(after.services).toBeNull();
    expect(after.refreshing).toBe(false);
  });

  it('backs off after failures, doubling up to an hour, and recovers on success', async () => {
    const w = world();
    const ticksThatFetched: number[] = [];
    for (let minute = 0; minute <= 180; minute += 5) {
      w.answers.push({ status: 503 });
      const before = w.requests.length;
      await w.service.tick();
      if (w.requests.length > before) ticksThatFetched.push(minute);
      w.answers.length = 0;
      w.advance(5 * MIN);
    }
    expect(ticksThatFetched).toEqual([0, 5, 15, 35, 75, 135]);
    expect(w.state.failures).toBe(6);
    w.advance(60 * MIN);
    await w.service.tick();
    expect(w.snapshot.error).toBeNull();
    expect(w.state).toMatchObject({ failures: 0, notBefore: 0 });
    w.advance(5 * MIN);
    const before = w.requests.length;
    await w.service.tick();
    expect(w.requests.length).toBe(before + 1);
  });

  it('explicit refresh ignores the backoff', async () => {
    const w = world();
    w.answers.push({ status: 500 });
    await w.service.refresh();
    await w.service.refresh();
    expect(w.requests).toHaveLength(2);
    expect(w.snapshot.error).toBeNull();
  });

  it('sends validators and keeps the data on 304, updating only the check time', async () => {
    const w = world();
    w.answers.push({
      body: feedFixture('backup-outage.json'),
      headers: { ETag: '"v1"', 'Last-Modified': 'Sat, 28 Nov 2026 14:00:00 GMT' },
    });
    await w.service.refresh();
    w.advance(5 * MIN);
    w.answers.push({ status: 304 });
    const after = await w.service.refresh();
    expect(w.requests[1]?.headers).toEqual({
      'If-None-Match': '"v1"',
      'If-Modified-Since': 'Sat, 28 Nov 2026 14:00:00 GMT',
    });
    expect(backupState(after)).toBe('outage');
    expect(after.fetchedAt).toBe(FIXTURE_NOW);
    expect(after.checkedAt).toBe(FIXTURE_NOW + 5 * MIN);
    expect(w.fetched).toHaveLength(1);
  });

  it('sends no validators when it holds no data, and treats a 304 then as an error', async () => {
    const w = world();
    w.answers.push({ status: 304 });
    const after = await w.service.refresh();
    expect(w.requests[0]?.headers).toEqual({});
    expect(after.error?.kind).toBe('http');
  });

  it('getStatus answers from storage at once and refreshes behind when older than 2 minutes', async () => {
    const w = world();
    await w.service.refresh();
    w.advance(MIN);
    expect(await w.service.getStatus()).toEqual(w.snapshot);
    expect(w.requests).toHaveLength(1);
    w.advance(2 * MIN);
    w.answers.push({ hang: true });
    const answer = await w.service.getStatus();
    expect(answer.refreshing).toBe(true);
    expect(answer.fetchedAt).toBe(FIXTURE_NOW);
    await vi.advanceTimersByTimeAsync(0);
    expect(w.requests).toHaveLength(2);
    expect(w.snapshot.refreshing).toBe(true);
  });

  it('recover clears a refreshing flag left by a stopped worker', async () => {
    const w = world();
    await w.service.refresh();
    w.writes.length = 0;
    await w.service.recover();
    expect(w.writes).toHaveLength(0);
    w.snapshot = { ...w.snapshot, refreshing: true };
    await w.service.recover();
    expect(w.snapshot.refreshing).toBe(false);
    expect(backupState(w.snapshot)).toBe('available');
  });
});

describe('Apple’s words in the reader’s language', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const OUTAGE = '1000009101';
  const DRIVE = '1000009102';
  const backupEvent = (services: ServiceStatus[] | null | undefined) =>
    services?.find((x) => x.name === 'iCloud Backup')?.events[0];

  it('asks only the English feed for an English reader', async () => {
    const w = world(null);
    w.answers.push({ body: feedFixture('backup-outage.json') });
    const after = await w.service.refresh();
    expect(w.requests.map((r) => r.url)).toEqual([feedUrl(FIXTURE_NOW)]);
    expect(after.localMessages).toBeNull();
  });

  it('asks the reader’s feed once after the English one and keeps its words by incident', async () => {
    const w = world('de_DE');
    w.answers.push(
      { body: feedFixture('backup-outage.json') },
      { body: feedFixture('backup-outage.de_DE.json') },
    );
    const after = await w.service.refresh();
    expect(w.requests.map((r) => r.url)).toEqual([
      feedUrl(FIXTURE_NOW),
      feedUrl(FIXTURE_NOW, 'de_DE'),
    ]);
    expect(after.localMessages?.feed).toBe('de_DE');
    expect(Object.keys(after.localMessages?.byMessageId ?? {}).sort()).toEqual([OUTAGE, DRIVE]);
    // The English feed still names the services and says how bad.
    expect(backupState(after)).toBe('outage');
    expect(backupEvent(after.services)?.message).toMatch(/^Users may be unable/);
    // The notifications get Apple's German words.
    expect(backupEvent(w.fetched[0])?.message).toMatch(/^Nutzer können/);
    expect(backupEvent(w.fetched[0])?.usersAffected).toBe('Einige Nutzer sind betroffen');
  });

  it('asks no second feed when the stored words already cover every incident', async () => {
    const w = world('de_DE');
    w.answers.push(
      { body: feedFixture('backup-outage.json') },
      { body: feedFixture('backup-outage.de_DE.json') },
    );
    await w.service.refresh();
    w.advance(5 * MIN);
    w.answers.push({ body: feedFixture('backup-outage.json') });
    const after = await w.service.refresh();
    expect(w.requests).toHaveLength(3);
    expect(after.localMessages?.byMessageId[OUTAGE]?.message).toMatch(/^Nutzer können/);
  });

  it('asks no second feed when nothing is happening', async () => {
    const w = world('ja_JP');
    w.answers.push({ body: feedFixture('all-available.json') });
    const after = await w.service.refresh();
    expect(w.requests).toHaveLength(1);
    expect(after.localMessages).toBeNull();
  });

  it.each([
    ['does not answer', { networkError: true }],
    ['answers with an error', { status: 503 }],
    ['sends garbage', { body: '<html>' }],
  ])('keeps English and no error when the reader’s feed %s', async (_, answer) => {
    const w = world('de_DE');
    w.answers.push({ body: feedFixture('backup-outage.json') }, answer);
    const after = await w.service.refresh();
    expect(after.error).toBeNull();
    expect(backupState(after)).toBe('outage');
    expect(after.localMessages).toBeNull();
    expect(backupEvent(w.fetched[0])?.message).toMatch(/^Users may be unable/);
  });

  it('asks again in the new language when the reader changes it, and never mixes the two', async () => {
    const w = world('de_DE');
    w.answers.push(
      { body: feedFixture('backup-outage.json') },
      { body: feedFixture('backup-outage.de_DE.json') },
    );
    await w.service.refresh();
    w.readIn('ja_JP');
    w.advance(5 * MIN);
    w.answers.push({ body: feedFixture('backup-outage.json') }, { networkError: true });
    const after = await w.service.refresh();
    expect(w.requests.at(-1)?.url).toBe(feedUrl(FIXTURE_NOW + 5 * MIN, 'ja_JP'));
    expect(after.localMessages).toBeNull();
  });

  it('shows English for an incident the reader’s feed does not list yet', () => {
    const services = [
      {
        name: 'iCloud Backup',
        state: 'outage' as const,
        events: [
          {
            messageId: 'new',
            state: 'outage' as const,
            phase: 'ongoing' as const,
            statusType: 'Outage',
            message: 'English words',
            usersAffected: 'All users',
            start: 1,
            end: null,
          },
        ],
      },
    ];
    const local = { feed: 'de_DE', fetchedAt: 1, byMessageId: {} };
    expect(withLocalMessages(services, local, 'de_DE')[0]?.events[0]?.message).toBe(
      'English words',
    );
    expect(
      withLocalMessages(
        services,
        { ...local, byMessageId: { new: { message: 'Deutsch', usersAffected: 'Alle' } } },
        'fr_FR',
      )[0]?.events[0]?.message,
    ).toBe('English words');
  });

  it('shows a surface Apple’s words in its own language only', async () => {
    const w = world('ja_JP');
    w.answers.push(
      { body: feedFixture('backup-outage.json') },
      { body: feedFixture('backup-outage.ja_JP.json') },
    );
    const snapshot = await w.service.refresh();
    expect(backupEvent(inLanguage(snapshot, 'ja').services)?.message).toMatch(/^iCloud へ/);
    expect(backupEvent(inLanguage(snapshot, 'en').services)?.message).toMatch(/^Users may/);
    expect(backupEvent(inLanguage(snapshot, 'de').services)?.message).toMatch(/^Users may/);
  });
});
