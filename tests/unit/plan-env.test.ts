import { describe, expect, it } from 'vitest';
import { computerVariant, iosRange } from '../../lib/plan/env';
import { envFromPlatform, problemKey } from '../../lib/plan';
import type { Env } from '../../lib/plan/types';
import type { Settings } from '../../lib/storage/schema';
import { diagnosis } from './plan-helpers';

describe('envFromPlatform', () => {
  it.each<[string, string, Pick<Settings, 'computer' | 'ios'>, Env]>([
    ['a Mac browser', 'mac', { computer: 'auto', ios: 'auto' }, { computer: 'mac' }],
    ['a Windows browser', 'win', { computer: 'auto', ios: 'auto' }, { computer: 'windows' }],
    ['Linux', 'linux', { computer: 'auto', ios: 'auto' }, { computer: 'other' }],
    ['ChromeOS', 'cros', { computer: 'auto', ios: 'auto' }, { computer: 'other' }],
    ['a Mac, set to Windows', 'mac', { computer: 'windows', ios: 'auto' }, { computer: 'windows' }],
    ['Linux, set to Mac', 'linux', { computer: 'mac', ios: 'auto' }, { computer: 'mac' }],
    [
      'iOS 16 or later chosen',
      'mac',
      { computer: 'auto', ios: '16+' },
      { computer: 'mac', iosMajor: 26 },
    ],
    ['iOS 15 chosen', 'mac', { computer: 'auto', ios: '15' }, { computer: 'mac', iosMajor: 15 }],
    [
      'iOS 10.3 chosen',
      'win',
      { computer: 'auto', ios: '10.3' },
      { computer: 'windows', iosMajor: 10.3 },
    ],
    [
      'iOS 11 to 14 chosen',
      'win',
      { computer: 'auto', ios: '11-14' },
      { computer: 'windows', iosMajor: 14 },
    ],
    [
      'iOS 10.2 or earlier chosen',
      'win',
      { computer: 'auto', ios: '10.2-' },
      { computer: 'windows', iosMajor: 10.2 },
    ],
  ])('builds the environment for %s', (_, os, settings, expected) => {
    expect(envFromPlatform(os, settings)).toEqual(expected);
  });
});

describe('computerVariant and iosRange', () => {
  it.each<[Env, string | null]>([
    [{ computer: 'mac' }, 'mac-finder'],
    [{ computer: 'mac', macos: 10.15 }, 'mac-finder'],
    [{ computer: 'mac', macos: 15 }, 'mac-finder'],
    [{ computer: 'mac', macos: 10.14 }, 'mac-itunes'],
    [{ computer: 'windows' }, 'windows'],
    [{ computer: 'other' }, null],
  ])('backs up %j with %s', (env, expected) => {
    expect(computerVariant(env)).toBe(expected);
  });

  it.each<[number | undefined, string]>([
    [undefined, '16+'],
    [26, '16+'],
    [16, '16+'],
    [15, '15'],
    [15.8, '15'],
    [14, '11-14'],
    [11, '11-14'],
    [10.3, '10.3'],
    [10.2, '10.2-'],
    [10, '10.2-'],
    [9, '10.2-'],
  ])('puts iOS %s in the %s range', (iosMajor, expected) => {
    const env: Env = iosMajor === undefined ? { computer: 'mac' } : { computer: 'mac', iosMajor };
    expect(iosRange(env)).toBe(expected);
  });
});

describe('problemKey', () => {
  it.each<[string, Parameters<typeof diagnosis>, string]>([
    [
      'channel and the two strongest causes',
      [
        'icloud',
        [
          ['icloud-storage-full', 0.9],
          ['network', 0.5],
          ['apple-account', 0.2],
        ],
      ],
      'icloud:icloud-storage-full+network',
    ],
    ['one cause', ['computer', [['connection', 0.9]]], 'computer:connection'],
    ['no cause', ['icloud', []], 'icloud:general'],
    ['no channel', ['none', []], 'none:general'],
  ])('is made of the %s', (_, args, expected) => {
    expect(problemKey(diagnosis(...args))).toBe(expected);
  });

  it('does not change when the two strongest causes swap places', () => {
    const a = diagnosis('icloud', [
      ['network', 0.6],
      ['icloud-storage-full', 0.5],
    ]);
    const b = diagnosis('icloud', [
      ['icloud-storage-full', 0.7],
      ['network', 0.6],
    ]);
    expect(problemKey(a)).toBe(problemKey(b));
  });

  it('differs between channels', () => {
    expect(problemKey(diagnosis('icloud', [['network', 0.6]]))).not.toBe(
      problemKey(diagnosis('computer', [['network', 0.6]])),
    );
  });
});
