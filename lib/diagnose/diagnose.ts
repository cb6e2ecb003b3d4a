import { pickChannel, sentenceEnd, type Mention, type Offer } from './channel';
import { opensGate } from './gate';
import { scan } from './matcher';
import { causeFactor, textFactor } from './posts';
import { CJK_CHARACTER } from './cjk';
import { signalMatcher, signalWeights, type SignalWeights } from './signal-table';
import {
  CAUSE_IDS,
  type CauseFinding,
  type CauseId,
  type Diagnosis,
  type Evidence,
  PAGE_TEXT_LIMITS,
  type PageText,
} from './types';
import { pageKindOf } from './page-kind';
import { readUrl } from './url';

/** Text beyond this is not read (PAGE_TEXT_LIMITS in types.ts). */
export const MAX_TEXT = PAGE_TEXT_LIMITS.text;
const MAX_TITLE = PAGE_TEXT_LIMITS.title;
const MAX_CODES = 20;
const MAX_EVIDENCE_PER_CAUSE = 8;

/** Log-odds before any evidence: most pages are not about failing backups. */
const BIAS = -2.5;
/** Positive evidence saturates, so a long page cannot outvote a clear negative forever. */
const POSITIVE_CAP = 9;
/** A signal in the title (or the search query) says more about the page than one in its body. */
const TITLE_FACTOR = 1.5;
const QUERY_FACTOR = 1.5;
/** What a mention of another product's backup weighs on a page with Apple's own message. */
const PASSING_SHARE = 1 / 3;

interface Found {
  factor: number;
  evidence: Evidence[];
}

interface Weighted {
  kind?: SignalWeights['kind'];
  backup: number;
  ownBackup?: boolean;
  passing?: boolean;
  causes?: Partial<Record<CauseId, number>>;
}

export function emptyDiagnosis(): Diagnosis {
  return { isBackupError: false, confidence: 0, channel: 'none', causes: [], errorCodes: [] };
}

function asText(value: unknown, max: number): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

/**
 * Decides whether a page is about a failing iPhone/iPad backup, which backup, and why. A page that
 * never names a backup (and is no known article) is decided from its URL alone, without building
 * or running the matcher: the cost every unrelated Apple page pays stays tiny. Its causes and
 * error codes are then empty, and its confidence is what the URL alone gives.
 */
export function diagnose(page: PageText): Diagnosis {
  return diagnoseWithPrior(page, 0);
}

/**
 * `diagnose` with extra log-odds known from the context, e.g. the popup's troubleshooter, where
 * the user has already said that a backup fails.
 */
export function diagnoseWithPrior(page: PageText, prior: number): Diagnosis {
  return diagnoseGated(page, prior, true);
}

/**
 * `diagnoseWithPrior`, optionally without the gate that skips pages never naming a backup (tests
 * compare both ways).
 */
export function diagnoseGated(page: PageText, prior: number, gated: boolean): Diagnosis {
  try {
    const p = Number.isFinite(prior) ? prior : 0;
    // With a prior the caller already knows a backup fails, so the page is read in full.
    return diagnoseUnsafe(page, p, gated && p === 0);
  } catch {
    // Every input is supposed to be handled above; this keeps a page working if one is not.
    return emptyDiagnosis();
  }
}

/** The page as diagnose reads it: the title, the text and the URL's search query cut to size. */
function fieldsOf(page: PageText) {
  const p: Partial<PageText> = typeof page === 'object' && page !== null ? page : {};
  const url = readUrl(asText(p.url, 4096));
  return {
    p,
    title: asText(p.title, MAX_TITLE),
    text: asText(p.text, MAX_TEXT),
    url,
    query: url.query.slice(0, MAX_TITLE),
  };
}

/**
 * Whether what diagnose reads of the page (its title, search query and text) holds a CJK
 * character: only then can the CJK part of the tables find anything there (cjk.ts).
 */
export function holdsCjk(page: PageText): boolean {
  const { title, query, text } = fieldsOf(page);
  return CJK_CHARACTER.test(title) || CJK_CHARACTER.test(query) || CJK_CHARACTER.test(text);
}

interface Findings {
  weighted: { id: string; w: Weighted; factor: number; evidence: Evidence[] }[];
  codes: string[];
  /** Every place that names a backup, and every sentence offering one instead (channel.ts). */
  mentions: Mention[];
  offers: Offer[];
}

/**
 * Every signal and URL hint the page shows, with its evidence: the explainable part. `gated`: a
 * page whose title, query and text never name a backup, and whose URL is no known article, is not
 * read for signals at all (see gate.ts).
 */
