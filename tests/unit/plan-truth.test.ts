import { describe, expect, it } from 'vitest';
import { EN_STRINGS } from '../../lib/i18n/strings';
import { TROUBLESHOOTER_CHOICES } from '../../content/troubleshooter';
import { planFixes } from '../../lib/plan';
import {
  answeredChoice,
  narrowedDiagnosis,
  NONE_OF_THESE,
  questionChoices,
} from '../../lib/plan/answer';
import { headline, incidentHeadline, pageHeadline } from '../../lib/plan/headline';
import { askerWords, pageDevice, readPageFacts } from '../../lib/plan/page-facts';
import { buildSummary } from '../../lib/plan/summary';
import { diagnosis, event, service } from './plan-helpers';

const guide = {
  ...diagnosis('icloud', [
    ['icloud-storage-full', 0.9],
    ['network', 0.5],
    ['service-outage', 0.3],
  ]),
  pageKind: 'guide' as const,
};
const report = { ...guide, pageKind: 'report' as const };

describe('the page’s headline', () => {
  it.each([
    ['a guide with three causes', guide, 'iCloud backup: this page covers 3 possible causes'],
    [
      'a guide with one cause',
      { ...diagnosis('computer', [['connection', 0.9]]), pageKind: 'guide' as const },
      'Computer backup: this page covers one possible cause, the iPhone’s connection to the computer',
    ],
    [
      'a guide with no cause',
      { ...diagnosis('icloud'), pageKind: 'guide' as const },
      'iCloud backup failing: the page doesn’t say why',
    ],
    ['a report', report, 'iCloud backup: not enough iCloud storage, and 2 more possible causes'],
  ])('for %s', (_, d, expected) => {
    expect(pageHeadline(d, 'iphone', EN_STRINGS)).toBe(expected);
  });

  it('names the device the steps are for', () => {
    expect(headline(diagnosis('both', [['device-storage-low', 0.9]]), 'ipad', EN_STRINGS)).toBe(
      'iPad backup: little free space on the iPad',
    );
  });

  it.each([
    ['outage', 'Apple’s side: iCloud Backup is down. Wait for Apple’s fix.'],
    ['issue', 'Apple’s side: iCloud Backup has a problem. Wait for Apple’s fix.'],
    ['maintenance', 'Apple’s side: iCloud Backup is under maintenance. Wait for it to end.'],
  ] as const)('says Apple’s %s in plain words', (state, expected) => {
    expect(
      incidentHeadline({ service: 'iCloud Backup', event: event({ state }) }, EN_STRINGS),
    ).toBe(expected);
  });
});

describe('“What do you see?” on a guide', () => {
  it.each([
    ['icloud', ['device', 'other'], 'computer-backup-corrupt'],
    ['computer', ['computer', 'other'], 'iphone-backup-failed'],
  ] as const)('offers the %s page’s messages only', (channel, groups, absent) => {
    const ids = questionChoices(channel).map((c) => c.id);
    expect(ids).not.toContain(absent);
    expect(ids).not.toContain('not-sure');
    for (const c of questionChoices(channel)) expect(groups).toContain(c.group);
  });

  it('offers every message on a page about both backups', () => {
    expect(questionChoices('both')).toHaveLength(TROUBLESHOOTER_CHOICES.length - 1);
  });

  it('narrows the plan to the message picked', () => {
    const narrowed = narrowedDiagnosis(guide, 'not-enough-icloud-storage');
    expect(narrowed.causes.map((c) => c.id)).toEqual(['icloud-storage-full']);
    expect(narrowed.pageKind).toBe('report');
    const before = planFixes(guide, null, { computer: 'mac' }).steps.map((s) => s.id);
    const after = planFixes(narrowed, null, { computer: 'mac' }).steps.map((s) => s.id);
    expect(after.length).toBeLessThan(before.length);
    expect(after).not.toContain('network-wifi-check');
  });

  it.each([
    ['unanswered', null],
    ['“none of these”', NONE_OF_THESE],
    ['an answer from another page’s channel', 'computer-backup-corrupt'],
    ['an unknown answer', 'whatever'],
  ])('keeps the page’s own plan when %s', (_, answer) => {
    expect(narrowedDiagnosis(guide, answer)).toBe(guide);
    expect(answeredChoice(guide, answer)).toBeNull();
  });

  it('never narrows a report: the asker’s words are theirs already', () => {
    expect(narrowedDiagnosis(report, 'not-enough-icloud-storage')).toBe(report);
  });
});

