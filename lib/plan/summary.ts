import { format } from '../../content/strings/format';
import type { DeviceKind } from '../../content/steps/types';
import type { Diagnosis } from '../diagnose/types';
import type { Strings } from '../i18n/strings';
import { answeredChoice, narrowedDiagnosis } from './answer';
import { evidenceQuotes, incidentHeadline, pageHeadline } from './headline';
import type { FixPlan } from './types';

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
  /** The panel's language: the summary is written in it. */
  strings: Strings;
}

/**
 * Plain text to paste into Apple Support chat or a Community post: the problem (Apple's side
 * first when Apple reports an incident), the page, the error as the page words it, Apple's
 * status, the setup, and which steps were tried.
 */
export function buildSummary(input: SummaryInput): string {
  const { plan, strings } = input;
  const S = strings.ui.panel.summary;
  const d = narrowedDiagnosis(input.diagnosis, input.answer);
  const seen = answeredChoice(input.diagnosis, input.answer);
  const done = new Set(input.done);
  const tried = plan.steps.filter((s) => done.has(s.id));
  const notTried = plan.steps.filter((s) => !done.has(s.id));
  // Once the reader said what they see, that is the message; the page's words are not theirs.
  const quote = seen ? undefined : evidenceQuotes(d).find((e) => e.kind === 'error-message');
  const codes = input.diagnosis.errorCodes;
  const page = pageHeadline(d, input.device, strings);
  const problem = plan.incident
    ? [
        format(S.problem, { headline: incidentHeadline(plan.incident, strings) }),
        ...(plan.incident.event.message
          ? [format(S.appleSays, { message: plan.incident.event.message })]
          : []),
        format(S.afterFix, { headline: page }),
      ]
    : [format(S.problem, { headline: page })];
  const lines = [
    format(S.title, { device: strings.ui.devices[input.device] }),
    ...problem,
    ...(seen ? [format(S.seen, { what: strings.ui.choices[seen.id] })] : []),
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