function find(page: PageText, gated: boolean): Findings {
  const { p, title, text, url, query } = fieldsOf(page);

  const found = new Map<number, Found>();
  const codes: string[] = [];
  const codeKeys = new Set<string>();
  const mentions: Mention[] = [];
  const offers: Offer[] = [];
  const fields: [string, number, Evidence['kind'] | null][] = [
    [title, TITLE_FACTOR, 'title'],
    [query, QUERY_FACTOR, 'url'],
    [text, 1, null],
  ];
  const read = !gated || opensGate(url, [title, query, text]);
  const m = read ? signalMatcher() : null;
  const weights = signalWeights();
  for (const [field, [source, factor, kind]] of fields.entries()) {
    if (source.length === 0 || m === null) continue;
    for (const hit of scan(m, source)) {
      const signal = weights[hit.signal];
      if (!signal) continue;
      const here = kind === null ? textFactor(p, hit.start) * factor : factor;
      const f = found.get(hit.signal) ?? { factor: 0, evidence: [] };
      f.factor = Math.max(f.factor, here);
      if (signal.offers === true) {
        offers.push({ field, start: hit.start, end: sentenceEnd(source, hit.end) });
      }
      if ((signal.icloud ?? 0) > 0 || (signal.computer ?? 0) > 0) {
        mentions.push({
          source: hit.signal,
          icloud: signal.icloud ?? 0,
          computer: signal.computer ?? 0,
          field,
          start: hit.start,
          end: hit.end,
          factor: here,
          message: signal.kind === 'error-message' || signal.kind === 'error-code',
        });
      }
      f.evidence.push({ quote: source.slice(hit.start, hit.end), kind: kind ?? signal.kind });
      found.set(hit.signal, f);
      if (signal.kind === 'error-code') {
        for (const [s, e] of hit.codes) {
          // The same code written twice in different case is one code, listed as first written.
          const code = source.slice(s, e);
          const key = code.toLowerCase();
          if (!codeKeys.has(key) && codes.length < MAX_CODES) {
            codeKeys.add(key);
            codes.push(code);
          }
        }
      }
    }
  }

  const weighted: Findings['weighted'] = [];
  for (const [index, f] of found) {
    const signal: SignalWeights | undefined = weights[index];
    if (signal) weighted.push({ id: signal.id, w: signal, factor: f.factor, evidence: f.evidence });
  }
  for (const [i, { hint, quote }] of url.hints.entries()) {
    weighted.push({ id: `url:${hint.id}`, w: hint, factor: 1, evidence: [{ quote, kind: 'url' }] });
    // A known article is about its backup as much as a line of the page that names it.
    mentions.push({
      source: -1 - i,
      icloud: hint.icloud ?? 0,
      computer: hint.computer ?? 0,
      field: fields.length + i,
      start: 0,
      end: 0,
      factor: 1,
      message: false,
    });
  }
  return { weighted, codes, mentions, offers };
}

/**
 * Which signals (by id) and URL hints (`url:<id>`) a page shows, with their evidence and the
 * log-odds each adds: why `diagnose` decided what it did.
 */
export function explain(page: PageText): { id: string; backup: number; evidence: Evidence[] }[] {
  return find(page, false).weighted.map(({ id, w, factor, evidence }) => ({
    id,
    backup: w.backup * factor,
    evidence,
  }));
}

function diagnoseUnsafe(page: PageText, prior: number, gated: boolean): Diagnosis {
  const { weighted, codes, mentions, offers } = find(page, gated);
  let positive = 0;
  let negative = 0;
  // Apple's message about this iPhone's own backup makes another product's backup a side note.
  const own = weighted.some(({ w }) => w.ownBackup === true);
  for (const { w, factor } of weighted) {
    if (w.backup > 0) positive += w.backup * factor;
    else negative += w.backup * factor * (own && w.passing === true ? PASSING_SHARE : 1);
  }
  const z = BIAS + prior + Math.min(positive, POSITIVE_CAP) + negative;
  const confidence = Math.round(1000 / (1 + Math.exp(-z))) / 1000;
  const isBackupError = confidence >= 0.5;

  return {
    isBackupError,
    confidence,
    channel: isBackupError ? pickChannel(mentions, offers) : 'none',
    causes: rankCauses(weighted),
    errorCodes: codes,
    ...(isBackupError ? { pageKind: pageKindOf(page) } : {}),
  };
}

/** Noisy-or per cause: each piece of evidence independently points at it with its weight. */
function rankCauses(
  weighted: { w: Weighted; factor: number; evidence: Evidence[] }[],
): CauseFinding[] {
  const miss = new Map<CauseId, number>();
  const evidence = new Map<CauseId, Evidence[]>();
  for (const { w, factor, evidence: ev } of weighted) {
    for (const id of CAUSE_IDS) {
      const weight = (w.causes?.[id] ?? 0) * causeFactor(factor);
      if (weight <= 0) continue;
      miss.set(id, (miss.get(id) ?? 1) * (1 - Math.min(weight, 1)));
      const list = evidence.get(id) ?? [];
      for (const e of ev) if (list.length < MAX_EVIDENCE_PER_CAUSE) list.push(e);
      evidence.set(id, list);
    }
  }
  const out: CauseFinding[] = [];
  for (const id of CAUSE_IDS) {
    const m = miss.get(id);
    if (m === undefined) continue;
    out.push({ id, score: Math.round((1 - m) * 1000) / 1000, evidence: evidence.get(id) ?? [] });
  }
  return out.sort((a, b) => b.score - a.score || CAUSE_IDS.indexOf(a.id) - CAUSE_IDS.indexOf(b.id));
}
