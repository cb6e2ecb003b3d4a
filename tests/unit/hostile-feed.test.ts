import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStatusFeed, StatusFeedError, summarizeServices } from '../../lib/status';
import { MAX_FEED_BYTES } from '../../lib/status/schedule';
import { StatusService, type FeedResponse } from '../../lib/status/service';
import { EMPTY_SNAPSHOT } from '../../lib/status/snapshot';
import type { StatusSnapshot } from '../../lib/status/types';
import { INITIAL_FETCH_STATE, type FetchState } from '../../lib/status/schedule';
import {
  feedBody,
  FIXTURE_START,
  hugeFeed,
  nestedArrays,
  nestedEvents,
  nestedServices,
  outageEvent,
  SCRIPT_TEXT,
  scriptFeed,
  truncatedFeed,
  wrongTypesFeed,
} from '../helpers/hostile-feeds';

const NOW = FIXTURE_START + 60_000;

function reason(body: string): string {
  try {
    parseStatusFeed(body);
    return 'parsed';
  } catch (error) {
    if (error instanceof StatusFeedError) return error.reason;
    throw error;
  }
}

function backupState(body: string): string {
  const services = summarizeServices(parseStatusFeed(body), NOW);
  return services.find((s) => s.name === 'iCloud Backup')?.state ?? 'missing';
}

