import { format } from '../../content/strings/format';
import { PANEL_STRINGS } from '../../content/strings/panel';
import type { DeviceKind } from '../../content/steps/types';
import { DEVICE_NAMES } from '../../content/strings/steps';
import type { Diagnosis } from '../diagnose/types';
import { answeredChoice, narrowedDiagnosis } from './answer';
import { evidenceQuotes, incidentHeadline, pageHeadline } from './headline';
import type { FixPlan } from './types';
import { CHOICE_LABELS } from '../../content/strings/choices';

const S = PANEL_STRINGS.summary;

export interface SummaryInput {
  /** The page's diagnosis. */
  diagnosis: Diagnosis;
  /** What the reader answered "What do you see?" with on a guide, or null. */
  answer: string | null;
  plan: FixPlan;
  url: string;
  /** The status line as the panel shows it. */
  status: string;
  /** The device the steps speak of. */
  device: DeviceKind;
  /** "Mac", "Windows". */
  computer: string;
  /** "iOS 15 or later". */
  ios: string;
  done: readonly string[];
  fixed: boolean;
}

/**
 * Plain text to paste into Apple Support chat or a Community post: the problem (Apple's side
 * first when Apple reports an incident), the page, the error as the page words it, Apple's
 * status, the setup, and which steps were tried.
 */
export function buildSummary(input: SummaryInput): string {
  const { plan } = input;
  const d = narrowedDiagnosis(input.diagnosis, input.answer);
  const seen = answeredChoice(input.diagnosis, input.answer);
  const done = new Set(input.done);
  const tried = plan.steps.filter((s) => done.has(s.id));
  const notTried = plan.steps.filter((s) => !done.has(s.id));
  // Once the reader said what they see, that is the message; the page's words are not theirs.
  const quote = seen ? undefined : evidenceQuotes(d).find((e) => e.kind === 'error-message');
  const codes = input.diagnosis.errorCodes;
  const page = pageHeadline(d, input.device);
  const problem = plan.incident
    ? [
        format(S.problem, { headline: incidentHeadline(plan.incident) }),
        ...(plan.incident.event.message
          ? [format(S.appleSays, { message: plan.incident.event.message })]
          : []),
        format(S.afterFix, { headline: page }),
      ]
    : [format(S.problem, { headline: page })];
  const lines = [
    format(S.title, { device: DEVICE_NAMES[input.device] }),
    ...problem,
    ...(seen ? [format(S.seen, { what: CHOICE_LABELS[seen.id] })] : []),
    ...(quote ? [format(S.quote, { quote: quote.quote })] : []),
    ...(codes.length ? [format(S.codes, { codes: codes.join(', ') })] : []),
    format(S.page, { url: input.url }),
    format(S.status, { status: input.status }),
    format(S.setup, { computer: input.computer, ios: input.ios }),
    '',
    ...(tried.length
      ? [S.tried, ...tried.map((s) => format(S.triedItem, { title: s.title }))]
      : [S.triedNone]),
    ...(notTried.length && !input.fixed
      ? ['', S.notYet, ...notTried.map((s) => format(S.triedItem, { title: s.title }))]
      : []),
    '',
    input.fixed ? S.fixed : S.notFixed,
  ];
  return lines.join('\n');
}
