import type { Signal } from '../../content/diagnosis/types';
import { isRecord } from '../untrusted';
import { COMPILED_SIGNALS_JSON, SIGNAL_WEIGHTS_JSON } from './compiled-signals.generated';
import { revive, type Matcher, type MatcherData } from './matcher';

/**
 * What a page needs of a signal: its weights, not its patterns, where they are proven, nor the
 * example wording only the troubleshooter shows (messages.generated.ts).
 */
export type SignalWeights = Omit<Signal, 'patterns' | 'fixture' | 'unsure' | 'example'>;

/**
 * The CJK part of the tables, compiled apart from the core (signals.ts says which signals, cjk.ts
 * why a page without a CJK character does without it): as cjk-signals.generated.ts holds it for
 * Node, the tests and the eval (index.ts adds it) and as the panel loads it from the extension's file.
 */
export interface SignalPart {
  matcher: MatcherData;
  weights: SignalWeights[];
  /** Each signal's place in the tables' order (signals.ts), so merged tables keep that order. */
  ranks: number[];
}

const CORE_WEIGHTS = JSON.parse(SIGNAL_WEIGHTS_JSON) as SignalWeights[];

let coreData: MatcherData | null = null;
let cjk: SignalPart | null = null;
let weights: readonly SignalWeights[] = CORE_WEIGHTS;
let compiled: Matcher | null = null;

/**
 * Every loaded signal's weights: the core's, then the CJK part's once added. A hit's `signal`
 * indexes them.
 */
export function signalWeights(): readonly SignalWeights[] {
  return weights;
}

/**
 * The matcher of the loaded tables, revived on first use from the data compiled at build time
 * (`npm run generate`), so loading the module on an unrelated page costs nothing and a page never
 * parses the patterns. Revived again once the CJK part is added.
 */
export function signalMatcher(): Matcher {
  if (!compiled) {
    coreData ??= JSON.parse(COMPILED_SIGNALS_JSON) as MatcherData;
    compiled = revive(cjk ? mergeParts(coreData, cjk) : coreData);
  }
  return compiled;
}

/** Adds the CJK part to the loaded tables; adding it again does nothing. */
export function addCjkPart(part: SignalPart): void {
  if (cjk) return;
  cjk = part;
  weights = [...CORE_WEIGHTS, ...part.weights];
  compiled = null;
}

/**
 * The core's matcher data with a part's after it: its classes after the core's (the part's
 * patterns' class numbers moved up by as many), its signals after the core's, and `order`
 * interleaving them as the tables list them (the core's take the places the part leaves), so
 * patterns are tried in the order of the tables they were split from and the same hits are kept.
 */
export function mergeParts(core: MatcherData, part: SignalPart): MatcherData {
  const offset = core.classes.length;
  const moved = part.matcher.patterns.map((patterns) =>
    patterns.map((steps) =>
      steps.map((step) =>
        typeof step === 'string'
          ? step
          : step.map((p, i) => (i > 0 && typeof p === 'number' ? p + offset : p)),
      ),
    ),
  );
  const taken = new Set(part.ranks);
  const ranks: number[] = [];
  for (let place = 0; ranks.length < core.patterns.length; place++) {
    if (!taken.has(place)) ranks.push(place);
  }
  ranks.push(...part.ranks);
  const order = ranks.map((_, i) => i).sort((a, b) => (ranks[a] ?? 0) - (ranks[b] ?? 0));
  return {
    classes: [...core.classes, ...part.matcher.classes],
    patterns: [...core.patterns, ...moved],
    order,
  };
}

const KINDS = new Set<unknown>(['error-message', 'error-code', 'phrase']);

const isWords = (v: unknown): boolean =>
  typeof v === 'string' ||
  (Array.isArray(v) && v.length > 0 && v.every((w) => typeof w === 'string'));

const optionalNumber = (v: unknown): boolean => v === undefined || Number.isFinite(v);
const optionalBoolean = (v: unknown): boolean => v === undefined || typeof v === 'boolean';

function isStep(step: unknown, classCount: number): boolean {
  if (typeof step === 'string') return true;
  if (!Array.isArray(step) || step.length < 2 || (step[0] !== 0 && step[0] !== 1)) return false;
  return step
    .slice(1)
    .every((p) =>
      typeof p === 'number' ? Number.isInteger(p) && p >= 0 && p < classCount : isWords(p),
    );
}

function isWeights(w: unknown): boolean {
  return (
    isRecord(w) &&
    typeof w.id === 'string' &&
    KINDS.has(w.kind) &&
    Number.isFinite(w.backup) &&
    optionalNumber(w.icloud) &&
    optionalNumber(w.computer) &&
    optionalBoolean(w.offers) &&
    optionalBoolean(w.ownBackup) &&
    optionalBoolean(w.passing) &&
    (w.causes === undefined ||
      (isRecord(w.causes) && Object.values(w.causes).every((c) => Number.isFinite(c))))
  );
}

/**
 * The CJK part as read from the extension's file (after JSON.parse), or null when it is not one:
 * a damaged file must leave the panel diagnosing with the core, never break it.
 */
export function readSignalPart(value: unknown): SignalPart | null {
  if (!isRecord(value) || !isRecord(value.matcher)) return null;
  const { classes, patterns } = value.matcher;
  const { weights: w, ranks } = value;
  if (!Array.isArray(classes) || !Array.isArray(patterns) || !Array.isArray(w)) return null;
  if (!Array.isArray(ranks) || w.length !== patterns.length || ranks.length !== patterns.length)
    return null;
  const shaped =
    classes.every((c) => Array.isArray(c) && c.every(isWords)) &&
    patterns.every(
      (ps) =>
        Array.isArray(ps) &&
        ps.every(
          (steps) =>
            Array.isArray(steps) &&
            steps.length > 0 &&
            steps.every((s) => isStep(s, classes.length)),
        ),
    ) &&
    w.every(isWeights) &&
    ranks.every((r) => Number.isSafeInteger(r) && (r as number) >= 0) &&
    new Set(ranks).size === ranks.length;
  return shaped ? (value as unknown as SignalPart) : null;
}