describe('the feed parser on hostile bodies', () => {
  it.each([
    ['an empty body', '', 'empty'],
    ['only whitespace and a BOM', '\uFEFF \n\t ', 'empty'],
    ['a JSONP call with nothing inside', 'jsonCallback();', 'bad-wrapper'],
    ['a body cut off halfway', truncatedFeed(), 'not-json'],
    ['100,000 nested arrays', nestedArrays(100_000), 'not-an-object'],
    ['100,000 nested arrays as the services', nestedServices(100_000), 'no-readable-services'],
    ['a number', '42', 'bad-wrapper'],
    ['JSON null', 'null', 'bad-wrapper'],
    ['an HTML error page', '<html><body>502 Bad Gateway</body></html>', 'bad-wrapper'],
  ])('%s is refused with a reason (%s)', (_, body, expected) => {
    expect(reason(body)).toBe(expected);
  });

  it('reads iCloud Backup as unknown, never available, when its events are nested 100,000 deep', () => {
    expect(backupState(nestedEvents(100_000))).toBe('unknown');
  });

  it('reads a feed with the wrong type in every field without crashing, and never as available', () => {
    const services = summarizeServices(parseStatusFeed(wrongTypesFeed()), NOW);
    expect(services.map((s) => [s.name, s.state])).toEqual([
      ['iCloud Backup', 'unknown'],
      ['iCloud Drive', 'unknown'],
    ]);
  });

  it('reads a 10 MB feed whole (the service refuses it before, the parser alone copes)', () => {
    const body = hugeFeed(10);
    expect(body.length).toBeGreaterThan(10_000_000);
    const services = summarizeServices(parseStatusFeed(body), NOW);
    expect(services.length).toBeGreaterThan(9_000);
  });

  it('keeps markup in names and messages as the very text Apple sent', () => {
    const services = summarizeServices(parseStatusFeed(scriptFeed()), NOW);
    const backup = services.find((s) => s.name === 'iCloud Backup');
    expect(backup?.events[0]?.message).toBe(`Apple says ${SCRIPT_TEXT}`);
    expect(backup?.events[0]?.usersAffected).toBe(`Users ${SCRIPT_TEXT}`);
    expect(services.map((s) => s.name)).toContain(SCRIPT_TEXT);
  });

  it('decodes escaped markup to text, and nothing more', () => {
    const body = feedBody([outageEvent({ message: '&lt;script&gt;alert(1)&lt;/script&gt;' })]);
    const services = summarizeServices(parseStatusFeed(body), NOW);
    expect(services[0]?.events[0]?.message).toBe('<script>alert(1)</script>');
  });

  it('never crashes on any JSON in place of a service or an event, nor reads it as fine', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (service, event) => {
        const body = JSON.stringify({
          services: [service, { serviceName: 'iCloud Backup', events: [event] }],
        });
        const states = summarizeServices(parseStatusFeed(body), NOW).map((s) => s.state);
        expect(states.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

/** The status service over a real fetch Response, storage in memory. */
function serviceAnswering(response: () => FeedResponse, before: StatusSnapshot) {
  let snapshot = before;
  let state: FetchState = INITIAL_FETCH_STATE;
  const service = new StatusService({
    fetch: () => Promise.resolve(response()),
    now: () => NOW,
    readSnapshot: () => Promise.resolve(snapshot),
    writeSnapshot: (s) => {
      snapshot = s;
      return Promise.resolve();
    },
    readFetchState: () => Promise.resolve(state),
    writeFetchState: (s) => {
      state = s;
      return Promise.resolve();
    },
  });
  return { service, state: () => state };
}

const LAST_GOOD: StatusSnapshot = {
  ...EMPTY_SNAPSHOT,
  services: [{ name: 'iCloud Backup', state: 'available', events: [] }],
  fetchedAt: NOW - 600_000,
  checkedAt: NOW - 600_000,
};

/** A body streamed in 64 KB chunks without a Content-Length, counting what was pulled. */
function streamed(text: string): { response: Response; pulled: () => number } {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.subarray(offset, offset + 65_536));
      offset += 65_536;
    },
  });
  return { response: new Response(stream, { status: 200 }), pulled: () => offset };
}

describe('the status service on hostile answers', () => {
  it.each([
    ['a 10 MB body that says its length', () => new Response(hugeFeed(10))],
    ['a 10 MB body streamed without a length', () => streamed(hugeFeed(10)).response],
  ])('refuses %s, keeping the last good status', async (_, response) => {
    const { service, state } = serviceAnswering(response, LAST_GOOD);
    const next = await service.refresh();
    expect(next.services).toEqual(LAST_GOOD.services);
    expect(next.error?.kind).toBe('malformed');
    expect(next.error?.message).toMatch(/^too-large/);
    expect(state().failures).toBe(1);
  });

  it('stops downloading an oversized body soon after the limit', async () => {
    const body = streamed(hugeFeed(10));
    const { service } = serviceAnswering(() => body.response, LAST_GOOD);
    await service.refresh();
    expect(body.pulled()).toBeLessThan(MAX_FEED_BYTES + 4 * 65_536);
  });

  it('reads a body just under the limit', async () => {
    const body = hugeFeed(1.5);
    expect(body.length).toBeLessThan(MAX_FEED_BYTES);
    const { service } = serviceAnswering(() => streamed(body).response, EMPTY_SNAPSHOT);
    const next = await service.refresh();
    expect(next.error).toBeNull();
    expect(next.services?.length).toBeGreaterThan(1_000);
  });

  it.each([
    ['empty', ''],
    ['truncated', truncatedFeed()],
    ['deeply nested', nestedServices(100_000)],
    ['wrong types', '{"services": "iCloud Backup: available"}'],
  ])('keeps the last good status beside the error on an %s body', async (_, body) => {
    const { service } = serviceAnswering(() => new Response(body), LAST_GOOD);
    const next = await service.refresh();
    expect(next.services).toEqual(LAST_GOOD.services);
    expect(next.error?.kind).toBe('malformed');
  });

  it('reads multi-byte text split across chunks intact', async () => {
    const message = 'Sauvegarde iCloud indisponible — 日本語のメッセージ ✓'.repeat(5_000);
    const body = feedBody([outageEvent({ message })]);
    const { service } = serviceAnswering(() => streamed(body).response, EMPTY_SNAPSHOT);
    const next = await service.refresh();
    expect(next.services?.[0]?.events[0]?.message).toBe(message);
  });
});
