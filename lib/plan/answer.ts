import { TROUBLESHOOTER_CHOICES, type TroubleshooterChoice } from '../../content/troubleshooter';
import type { Channel, Diagnosis } from '../diagnose/types';
import { diagnoseChoice } from '../troubleshoot/diagnose-choice';

/** The answer "none of these": the reader sees none of the messages offered. */
export const NONE_OF_THESE = 'none';

/** "I'm not sure" says what "none of these" says beside the page's own plan. */
const LEFT_OUT = new Set(['not-sure']);

/**
 * The messages a guide's reader may see, for the page's channel: an iCloud page offers what the
 * device shows, a computer page what Finder, iTunes or Apple Devices show, a page on both all.
 */
export function questionChoices(channel: Channel): TroubleshooterChoice[] {
  return TROUBLESHOOTER_CHOICES.filter(
    (c) =>
      !LEFT_OUT.has(c.id) &&
      (channel === 'both' || channel === 'none' || c.channel === channel || c.group === 'other'),
  );
}

/** The choice an answer stands for on this page, or null (unanswered, "none of these", stale). */
export function answeredChoice(
  page: Diagnosis,
  answer: string | null,
): TroubleshooterChoice | null {
  if (page.pageKind !== 'guide' || answer === null) return null;
  return questionChoices(page.channel).find((c) => c.id === answer) ?? null;
}

/**
 * What the plan is built from. On a guide, the message the reader says they see (through the
 * same diagnose as the popup's troubleshooter); unanswered or "none of these", the page's own
 * diagnosis, which lists what the page covers. A report is the reader's own words already.
 */
export function narrowedDiagnosis(page: Diagnosis, answer: string | null): Diagnosis {
  const choice = answeredChoice(page, answer);
  return choice ? diagnoseChoice(choice).diagnosis : page;
}
