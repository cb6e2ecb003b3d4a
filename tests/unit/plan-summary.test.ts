import { describe, expect, it } from 'vitest';
import { EN_STRINGS } from '../../lib/i18n/strings';
import { planFixes } from '../../lib/plan';
import { evidenceQuotes, headline } from '../../lib/plan/headline';
import { buildSummary } from '../../lib/plan/summary';
import { diagnosis } from './plan-helpers';

describe('headline', () => {
  it.each([
    [
      'one cause',
      diagnosis('icloud', [['icloud-storage-full', 0.9]]),
      'iCloud backup: not enough iCloud storage',
    ],
    [
      'two causes',
      diagnosis('computer', [
        ['connection', 0.9],
        ['outdated-software', 0.4],
      ]),
      'Computer backup: the iPhone’s connection to the computer, and 1 more possible cause',
    ],
    [
      'three causes',
      diagnosis('both', [
        ['network', 0.2],
        ['apple-account', 0.9],
        ['restrictions', 0.3],
      ]),
      'iPhone backup: Apple Account sign-in, and 2 more possible causes',
    ],
    ['no cause', diagnosis('icloud'), 'iCloud backup failing: the page doesn’t say why'],
  ])('names %s in plain words', (_, d, expected) => {
    expect(headline(d, 'iphone', EN_STRINGS)).toBe(expected);
  });
});

describe('evidenceQuotes', () => {
  it('lists each visible quote once (whatever its case or spacing), strongest cause first, without URLs or words inside a longer quote', () => {
    const d = {
      ...diagnosis('icloud'),
      causes: [
        {
          id: 'icloud-storage-full' as const,
          score: 0.9,
          evidence: [
            { quote: 'Not enough storage', kind: 'error-message' as const },
            { quote: 'support.apple.com/102563', kind: 'url' as const },
          ],
        },
        {
          id: 'network' as const,
          score: 0.3,
          evidence: [
            { quote: 'not  enough\nstorage', kind: 'phrase' as const },
            { quote: 'Wi-Fi', kind: 'phrase' as const },
            { quote: 'storage', kind: 'phrase' as const },
          ],
        },
      ],
    };
    expect(evidenceQuotes(d).map((e) => e.quote)).toEqual(['Not enough storage', 'Wi-Fi']);
  });
});

describe('buildSummary', () => {
  const d = {
    ...diagnosis('computer'),
    causes: [
      {
        id: 'connection' as const,
        score: 0.9,
        evidence: [
          {
            quote: 'iTunes could not back up the iPhone because the iPhone disconnected',
            kind: 'error-message' as const,
          },
        ],
      },
    ],
    errorCodes: ['0xE8000084'],
  };
  const plan = planFixes(d, null, { computer: 'windows' });
  const base = {
    diagnosis: d,
    answer: null,
    plan,
    device: 'iphone' as const,
    url: 'https://discussions.apple.com/thread/255012345',
    status: 'iCloud Backup: available · checked 3 minutes ago',
    computer: 'Windows',
    ios: 'iOS 15 or later',
    strings: EN_STRINGS,
  };

  it('gives the problem, the message, the codes, the page, the status, the setup and the steps tried', () => {
    const text = buildSummary({
      ...base,
      done: ['connection-unlock-trust', 'connection-cable-port'],
      fixed: false,
    });
    expect(text.split('\n')).toEqual([
      'iPhone backup problem (summary from Backup Doctor)',
      'Problem: Computer backup: the iPhone’s connection to the computer',
      'The message: “iTunes could not back up the iPhone because the iPhone disconnected”',
      'Error codes: 0xE8000084',
      'Page I was reading: https://discussions.apple.com/thread/255012345',
      'Apple System Status: iCloud Backup: available · checked 3 minutes ago',
      'My setup: Windows, iOS 15 or later',
      '',
      'What I’ve tried:',
      '- Unlock the iPhone and trust the computer',
      '- Try another cable and USB port',
      '',
      'Not tried yet:',
      ...plan.steps.slice(2).map((s) => `- ${s.title}`),
      '',
      'Result: still not backing up.',
    ]);
  });

  it('says when nothing was tried, and when it was fixed', () => {
    const text = buildSummary({ ...base, done: [], fixed: true });
    expect(text).toContain('What I’ve tried: nothing from this list yet');
    expect(text).not.toContain('Not tried yet:');
    expect(text.endsWith('Result: this fixed it.')).toBe(true);
  });
});
