import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  sanitizePanelSites,
  sanitizeProgress,
  sanitizeSettings,
} from '../../lib/storage/schema';

describe('sanitizeSettings', () => {
  it.each([
    ['nothing stored', undefined],
    ['null', null],
    ['a string', 'garbage'],
    ['an array', [1, 2]],
    ['an empty object', {}],
  ])('gives the defaults for %s', (_, stored) => {
    expect(sanitizeSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid choices and drops invalid ones field by field', () => {
    expect(
      sanitizeSettings({
        panel: 'collapsed',
        computer: 'amiga',
        ios: '11-14',
        disabledSites: ['discussions.apple.com', 7],
        notifications: 'yes',
      }),
    ).toEqual({
      panel: 'collapsed',
      computer: 'auto',
      ios: '11-14',
      disabledSites: ['discussions.apple.com'],
      notifications: false,
    });
  });
});

describe('sanitizeProgress', () => {
  it('keeps well-formed entries and repairs or drops the rest', () => {
    expect(
      sanitizeProgress({
        a: { done: ['s1', 2], fixed: true, updatedAt: 5 },
        b: 'junk',
        c: { done: 'nope' },
      }),
    ).toEqual({
      a: { done: ['s1'], fixed: true, updatedAt: 5 },
      c: { done: [], fixed: false, updatedAt: 0 },
    });
  });
});

describe('sanitizePanelSites', () => {
  it('keeps only known states', () => {
    expect(sanitizePanelSites({ x: 'open', y: 'collapsed', z: 'closed', w: 'big' })).toEqual({
      x: 'open',
      y: 'collapsed',
      z: 'closed',
    });
  });
});
