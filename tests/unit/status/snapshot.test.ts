import { describe, expect, it } from 'vitest';
import { EMPTY_SNAPSHOT, sanitizeSnapshot } from '../../../lib/status/snapshot';
import type { StatusSnapshot } from '../../../lib/status/types';

const GOOD: StatusSnapshot = {
  services: [
    {
      name: 'iCloud Backup',
      state: 'outage',
      events: [
        {
          messageId: '1',
          state: 'outage',
          phase: 'ongoing',
          statusType: 'Outage',
          message: 'm',
          usersAffected: 'u',
          start: 5,
          end: null,
        },
      ],
    },
  ],
  fetchedAt: 10,
  checkedAt: 12,
  error: { kind: 'http', message: 'HTTP 500', at: 12 },
  refreshing: false,
  localMessages: {
    feed: 'de_DE',
    fetchedAt: 10,
    byMessageId: { '1': { message: 'Nachricht', usersAffected: 'Einige Nutzer' } },
  },
};

describe('sanitizeSnapshot', () => {
  it('keeps a well-formed snapshot as it is', () => {
    expect(sanitizeSnapshot(structuredClone(GOOD))).toEqual(GOOD);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'junk'],
    ['an array', [GOOD]],
  ])('gives the empty snapshot for %s', (_, value) => {
    expect(sanitizeSnapshot(value)).toEqual(EMPTY_SNAPSHOT);
  });

  it.each([
    ['not an object', 'junk'],
    ['without its feed', { fetchedAt: 1, byMessageId: {} }],
    ['without a time', { feed: 'de_DE', byMessageId: {} }],
  ])('forgets local messages that are %s', (_, localMessages) => {
    expect(sanitizeSnapshot({ ...GOOD, localMessages }).localMessages).toBeNull();
  });

  it('drops local words that are not text', () => {
    const snapshot = sanitizeSnapshot({
      ...GOOD,
      localMessages: { feed: 'de_DE', fetchedAt: 1, byMessageId: { a: 7, b: { message: 'x' } } },
    });
    expect(snapshot.localMessages?.byMessageId).toEqual({ b: { message: 'x', usersAffected: '' } });
  });

  it('drops services without a name, and makes unreadable ones unknown', () => {
    const snapshot = sanitizeSnapshot({
      ...GOOD,
      services: [
        7,
        { state: 'available', events: [] },
        { name: 'iCloud Drive', state: 'green', events: [] },
        { name: 'Photos', state: 'available' },
        { name: 'Apple Account', state: 'available', events: [{ state: 'outage' }] },
        { name: 'iCloud Backup', state: 'available', events: [] },
      ],
    });
    expect(snapshot.services?.map((s) => [s.name, s.state])).toEqual([
      ['iCloud Drive', 'unknown'],
      ['Photos', 'unknown'],
      ['Apple Account', 'unknown'],
      ['iCloud Backup', 'available'],
    ]);
  });

  it('treats services without a fetch time as no data', () => {
    expect(sanitizeSnapshot({ ...GOOD, fetchedAt: 'yesterday' }).services).toBeNull();
  });

  it('drops an error it cannot read', () => {
    expect(sanitizeSnapshot({ ...GOOD, error: { kind: 'cosmic', at: 1 } }).error).toBeNull();
    expect(sanitizeSnapshot({ ...GOOD, error: { kind: 'http' } }).error).toBeNull();
  });
});
