import {
  CAUSE_STEPS,
  DRASTIC_STEPS,
  FINAL_STEP,
  GENERAL_STEPS,
  type ChannelSteps,
} from '../../content/steps/causes';
import { ENGLISH_STEPS, resolveStep, type StepLanguage } from '../../content/steps/resolve';
import { STEPS_BY_ID } from '../../content/steps/table';
import type { CauseId, Channel, Diagnosis } from '../diagnose/types';
import type { ServiceStatus } from '../status/types';
import { computerVariant, iosRange } from './env';
import { appleSideHealthy, findIncident } from './incident';
import type { Env, FixPlan, FixStep } from './types';

export { envFromPlatform } from './env';
export { problemKey } from './problem-key';

type StepChannel = keyof ChannelSteps;

/** The step lists a channel reads: both lists when the page names both or neither. */
function channelsOf(channel: Channel): StepChannel[] {
  if (channel === 'icloud') return ['icloud'];
  if (channel === 'computer') return ['computer'];
  return ['icloud', 'computer'];
}

function merged(lists: ChannelSteps, channels: StepChannel[]): string[] {
  return [...new Set(channels.flatMap((c) => lists[c]))];
}

/** A cause's steps for these channels, or the other channel's when it has none for them. */
function stepsForCause(cause: CauseId, channels: StepChannel[]): string[] {
  const own = merged(CAUSE_STEPS[cause], channels);
  return own.length > 0 ? own : merged(CAUSE_STEPS[cause], ['icloud', 'computer']);
}

/** Causes whose steps (for these channels) include the step: used to label a general plan. */
function causesListing(id: string, channels: StepChannel[]): CauseId[] {
  return (Object.keys(CAUSE_STEPS) as CauseId[]).filter((cause) =>
    merged(CAUSE_STEPS[cause], channels).includes(id),
  );
}

/**
 * The fix plan for a diagnosis: an ongoing incident on Apple's side first (it is theirs to fix,
 * so the first step is to wait), then each cause's steps, strongest cause first and each step
 * once, at its earliest place; steps that lose settings or are hard to undo after all gentler
 * ones; and last, trying the backup again. With no cause, the general checks for the channel.
 * An iCloud incident does not block a backup to a computer, so it is ignored on that channel.
 * When fresh status shows Apple's side healthy, the steps about Apple's side are left out.
 * `services` must be fresh (see `freshServices`): stale data is no evidence either way.
 * `language` gives the steps' words (a surface's `Strings`); English when left out.
 */
export function planFixes(
  d: Diagnosis,
  services: ServiceStatus[] | null,
  env: Env,
  language: StepLanguage = ENGLISH_STEPS,
): FixPlan {
  const channels = channelsOf(d.channel);
  const incident = d.channel === 'computer' ? null : findIncident(services);
  const causes = [...d.causes].sort((a, b) => b.score - a.score).map((c) => c.id);
  const general = causes.length === 0;

  const order: string[] = [];
  const causesOf = new Map<string, CauseId[]>();
  const add = (id: string, labels: CauseId[]) => {
    // What a step requires (an encrypted computer backup before deleting an iCloud one) goes first.
    for (const before of STEPS_BY_ID.get(id)?.requires ?? []) add(before, labels);
    if (!causesOf.has(id)) order.push(id);
    const known = causesOf.get(id) ?? [];
    causesOf.set(id, [...known, ...labels.filter((c) => !known.includes(c))]);
  };

  if (incident) add('wait-for-apple', ['service-outage']);
  const healthy = appleSideHealthy(services);
  const skip = (id: string) =>
    (incident !== null && id === 'check-apple-status') ||
    (healthy && (id === 'check-apple-status' || id === 'wait-for-apple'));
  if (general) {
    for (const id of merged(GENERAL_STEPS, channels)) {
      if (!skip(id)) add(id, causesListing(id, channels));
    }
  } else {
    for (const cause of causes) {
      for (const id of stepsForCause(cause, channels)) if (!skip(id)) add(id, [cause]);
    }
  }
  const finals = channels.map((c) => FINAL_STEP[c]).filter((id) => !causesOf.has(id));
  for (const id of finals) add(id, causes);

  const body = order.filter((id) => !finals.includes(id));
  const ids = [
    ...body.filter((id) => !DRASTIC_STEPS.has(id)),
    ...body.filter((id) => DRASTIC_STEPS.has(id)),
    ...finals,
  ];

  const computer = computerVariant(env);
  const ios = iosRange(env);
  const steps = ids.flatMap((id): FixStep[] => {
    const def = STEPS_BY_ID.get(id);
    if (!def) return [];
    const text = resolveStep(def, computer, ios, env.device, language);
    return [
      {
        id,
        title: text.title,
        instructions: text.instructions,
        where: text.where,
        check: text.check,
        ...(text.caution ? { caution: text.caution } : {}),
        ...(text.link ? { link: text.link } : {}),
        ...(text.computer ? { computer: text.computer } : {}),
        causes: causesOf.get(id) ?? [],
      },
    ];
  });

  return { incident, steps, general };
}
