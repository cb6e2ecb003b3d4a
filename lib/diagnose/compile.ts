/**
 * Compiles signal patterns into matcher data: each pattern becomes word-id programs, indexed by
 * their first word and, where it is fixed, the word after it. This parses and expands the tables,
 * so it runs ahead of time (scripts/generate-matcher.ts) and in tests, not on pages.
 */
import {
  ANY_HEX,
  ANY_NUM,
  GAP_WORDS,
  ROLE_ANY,
  ROLE_PAIR,
  ROLE_SECOND,
  type MatcherData,
} from './matcher';
import { splitWords, vocabularyHashes } from './tokenize';

type RawStep = { alts: string[][]; optional: boolean; gap: number };

/** A step as word ids; `alts` is empty when the step is a gap. */
interface Step {
  alts: number[][];
  optional: boolean;
  gap: number;
}

interface Program {
  signal: number;
  steps: Step[];
}

/** Programs that start with one word, split by the word that must follow (when it is fixed). */
interface Bucket {
  anySecond: Program[];
  bySecond: Map<number, Program[]>;
}

const PART = /\[[^\]]*\]\??|\{[a-z]+\}|~|#num|#hex|[^\s[\]{}~]+/g;

function parse(
  pattern: string,
  classes: Record<string, string[]>,
  classSteps: Map<string[], RawStep>,
): RawStep[] {
  const parts = [...pattern.matchAll(PART)].map((m) => m[0]);
  // A bracket the syntax cannot read (nested, unclosed) would otherwise be dropped unseen.
  if (
    parts.join('').replace(/\s+/g, '') !== pattern.replace(/\s+/g, '') ||
    parts.some((p) => /.\[/.test(p))
  ) {
    throw new Error(`Unreadable brackets in "${pattern}"`);
  }
  const steps: RawStep[] = [];
  for (const m of pattern.matchAll(PART)) {
    const part = m[0];
    if (part === '~') steps.push({ alts: [], optional: false, gap: GAP_WORDS });
    else if (part === '#num' || part === '#hex')
      steps.push({ alts: [[part]], optional: false, gap: 0 });
    else if (part.startsWith('{')) {
      const cls = classes[part.slice(1, -1)];
      if (!cls) throw new Error(`Unknown word class ${part} in "${pattern}"`);
      // One shared step per class, so it is converted once however often it is used.
      let step = classSteps.get(cls);
      if (!step) {
        step = { alts: cls.map(splitWords), optional: false, gap: 0 };
        classSteps.set(cls, step);
      }
      steps.push(step);
    } else if (part.startsWith('[')) {
      const optional = part.endsWith('?');
      const inner = part.slice(1, optional ? -2 : -1);
      const alts = inner.split('|').flatMap((alt) => {
        const cls = /^\{([a-z]+)\}$/.exec(alt.trim());
        if (cls) return (classes[cls[1] ?? ''] ?? []).map(splitWords);
        if (/[{}]/.test(alt))
          throw new Error(`A class must be a whole alternative in "${pattern}"`);
        return [splitWords(alt)];
      });
      if (alts.some((a) => a.length === 0)) throw new Error(`Empty alternative in "${pattern}"`);
      steps.push({ alts, optional, gap: 0 });
    } else {
      for (const w of splitWords(part)) steps.push({ alts: [[w]], optional: false, gap: 0 });
    }
  }
  const first = steps[0];
  if (!first || first.gap > 0 || first.optional) {
    throw new Error(`Pattern must start with a required word: "${pattern}"`);
  }
  return steps;
}

/**
 * Compiles patterns (grouped per signal, by signal index) into matcher data; `revive` in
 * matcher.ts turns it into a matcher. Throws on bad data.
 */
export function compileData(
  patternsPerSignal: string[][],
  classes: Record<string, string[]>,
): MatcherData {
  const classSteps = new Map<string[], RawStep>();
  const parsed = patternsPerSignal.map((ps) => ps.map((p) => parse(p, classes, classSteps)));
  const wordSet = new Set<string>();
  for (const ps of parsed)
    for (const steps of ps)
      for (const s of steps)
        for (const a of s.alts) for (const w of a) if (!w.startsWith('#')) wordSet.add(w);
  const words = [...wordSet];
  const idOf = new Map(words.map((w, i) => [w, i]));
  const toId = (w: string): number =>
    w === '#num' ? ANY_NUM : w === '#hex' ? ANY_HEX : (idOf.get(w) ?? -1);
  const buckets: Bucket[] = words.map(() => ({ anySecond: [], bySecond: new Map() }));
  const numFirst: Program[] = [];
  const hexFirst: Program[] = [];
  const converted = new Map<RawStep, Step>();
  const convert = (s: RawStep): Step => {
    let step = converted.get(s);
    if (!step) {
      step = { alts: s.alts.map((a) => a.map(toId)), optional: s.optional, gap: s.gap };
      converted.set(s, step);
    }
    return step;
  };
  parsed.forEach((ps, signal) => {
    for (const raw of ps) {
      const steps = raw.map(convert);
      for (const variant of withoutOptionalSecond(steps)) {
        addProgram(buckets, numFirst, hexFirst, { signal, steps: variant });
      }
    }
  });
  return toData(parsed.length, words, buckets, numFirst, hexFirst);
}

/**
 * An optional second step becomes two programs (with it, without it), so that each knows the word
 * that must follow its first one and sits in the word-pair index instead of being tried everywhere.
 */
function withoutOptionalSecond(steps: Step[]): Step[][] {
  const second = steps[1];
  const head = steps[0];
  if (!head || !second?.optional) return [steps];
  return [
    [head, { ...second, optional: false }, ...steps.slice(2)],
    ...withoutOptionalSecond([head, ...steps.slice(2)]),
  ];
}

function addProgram(
  buckets: Bucket[],
  numFirst: Program[],
  hexFirst: Program[],
  program: Program,
): void {
  const head = program.steps[0];
  if (!head) return;
  const firsts = new Set(head.alts.map((a) => a[0] ?? -1));
  const seconds = secondWords(program.steps);
  for (const f of firsts) {
    if (f === ANY_NUM) numFirst.push(program);
    else if (f === ANY_HEX) hexFirst.push(program);
    const bucket = buckets[f];
    if (!bucket) continue;
    if (!seconds) bucket.anySecond.push(program);
    else
      for (const w of seconds) {
        const list = bucket.bySecond.get(w) ?? [];
        list.push(program);
        bucket.bySecond.set(w, list);
      }
  }
}

/** The words that can follow the first one, or null when anything can (a gap, a number, the end). */
function secondWords(steps: Step[]): Set<number> | null {
  const out = new Set<number>();
  const next = steps[1];
  for (const alt of steps[0]?.alts ?? []) {
    if (alt.length >= 2) out.add(alt[1] ?? -1);
    else if (!next || next.gap > 0 || next.optional) return null;
    else for (const a of next.alts) out.add(a[0] ?? -1);
  }
  for (const w of out) if (w < 0) return null;
  return out;
}

/** Numbers programs, steps (equal steps once) and lists, keeping every list in its order. */
function toData(
  signalCount: number,
  words: string[],
  buckets: Bucket[],
  numFirst: Program[],
  hexFirst: Program[],
): MatcherData {
  const data: MatcherData = {
    signalCount,
    hashes: vocabularyHashes(words),
    steps: [],
    programs: [],
    signalOf: [],
    listItems: [],
    listLength: [],
    role: words.map(() => 0),
    pairCount: words.map(() => 0),
    pairSecond: [],
  };
  const stepIndex = new Map<string, number>();
  const programIndex = new Map<Program, number>();
  const stepId = (s: Step): number => {
    const key = JSON.stringify(s);
    let i = stepIndex.get(key);
    if (i === undefined) {
      i = data.steps.push([s.optional ? 1 : 0, s.gap, s.alts]) - 1;
      stepIndex.set(key, i);
    }
    return i;
  };
  const programId = (p: Program): number => {
    let i = programIndex.get(p);
    if (i === undefined) {
      i = data.programs.push(p.steps.map(stepId)) - 1;
      data.signalOf.push(p.signal);
      programIndex.set(p, i);
    }
    return i;
  };
  // Lists in the order revive() numbers them (see MatcherData).
  const list = (programs: Program[]): void => {
    for (const p of programs) data.listItems.push(programId(p));
    data.listLength.push(programs.length);
  };
  const addRole = (word: number, bit: number): void => {
    data.role[word] = (data.role[word] ?? 0) | bit;
  };
  buckets.forEach((b, first) => {
    if (b.anySecond.length > 0) {
      list(b.anySecond);
      addRole(first, ROLE_ANY);
    }
    const seconds = [...b.bySecond.keys()].sort((x, y) => x - y);
    data.pairCount[first] = seconds.length;
    for (const second of seconds) {
      data.pairSecond.push(second);
      list(b.bySecond.get(second) ?? []);
      addRole(first, ROLE_PAIR);
      addRole(second, ROLE_SECOND);
    }
  });
  list(numFirst);
  list(hexFirst);
  return data;
}