describe('what the page says besides its diagnosis', () => {
  const page = (url: string, title: string, text = '') => ({ url, title, text });

  it.each([
    [
      'an iPad user guide',
      page(
        'https://support.apple.com/en-us/guide/ipad/back-up-ipad-ipad9a74df05/ipados',
        'Back up',
      ),
      'ipad',
    ],
    [
      'an iPod touch user guide',
      page('https://support.apple.com/guide/ipod-touch/back-up-iph3ecf67d29/ios', 'Back up'),
      'ipod',
    ],
    [
      'a thread titled about an iPad',
      page('https://discussions.apple.com/thread/1', 'iPad won’t back up'),
      'ipad',
    ],
    [
      'a thread whose question names an iPad',
      page('https://discussions.apple.com/thread/1', 'Backup failed', 'My iPad Air says …'),
      'ipad',
    ],
    [
      'an article about both',
      page('https://support.apple.com/en-us/102563', 'If your iPhone or iPad won’t back up'),
      null,
    ],
    [
      'an article whose text alone names an iPad',
      page('https://support.apple.com/en-us/102563', 'Back up', 'On an iPad, open Settings.'),
      null,
    ],
    [
      'a thread naming two devices',
      page('https://discussions.apple.com/thread/1', 'Backup failed', 'My iPhone and my iPad'),
      null,
    ],
  ])('%s', (_, p, device) => {
    expect(pageDevice(p)).toBe(device);
  });

  it.each([
    [
      'a thread: its question’s title',
      page('https://discussions.apple.com/thread/1', '  iPad won’t   back up '),
      { kind: 'question', text: 'iPad won’t back up' },
    ],
    [
      'a search: what was typed',
      page('https://support.apple.com/en-us/search?q=backup+failed', 'Search - Apple Support'),
      { kind: 'search', text: 'backup failed' },
    ],
    ['an article: nobody’s words', page('https://support.apple.com/en-us/102563', 'Back up'), null],
  ])('the asker’s words on %s', (_, p, words) => {
    expect(askerWords(p)).toEqual(words);
    expect(readPageFacts(p).asker).toEqual(words);
  });
});

describe('the copied summary', () => {
  const base = {
    diagnosis: guide,
    answer: null,
    url: 'https://support.apple.com/en-us/102563',
    status: 'iCloud Backup: outage since 14:02 · checked just now',
    device: 'iphone' as const,
    computer: 'Mac',
    ios: 'iOS 26',
    strings: EN_STRINGS,
    done: [],
    fixed: false,
  };

  it('puts Apple’s side first, with Apple’s words, then the page’s causes after Apple’s fix', () => {
    const plan = planFixes(guide, [service('iCloud Backup', [event()])], { computer: 'mac' });
    const lines = buildSummary({ ...base, plan }).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'iPhone backup problem (summary from Backup Doctor)',
      'Problem: Apple’s side: iCloud Backup is down. Wait for Apple’s fix.',
      'Apple says: “Users may be unable to back up to iCloud.”',
      'If it still fails after Apple’s fix: iCloud backup: this page covers 3 possible causes',
    ]);
  });

  it('says what the reader sees once they answered, for their device', () => {
    const narrowed = narrowedDiagnosis(guide, 'not-enough-icloud-storage');
    const plan = planFixes(narrowed, null, { computer: 'mac', device: 'ipad' });
    const lines = buildSummary({
      ...base,
      answer: 'not-enough-icloud-storage',
      device: 'ipad',
      plan,
    }).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'iPad backup problem (summary from Backup Doctor)',
      'Problem: iCloud backup: not enough iCloud storage',
      'What I see: “Not Enough Storage”: not enough iCloud storage available',
    ]);
    expect(lines.join('\n')).not.toMatch(/iPhone/);
  });
});
