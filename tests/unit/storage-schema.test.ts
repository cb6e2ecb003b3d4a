import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  normalizeHost,
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
        device: 'newton',
        disabledSites: ['discussions.apple.com', 7],
        notifications: 'yes',
        language: 'klingon',
      }),
    ).toEqual({
      panel: 'collapsed',
      computer: 'auto',
      ios: '11-14',
      device: 'iphone',
      disabledSites: ['discussions.apple.com'],
      notifications: false,
      language: 'auto',
    });
  });

  it.each(['auto', 'de', 'pt-BR', 'zh-TW'])('keeps the language %s', (language) => {
    expect(sanitizeSettings({ language }).language).toBe(language);
  });

  it.each(['iphone', 'ipad', 'ipod'])('keeps the device %s', (device) => {
    expect(sanitizeSettings({ device }).device).toBe(device);
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

describe('reading the iOS choice an older version stored', () => {
  it.each([
    ['iOS 15 or later, which stood for the newest iOS', '15+', '16+'],
    ['iOS 10 or earlier, which stood for iOS 10', '10-', '10.2-'],
    ['iOS 11 to 14, which kept its name', '11-14', '11-14'],
    ['a value no version ever stored', '9-', 'auto'],
  ])('reads %s', (_, stored, expected) => {
    expect(sanitizeSettings({ ios: stored }).ios).toBe(expected);
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

describe('normalizeHost', () => {
  it.each([
    ['a bare hostname', 'support.apple.com', 'support.apple.com'],
    ['mixed case', 'Support.Apple.COM', 'support.apple.com'],
    ['a URL with a path', 'https://discussions.apple.com/thread/1', 'discussions.apple.com'],
    ['a trailing dot and spaces', ' support.apple.com. ', 'support.apple.com'],
    ['a port', 'support.apple.com:443', 'support.apple.com'],
    ['a word that is not a host', 'apple', null],
    ['an empty string', '', null],
    ['a space inside', 'support apple.com', null],
  ])('turns %s into a bare hostname or nothing', (_, input, expected) => {
    expect(normalizeHost(input)).toBe(expected);
  });
});

describe('reading version-1 settings as version 2', () => {
  it('rewrites free-form disabled sites as unique bare hostnames and keeps the rest', () => {
    expect(
      sanitizeSettings({
        panel: 'off',
        disabledSites: ['https://Support.Apple.com/en-us/102563', 'support.apple.com', 'junk'],
        computer: 'mac',
        ios: '10.3',
        notifications: true,
      }),
    ).toEqual({
      panel: 'off',
      disabledSites: ['support.apple.com'],
      computer: 'mac',
      ios: '10.3',
      device: 'iphone',
      notifications: true,
      language: 'auto',
    });
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['an array', ['support.apple.com']],
  ])('turns %s into the defaults', (_, old) => {
    expect(sanitizeSettings(old)).toEqual(DEFAULT_SETTINGS);
  });
});
