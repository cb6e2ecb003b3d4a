import { format } from '../../content/strings/format';
import { PANEL_STRINGS } from '../../content/strings/panel';
import type { Diagnosis } from '../diagnose/types';
import { evidenceQuotes, headline } from './headline';
import type { FixPlan } from './types';

const S = PANEL_STRINGS.summary;

export interface SummaryInput {
  diagnosis: Diagnosis;
  plan: FixPlan;
  url: string;
  /** The status line as the panel shows it. */
  status: string;
  /** "Mac", "Windows". */
  computer: string;
  /** "iOS 15 or later". */
  ios: string;
  done: readonly string[];
  fixed: boolean;
}

/**
 * Plain text to paste into Apple Support chat or a Community post: the problem, the page, the
 * error as the page words it, Apple's status, the setup, and which steps were tried.
 */
export function buildSummary(input: SummaryInput): string {
  const { diagnosis: d, plan } = input;
  const done = new Set(input.done);
  const tried = plan.steps.filter((s) => done.has(s.id));
  const notTried = plan.steps.filter((s) => !done.has(s.id));
  const quote = evidenceQuotes(d).find((e) => e.kind === 'error-message');
  const lines = [
    S.title,
    format(S.problem, { headline: headline(d) }),
    ...(quote ? [format(S.quote, { quote: quote.quote })] : []),
    ...(d.errorCodes.length ? [format(S.codes, { codes: d.errorCodes.join(', ') })] : []),
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
