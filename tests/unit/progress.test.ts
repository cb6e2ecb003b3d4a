import { describe, expect, it } from 'vitest';
import {
  MAX_PROBLEMS,
  NO_PROGRESS,
  markFixed,
  progressFor,
  toggleDone,
  withProgress,
} from '../../lib/storage/progress';

describe('progress helpers', () => {
  it.each([
    ['ticks a step', { ...NO_PROGRESS }, 'a', true, ['a']],
    ['does not tick twice', { ...NO_PROGRESS, done: ['a'] }, 'a', true, ['a']],
    ['unticks a step', { ...NO_PROGRESS, done: ['a', 'b'] }, 'a', false, ['b']],
  ])('%s', (_, start, id, done, expected) => {
    const next = toggleDone(start, id, done, 5);
    expect(next.done).toEqual(expected);
    expect(next.updatedAt).toBe(5);
  });

  it('marks fixed and unfixed', () => {
    expect(markFixed(NO_PROGRESS, true, 9)).toEqual({ done: [], fixed: true, updatedAt: 9 });
  });

  it('gives no progress for an unknown problem', () => {
    expect(progressFor({}, 'icloud:network')).toEqual(NO_PROGRESS);
  });

  it('keeps the most recent problems only', () => {
    let all = {};
    for (let i = 0; i < MAX_PROBLEMS + 5; i++) {
      all = withProgress(all, `k${i}`, { done: [], fixed: false, updatedAt: i });
    }
    expect(Object.keys(all)).toHaveLength(MAX_PROBLEMS);
    expect(all).toHaveProperty(`k${MAX_PROBLEMS + 4}`);
    expect(all).not.toHaveProperty('k0');
  });
});
