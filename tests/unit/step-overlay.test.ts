import { describe, expect, it } from 'vitest';
import { EN_UI, type StepCatalog, type UiCatalog } from '../../content/strings/catalog';
import { resolveStep, type StepLanguage } from '../../content/steps/resolve';
import { STEPS_BY_ID } from '../../content/steps/table';
import type { Diagnosis } from '../../lib/diagnose/types';
import { planFixes } from '../../lib/plan';

/**
 * A made-up test locale: every word marked so a test sees which text was picked. It borrows the
 * German locale's addresses; it is no translation and lives only here.
 */
const FAKE_UI: UiCatalog = {
  ...EN_UI,
  devices: { iphone: 'T-phone', ipad: 'T-pad', ipod: 'T-pod' },
  articles: { ...EN_UI.articles, '108366': 'T:article-108366', '108967': 'T:article-108967' },
  stepList: { ...EN_UI.stepList, systemStatusLink: 'T:status-link' },
};

const FAKE_STEPS: StepCatalog = {
  steps: {
    'icloud-turn-on-backup': {
      title: 'T:title',
      instructions: ['T:base {device}'],
      where: 'T:where-base',
      ios: [
        { instructions: ['T:ios-10.3'] },
        { instructions: ['T:ios-10.2'], where: 'T:where-10.2' },
      ],
    },
    'computer-back-up-now': {
      title: 'T:backup-title',
      computer: { windows: { where: 'T:where-windows [{device}]' } },
    },
    'check-apple-status': { title: 'T:check-status' },
  },
  unsure: [],
};

const FAKE: StepLanguage = { locale: 'de', ui: FAKE_UI, steps: FAKE_STEPS };

function get(id: string) {
  const def = STEPS_BY_ID.get(id);
  if (!def) throw new Error(`no step ${id}`);
  return def;
}

describe('a translated step', () => {
  it.each([
    ['current iOS: the base text', '16+', ['T:base T-phone'], 'T:where-base'],
    ['iOS 15: the first iOS variant', '15', ['T:ios-10.3'], 'T:where-base'],
    ['iOS 10.2: the second variant, with its own place', '10.2-', ['T:ios-10.2'], 'T:where-10.2'],
  ] as const)('on %s', (_, ios, instructions, where) => {
    const step = resolveStep(get('icloud-turn-on-backup'), null, ios, 'iphone', FAKE);
    expect(step.title).toBe('T:title');
    expect(step.instructions).toEqual(instructions);
    expect(step.where).toBe(where);
  });

  it('keeps English where the translation has no words for a field', () => {
    const english = resolveStep(get('icloud-turn-on-backup'), null, '16+');
    const step = resolveStep(get('icloud-turn-on-backup'), null, '16+', 'iphone', FAKE);
    expect(step.check).toBe(english.check);
  });

  it('takes the computer variant’s words on that computer only', () => {
    const def = get('computer-back-up-now');
    expect(resolveStep(def, 'windows', '16+', 'ipad', FAKE).where).toBe('T:where-windows [T-pad]');
    const mac = resolveStep(def, 'mac-finder', '16+', 'ipad', FAKE);
    expect(mac.where).toBe(
      resolveStep(def, 'mac-finder', '16+', 'ipad').where.replace('iPad', 'T-pad'),
    );
    expect(mac.title).toBe('T:backup-title');
  });

  it('links Apple’s article in the locale, named by the catalog', () => {
    const step = resolveStep(get('icloud-turn-on-backup'), null, '16+', 'iphone', FAKE);
    expect(step.link).toEqual({
      label: 'T:article-108366',
      url: 'https://support.apple.com/de-de/108366',
    });
    const windows = resolveStep(get('computer-back-up-now'), 'windows', '16+', 'iphone', FAKE);
    expect(windows.link?.url).toBe('https://support.apple.com/de-de/108967');
  });

  it('links the System Status page in the locale’s country', () => {
    const step = resolveStep(get('check-apple-status'), null, '16+', 'iphone', FAKE);
    expect(step.title).toBe('T:check-status');
    expect(step.link).toEqual({
      label: 'T:status-link',
      url: 'https://www.apple.com/de/support/systemstatus/',
    });
  });
});

describe('planFixes with a locale', () => {
  const d: Diagnosis = {
    isBackupError: true,
    confidence: 0.9,
    channel: 'icloud',
    causes: [{ id: 'icloud-backup-off', score: 1, evidence: [] }],
    errorCodes: [],
  };

  it('speaks the locale’s words and English when called with three arguments', () => {
    const env = { computer: 'mac' } as const;
    const english = planFixes(d, null, env);
    const fake = planFixes(d, null, env, FAKE);
    expect(fake.steps.map((s) => s.id)).toEqual(english.steps.map((s) => s.id));
    const id = 'icloud-turn-on-backup';
    expect(english.steps.find((s) => s.id === id)?.title).toBe('Turn on iCloud Backup');
    expect(fake.steps.find((s) => s.id === id)?.title).toBe('T:title');
  });
});
