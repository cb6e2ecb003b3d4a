import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINAL_STEP } from '../../content/steps/causes';
import { STEPS_BY_ID } from '../../content/steps/table';
import { INCIDENT_FIRST_SERVICES } from '../../content/services';
import { CAUSE_IDS, type CauseId, type Channel } from '../../lib/diagnose/types';
import { planFixes } from '../../lib/plan';
import type { Env, FixPlan } from '../../lib/plan/types';
import type { ServiceStatus } from '../../lib/status/types';
import { diagnosis, event, service } from './plan-helpers';

const CHANNELS: readonly Channel[] = ['icloud', 'computer', 'both', 'none'];
const FINALS = new Set(Object.values(FINAL_STEP));

const STATUS: Record<string, ServiceStatus[] | null> = {
  unknown: null,
  healthy: INCIDENT_FIRST_SERVICES.map((name) => service(name)),
  incident: INCIDENT_FIRST_SERVICES.map((name, i) => service(name, i === 0 ? [event()] : [])),
};

/**
 * What breaks the plan's safety rules: a risky step before a safer one (the final "back up now"
 * steps close every plan and are not fixes), a risky step without a caution, or a step before
 * what it requires.
 */
function ruleBreaks(plan: FixPlan): string[] {
  const ids = plan.steps.map((s) => s.id);
  const risky = (id: string) => STEPS_BY_ID.get(id)?.risk !== undefined;
  const breaks: string[] = [];
  ids.forEach((id, i) => {
    if (!risky(id)) return;
    const saferAfter = ids.slice(i + 1).find((later) => !risky(later) && !FINALS.has(later));
    if (saferAfter) breaks.push(`${id} before the safer ${saferAfter}`);
    if (!plan.steps[i]?.caution) breaks.push(`${id} without a caution`);
    for (const before of STEPS_BY_ID.get(id)?.requires ?? []) {
      const at = ids.indexOf(before);
      if (at < 0 || at > i) breaks.push(`${id} without ${before} before it`);
    }
  });
  return breaks;
}

/** Every subset of the causes, strongest first in the order given. */
function* everyCauseSet(): Generator<[CauseId, number][]> {
  for (let mask = 0; mask < 1 << CAUSE_IDS.length; mask++) {
    const picked = CAUSE_IDS.filter((_, i) => mask & (1 << i));
    yield picked.map((id, i) => [id, 1 - i / (picked.length + 1)]);
  }
}

describe('risky steps in plans', () => {
  it('checks what it claims: a risky step before a safer one is a break', () => {
    const plan = planFixes(diagnosis('icloud', [['network', 0.9]]), null, { computer: 'mac' });
    const swapped = { ...plan, steps: [...plan.steps].reverse() };
    expect(ruleBreaks(plan)).toEqual([]);
    expect(ruleBreaks(swapped).join(' ')).toMatch(/reset-network-settings before the safer/);
  });

  it('never puts a risky step before a safer one, for every set of causes on every channel', () => {
    let plans = 0;
    let withRisk = 0;
    for (const causes of everyCauseSet()) {
      for (const channel of CHANNELS) {
        const plan = planFixes(diagnosis(channel, causes), null, { computer: 'mac' });
        plans += 1;
        if (plan.steps.some((s) => STEPS_BY_ID.get(s.id)?.risk)) withRisk += 1;
        const breaks = ruleBreaks(plan);
        if (breaks.length > 0) {
          expect(breaks, `${channel}: ${causes.map(([id]) => id).join(', ')}`).toEqual([]);
        }
      }
    }
    expect(plans).toBe(4 << CAUSE_IDS.length);
    expect(withRisk).toBeGreaterThan(0);
    // 32,768 plans: a few seconds on a busy machine.
  }, 60_000);

  it('keeps the rules whatever the cause order, computer, iOS version and Apple’s status', () => {
    const env: fc.Arbitrary<Env> = fc.record(
      {
        computer: fc.constantFrom('mac', 'windows', 'other'),
        macos: fc.constantFrom(10.14, 10.15, 26),
        iosMajor: fc.constantFrom(26, 16, 15, 14, 11, 10.3, 10.2, 9),
      },
      { requiredKeys: ['computer'] },
    );
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...CAUSE_IDS]),
        fc.constantFrom(...CHANNELS),
        env,
        fc.constantFrom(...Object.keys(STATUS)),
        (causes, channel, e, status) => {
          const d = diagnosis(
            channel,
            causes.map((id, i): [CauseId, number] => [id, 1 - i / (causes.length + 1)]),
          );
          expect(ruleBreaks(planFixes(d, STATUS[status] ?? null, e))).toEqual([]);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('puts the encrypted computer backup before deleting a damaged iCloud backup', () => {
    for (const channel of CHANNELS) {
      const ids = planFixes(diagnosis(channel, [['corrupt-backup', 0.9]]), null, {
        computer: 'windows',
      }).steps.map((s) => s.id);
      if (!ids.includes('icloud-replace-damaged-backup')) continue;
      expect(ids.indexOf('encrypt-local-backup'), channel).toBeGreaterThanOrEqual(0);
      expect(ids.indexOf('encrypt-local-backup'), channel).toBeLessThan(
        ids.indexOf('icloud-replace-damaged-backup'),
      );
    }
  });
});
