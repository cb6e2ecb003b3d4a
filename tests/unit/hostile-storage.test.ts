import { describe, expect, it } from 'vitest';
import { sanitizeNotifyMemory, INITIAL_NOTIFY_MEMORY } from '../../lib/status/notify';
import {
  afterFailure,
  dueOnDemand,
  dueOnTick,
  INITIAL_FETCH_STATE,
  sanitizeFetchState,
} from '../../lib/status/schedule';
import { EMPTY_SNAPSHOT, sanitizeSnapshot } from '../../lib/status/snapshot';
import {
  DEFAULT_SETTINGS,
  sanitizePanelSites,
  sanitizeProgress,
  sanitizeSettings,
} from '../../lib/storage/schema';

/** What an older version, a bug or a hand-edited profile could leave in storage. */
const JUNK: [string, unknown][] = [
  ['undefined', undefined],
  ['null', null],
  ['a string', 'v0:open'],
  ['a number', 42],
  ['NaN', Number.NaN],
  ['true', true],
  ['an empty list', []],
  ['a list of numbers', [1, 2, 3]],
  ['an object of wrong types', { panel: 1, services: 'all good', failures: 'many', done: 7 }],
  ['nested lists', JSON.parse('['.repeat(5_000) + ']'.repeat(5_000)) as unknown],
  ['a __proto__ key', JSON.parse('{"__proto__": {"panel": "off", "done": ["x"]}}') as unknown],
];

describe('storage holding garbage from an older version', () => {
  it.each(JUNK)('settings from %s become the defaults', (_, junk) => {
    expect(sanitizeSettings(junk)).toEqual(DEFAULT_SETTINGS);
  });

  it.each(JUNK)('the status snapshot from %s is empty: unknown, never available', (_, junk) => {
    expect(sanitizeSnapshot(junk)).toEqual(EMPTY_SNAPSHOT);
  });

  it.each(JUNK)('the fetch state from %s starts afresh', (_, junk) => {
    expect(sanitizeFetchState(junk)).toEqual(INITIAL_FETCH_STATE);
  });

  it.each(JUNK)('the notification memory from %s is empty', (_, junk) => {
    expect(sanitizeNotifyMemory(junk)).toEqual(INITIAL_NOTIFY_MEMORY);
  });

  it.each(JUNK)('progress and panel sites from %s hold nothing', (_, junk) => {
    const progress = sanitizeProgress(junk);
    const sites = sanitizePanelSites(junk);
    expect(Object.keys(progress)).toEqual([]);
    expect(Object.keys(sites)).toEqual([]);
    expect(Object.getPrototypeOf(progress)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(sites)).toBe(Object.prototype);
  });

  it('keeps what is readable in progress and panel sites, dropping the rest', () => {
    expect(
      sanitizeProgress({
        'icloud:storage': { done: ['a', 3, null, 'b'], fixed: 'yes', updatedAt: 'today' },
        broken: 'done',
      }),
    ).toEqual({ 'icloud:storage': { done: ['a', 'b'], fixed: false, updatedAt: 0 } });
    expect(sanitizePanelSites({ 'support.apple.com': 'collapsed', 'x.com': 'gone', y: 1 })).toEqual(
      { 'support.apple.com': 'collapsed' },
    );
  });

  it('never reads a stored service as available when its events cannot be read', () => {
    const stored = {
      services: [
        { name: 'iCloud Backup', state: 'available', events: [{ state: 'outage' }] },
        { name: 'iCloud Drive', state: 'available', events: 'none' },
        { name: 'Mail', state: 'green', events: [] },
      ],
      fetchedAt: 1,
      checkedAt: 1,
    };
    expect(sanitizeSnapshot(stored).services?.map((s) => s.state)).toEqual([
      'unknown',
      'unknown',
      'unknown',
    ]);
  });
});

describe('a stored backoff that cannot be ours', () => {
  const NOW = Date.UTC(2026, 10, 28, 14, 2);

  it.each([
    ['a wait until the year 2100 (garbage)', Date.UTC(2100, 0, 1)],
    ['a wait of a day (the clock was set back)', NOW + 24 * 3_600_000],
    ['an absurd number', 9e15],
  ])('%s is ignored: the feed is asked again', (_, notBefore) => {
    const state = sanitizeFetchState({ failures: 3, notBefore });
    expect(dueOnTick(state, NOW)).toBe(true);
    expect(dueOnDemand(null, state, NOW)).toBe(true);
  });

  it('while a real backoff still holds', () => {
    const state = afterFailure(afterFailure(INITIAL_FETCH_STATE, NOW), NOW);
    expect(dueOnTick(state, NOW + 60_000)).toBe(false);
    expect(dueOnDemand(null, state, NOW + 60_000)).toBe(false);
  });
});
