/**
 * Finds every signal in one pass over a text's words, with word-id programs indexed by their
 * first word (built by compile.ts, ahead of time for the signal tables). Nothing here rescans
 * the text per signal.
 */
import {
  FLAG_BREAK as TOKEN_BREAK,
  FLAG_HEX as TOKEN_HEX,
  FLAG_NUM as TOKEN_NUM,
  tokenize,
  vocabularyOf,
  type Tokens,
  type Vocabulary,
} from './tokenize';

// Copied once into plain constants: module runners (Vite's, used by the bench and the tests) turn
// every use of an imported binding into a property read, which costs in the loops below.
const FLAG_BREAK = TOKEN_BREAK;
const FLAG_HEX = TOKEN_HEX;
const FLAG_NUM = TOKEN_NUM;

/** Word ids for "any number" and "any hex code" in steps. */
const ANY_NUM = -10;
const ANY_HEX = -11;
/** How many words a `~` may skip. */
const GAP_WORDS = 3;

interface Step {
  /** Word-id sequences; one of them must match here. Empty when the step is a gap. */
  alts: number[][];
  optional: boolean;
  gap: number;
  /** Each alternative's first word id: most alternatives are ruled out by it alone. */
  heads: Int32Array;
  /** For a step that is one required word (most are): its id, else -1. */
  word: number;
}

const NONE: number[][] = [];
const NONE_ALT: number[] = [];
const NO_HEADS = new Int32Array(0);

const ROLE_ANY = 1; // starts programs whatever follows
const ROLE_PAIR = 2; // starts programs when a given word follows
const ROLE_SECOND = 4; // is that following word for some program

function headsOf(alts: number[][]): Int32Array {
  const heads = new Int32Array(alts.length);
  for (let a = 0; a < alts.length; a++) heads[a] = alts[a]?.[0] ?? -1;
  return heads;
}

interface Program {
  signal: number;
  steps: Step[];
  /**
   * The first words of each required step after the first (each a list of word ids; empty when
   * an alternative starts with a number or a code, which any text may hold): a text without one
   * of some step's words cannot match the program, which is then never tried on it.
   */
  needs: Int32Array[];
}

/**
 * A compiled matcher as plain JSON, built ahead of time (see compiled-signals.generated.ts and
 * cjk-signals.generated.ts, merged in signal-table.ts): the patterns with their words as the
 * tokenizer reads them, nothing that revive() can derive (the vocabulary, word ids, programs).
 * Words are written as words, which gzip packs far better than word ids, and JSON.parse reads
 * them without any splitting here. Programs are numbered in the order the patterns list them (or
 * `order` lists their signals), which is the order they are tried in and decides the hits kept.
 */
export interface MatcherData {
  /** The word classes patterns use, by index: their alternatives. */
  classes: Alternative[][];
  /**
   * Per signal, its patterns; per pattern, its steps: a word (also `#num`, `#hex`, or `~` for a
   * gap), or a group: 1 when optional else 0, then its alternatives, each a class (its index, a
   * number; words are always strings) or an Alternative.
   */
  patterns: (string | (number | Alternative)[])[][][];
  /**
   * The signals in the order their patterns are tried, when it is not theirs: tables merged from
   * parts (signal-table.ts) keep the order of the tables they were split from.
   */
  order?: number[];
}

/** One word, or several in a row. */
type Alternative = string | string[];

/** A step as the matcher reads it: optional (0 or 1), gap, alternatives as word-id sequences. */
type StepData = [number, number, number[][]];

/** MatcherData made into programs (what revive derives). */
interface Programs {
  signalCount: number;
  /** The words patterns use, by word id. */
  words: string[];
  /** Distinct steps; a program refers to one by index, or to a one-word step by -(word id + 1). */
  steps: StepData[];
  /** Per program: its steps. */
  programs: number[][];
  signalOf: number[];
}

/**
 * Word ids for the patterns' words, and each pattern as its programs: one whose second step is
 * optional is two (with it required, and without it, and so on), so that each knows the word that
 * must follow its first one and sits in the word-pair index instead of being tried everywhere.
 */
function programsOf(data: MatcherData): Programs {
  // Plain indexed loops: this runs once per page, before the code is warm.
  const words: string[] = [];
  const ids = new Map<string, number>();
  const id = (w: string): number => {
    if (w === '#num') return ANY_NUM;
    if (w === '#hex') return ANY_HEX;
    let i = ids.get(w);
    if (i === undefined) {
      i = words.push(w) - 1;
      ids.set(w, i);
    }
    return i;
  };
  const alternative = (alt: Alternative): number[] => {
    if (typeof alt === 'string') return [id(alt)];
    const out: number[] = [];
    for (let w = 0; w < alt.length; w++) out.push(id(alt[w] ?? ''));
    return out;
  };
  const classes = data.classes.map((c) => c.map(alternative));
  const steps: StepData[] = [];
  // Steps met again are the same step (a program's first step is then tried once for all).
  const wordRefs = new Map<string, number>();
  const groupRefs = new Map<string, number>();
  const wordRef = (w: string): number => {
    let ref = wordRefs.get(w);
    if (ref === undefined) {
      if (w === '~') ref = steps.push([0, GAP_WORDS, []]) - 1;
      else {
        const word = id(w);
        ref = word >= 0 ? -word - 1 : steps.push([0, 0, [[word]]]) - 1;
      }
      wordRefs.set(w, ref);
    }
    return ref;
  };
  const groupRef = (group: (number | Alternative)[], optional: number): number => {
    const key = `${optional}${JSON.stringify(group)}`;
    const known = groupRefs.get(key);
    if (known !== undefined) return known;
    const alts: number[][] = [];
    for (let p = 1; p < group.length; p++) {
      const part = group[p] ?? '';
      if (typeof part !== 'number') alts.push(alternative(part));
      else {
        const cls = at(classes, part);
        for (let a = 0; a < cls.length; a++) alts.push(at(cls, a));
      }
    }
    const single = alts.length === 1 && alts[0]?.length === 1 ? (alts[0][0] ?? -1) : -1;
    // A step that is one required word is that word (see Programs.steps).
    const ref = optional === 0 && single >= 0 ? -single - 1 : steps.push([optional, 0, alts]) - 1;
    groupRefs.set(key, ref);
    return ref;
  };
  const stepRef = (step: string | (number | Alternative)[], optional: number): number =>
    typeof step === 'string' ? wordRef(step) : groupRef(step, optional);
  const programs: number[][] = [];
  const signalOf: number[] = [];
  for (let k = 0; k < data.patterns.length; k++) {
    const signal = data.order ? at(data.order, k) : k;
    const patterns = at(data.patterns, signal);
    for (let p = 0; p < patterns.length; p++) {
      const pattern = at(patterns, p);
      const refs: number[] = [];
      for (let s = 0; s < pattern.length; s++) {
        const step = at(pattern, s);
        refs.push(stepRef(step, typeof step === 'string' ? 0 : (step[0] as number)));
      }
      // An optional second step: the program with it required, then the one without it.
      let second = 1;
      while (second < pattern.length && (steps[refs[second] ?? -1]?.[0] ?? 0) === 1) {
        const step = at(pattern, second);
        const required = refs.slice(0, 1);
        required.push(stepRef(step, 0));
        for (let s = second + 1; s < pattern.length; s++) required.push(refs[s] ?? 0);
        programs.push(required);
        signalOf.push(signal);
        second++;
      }
      const rest = refs.slice(0, 1);
      for (let s = second; s < pattern.length; s++) rest.push(refs[s] ?? 0);
      programs.push(rest);
      signalOf.push(signal);
    }
  }
  return { signalCount: data.patterns.length, words, steps, programs, signalOf };
}

export interface Matcher {
  signalCount: number;
  vocab: Vocabulary;
  /** Per word id: ROLE_* bits, so the scan skips words that start nothing without a lookup. */
  role: Uint8Array;
  /** Per word id: the list of programs it starts whatever word follows, + 1 (0: none). */
  anyList: Int32Array;
  /** The pairs word w starts are pairStart[w] up to pairStart[w + 1]: second word and list. */
  pairStart: Int32Array;
  pairSecond: Int32Array;
  pairList: Int32Array;
  /** List k is `listItems[listStart[k]]` up to `listStart[k + 1]`: program ids. */
  listItems: Int32Array;
  listStart: Int32Array;
  numList: number;
  hexList: number;
  signalOf: Int32Array;
  /** Where programs and steps come from; each is revived when first tried, then kept. */
  data: Programs;
  programs: (Program | undefined)[];
  steps: (Step | undefined)[];
  /** The one-word steps, by word id. */
  wordSteps: (Step | undefined)[];
}

/** Adds `w` to `list` unless it is there (lists are a few words long). */
function addOnce(list: number[], w: number): void {
  for (let i = 0; i < list.length; i++) if (list[i] === w) return;
  list.push(w);
}

/**
 * The words that can follow a program's first one, into `out`; false when anything can (a gap, a
 * number, the end of the program).
 */
function secondWords(steps: StepData[], program: number[], out: number[]): boolean {
  out.length = 0;
  const head = program[0] ?? 0;
  let nextFollows = head < 0;
  const alts = head < 0 ? NONE : at(steps, head)[2];
  for (let a = 0; a < alts.length; a++) {
    const alt = alts[a] ?? NONE_ALT;
    if (alt.length >= 2) addOnce(out, alt[1] ?? -1);
    else nextFollows = true;
  }
  if (nextFollows) {
    const next = program[1];
    if (next === undefined) return false;
    if (next < 0) addOnce(out, -next - 1);
    else {
      const [optional, gap, nextAlts] = at(steps, next);
      if (gap > 0 || optional === 1) return false;
      for (let a = 0; a < nextAlts.length; a++) addOnce(out, nextAlts[a]?.[0] ?? -1);
    }
  }
  for (let i = 0; i < out.length; i++) if ((out[i] ?? -1) < 0) return false;
  return true;
}

/** Entry positions 0..n-1 ordered by key (0..range-1), equal keys in position order. */
function orderBy(
  keys: Int32Array,
  n: number,
  range: number,
  within: Int32Array | null,
): Int32Array {
  const start = new Int32Array(range + 1);
  for (let i = 0; i < n; i++) {
    const k = (keys[i] ?? 0) + 1;
    start[k] = (start[k] ?? 0) + 1;
  }
  for (let k = 0; k < range; k++) start[k + 1] = (start[k + 1] ?? 0) + (start[k] ?? 0);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const e = within ? (within[i] ?? 0) : i;
    const k = keys[e] ?? 0;
    order[start[k] ?? 0] = e;
    start[k] = (start[k] ?? 0) + 1;
  }
  return order;
}

/**
 * The matcher for compiled data: the vocabulary's hash table and, per word, the lists of programs
 * it starts (whatever word follows, or when a given word follows), in typed arrays. Lists keep
 * the programs' order. Programs a page never reaches are never built. Plain indexed loops: this
 * runs once per page, before the code is warm.
 */
export function revive(compiled: MatcherData): Matcher {
  const data = programsOf(compiled);
  const { steps, programs, words: wordList } = data;
  const words = wordList.length;
  // Who starts what, in program order: first word, second word + 1 (0: any), program.
  let n = 0;
  let firstOf = new Int32Array(4096);
  let secondOf = new Int32Array(4096);
  let programOf = new Int32Array(4096);
  const numFirst: number[] = [];
  const hexFirst: number[] = [];
  const firsts: number[] = [];
  const seconds: number[] = [];
  for (let id = 0; id < programs.length; id++) {
    const program = programs[id] ?? NONE_ALT;
    const fixed = secondWords(steps, program, seconds);
    const head = program[0] ?? 0;
    firsts.length = 0;
    if (head < 0) firsts.push(-head - 1);
    else {
      const alts = at(steps, head)[2];
      for (let a = 0; a < alts.length; a++) addOnce(firsts, alts[a]?.[0] ?? -1);
    }
    for (let f = 0; f < firsts.length; f++) {
      const first = firsts[f] ?? -1;
      if (first === ANY_NUM) numFirst.push(id);
      else if (first === ANY_HEX) hexFirst.push(id);
      else if (first >= 0 && first < words) {
        const count = fixed ? seconds.length : 1;
        if (n + count > firstOf.length) {
          const size = (n + count) * 2;
          firstOf = grown(firstOf, size);
          secondOf = grown(secondOf, size);
          programOf = grown(programOf, size);
        }
        for (let s = 0; s < count; s++) {
          firstOf[n] = first;
          secondOf[n] = fixed ? (seconds[s] ?? -1) + 1 : 0;
          programOf[n] = id;
          n++;
        }
      }
    }
  }
  // Grouped by first word, then by second (the "any" list first), each group in program order.
  const order = orderBy(firstOf, n, words, orderBy(secondOf, n, words + 1, null));
  const role = new Uint8Array(words);
  const anyList = new Int32Array(words);
  const pairStart = new Int32Array(words + 1);
  const pairSecond = new Int32Array(n);
  const pairList = new Int32Array(n);
  const listItems = new Int32Array(n + numFirst.length + hexFirst.length);
  const listStart = new Int32Array(n + 3);
  let pairs = 0;
  let lists = 0;
  let w = 0;
  for (let k = 0; k < n; k++) {
    const e = order[k] ?? 0;
    const first = firstOf[e] ?? 0;
    const second = (secondOf[e] ?? 0) - 1;
    for (; w <= first; w++) pairStart[w] = pairs;
    listItems[k] = programOf[e] ?? 0;
    const next = k + 1 < n ? (order[k + 1] ?? 0) : -1;
    // A list ends where the next entry starts with another word or another second word.
    if (next >= 0 && firstOf[next] === first && secondOf[next] === secondOf[e]) continue;
    listStart[++lists] = k + 1;
    if (second < 0) {
      anyList[first] = lists;
      role[first] = (role[first] ?? 0) | ROLE_ANY;
    } else {
      pairSecond[pairs] = second;
      pairList[pairs++] = lists - 1;
      role[first] = (role[first] ?? 0) | ROLE_PAIR;
      role[second] = (role[second] ?? 0) | ROLE_SECOND;
    }
  }
  for (; w <= words; w++) pairStart[w] = pairs;
  // Then the lists of programs that start with a number and with a hex code.
  let end = n;
  for (const id of numFirst) listItems[end++] = id;
  listStart[++lists] = end;
  for (const id of hexFirst) listItems[end++] = id;
  listStart[++lists] = end;
  return {
    signalCount: data.signalCount,
    vocab: vocabularyOf(wordList),
    role,
    anyList,
    pairStart,
    pairSecond: pairSecond.subarray(0, pairs),
    pairList: pairList.subarray(0, pairs),
    listItems,
    listStart: listStart.subarray(0, lists + 1),
    numList: lists - 2,
    hexList: lists - 1,
    signalOf: Int32Array.from(data.signalOf),
    data,
    programs: new Array<Program | undefined>(programs.length),
    steps: new Array<Step | undefined>(steps.length),
    wordSteps: new Array<Step | undefined>(words),
  };
}

function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/** The list of programs started by this word pair, or -1: a binary search among few words. */
function pairList(m: Matcher, first: number, second: number): number {
  let lo = m.pairStart[first] ?? 0;
  let hi = (m.pairStart[first + 1] ?? 0) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = m.pairSecond[mid] ?? 0;
    if (s === second) return m.pairList[mid] ?? -1;
    if (s < second) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** An entry the data refers to; compiled data is generated, so a missing one is a bug. */
function at<T>(list: T[], i: number): T {
  const v = list[i];
  if (v === undefined) throw new Error(`Compiled matcher data refers to missing entry ${i}`);
  return v;
}

function stepAt(m: Matcher, i: number): Step {
  if (i < 0) {
    const word = -i - 1;
    let step = m.wordSteps[word];
    if (!step) {
      step = { alts: [[word]], optional: false, gap: 0, heads: Int32Array.of(word), word };
      m.wordSteps[word] = step;
    }
    return step;
  }
  let step = m.steps[i];
  if (!step) {
    const [optional, gap, alts] = at(m.data.steps, i);
    const only = alts.length === 1 && alts[0]?.length === 1 ? (alts[0][0] ?? -1) : -1;
    const word = optional === 0 && gap === 0 && only >= 0 ? only : -1;
    step = { alts, optional: optional === 1, gap, heads: headsOf(alts), word };
    m.steps[i] = step;
  }
  return step;
}

function programAt(m: Matcher, i: number): Program {
  let program = m.programs[i];
  if (!program) {
    const steps = at(m.data.programs, i).map((s) => stepAt(m, s));
    const needs: Int32Array[] = [];
    for (let k = 1; k < steps.length; k++) {
      const step = steps[k];
      if (!step || step.optional || step.gap > 0 || step.heads.some((h) => h < 0)) continue;
      needs.push(step.heads);
    }
    program = { signal: m.signalOf[i] ?? 0, steps, needs };
    m.programs[i] = program;
  }
  return program;
}

/** One place a signal matched: token range [first, last] and the text offsets. */
export interface Hit {
  signal: number;
  start: number;
  end: number;
  /** Offsets of the numbers and hex codes inside the match (for errorCodes). */
  codes: [number, number][];
}

function tokenMatches(t: Tokens, want: number, i: number): boolean {
  if (want >= 0) return t.id[i] === want;
  const f = t.flags[i] ?? 0;
  return want === ANY_NUM ? (f & FLAG_NUM) !== 0 : (f & FLAG_HEX) !== 0;
}

/**
 * Where alternative `alt` ends when it matches at word ti, else -1. A sentence may not end inside
 * a match, nor before one of its words other than the first (`start`).
 */
function altEnd(t: Tokens, alt: number[], ti: number, start: number): number {
  for (let j = 0; j < alt.length; j++) {
    const idx = ti + j;
    if (
      idx >= t.count ||
      (idx !== start && ((t.flags[idx] ?? 0) & FLAG_BREAK) !== 0) ||
      !tokenMatches(t, alt[j] ?? -1, idx)
    )
      return -1;
  }
  return ti + alt.length;
}

function matchFrom(t: Tokens, steps: Step[], si: number, ti: number, start: number): number {
  if (si === steps.length) return ti;
  const step = steps[si];
  if (!step) return -1;
  // One required word: the common case, without the loops over alternatives below.
  const word = step.word;
  if (word >= 0) {
    if (ti >= t.count || t.id[ti] !== word) return -1;
    if (ti !== start && ((t.flags[ti] ?? 0) & FLAG_BREAK) !== 0) return -1;
    return matchFrom(t, steps, si + 1, ti + 1, start);
  }
  if (step.gap > 0) {
    for (let k = 0; k <= step.gap; k++) {
      const r = matchFrom(t, steps, si + 1, ti + k, start);
      if (r >= 0) return r;
      const next = ti + k;
      if (next >= t.count || ((t.flags[next] ?? 0) & FLAG_BREAK) !== 0) break;
    }
    return -1;
  }
  const { alts, heads } = step;
  const here = ti < t.count ? (t.id[ti] ?? -1) : -1;
  // Indexed loops: this runs for every candidate position and must not allocate iterators.
  for (let a = 0; a < alts.length; a++) {
    const head = heads[a] ?? -1;
    if (head >= 0 && head !== here) continue;
    const end = altEnd(t, alts[a] ?? NONE_ALT, ti, start);
    if (end >= 0) {
      const r = matchFrom(t, steps, si + 1, end, start);
      if (r >= 0) return r;
    }
  }
  return step.optional ? matchFrom(t, steps, si + 1, ti, start) : -1;
}

/** Quotes kept per signal: enough to highlight, bounded on huge pages. */
export const MAX_HITS_PER_SIGNAL = 3;

/** What one scan keeps while it reads a text. */
interface Reading {
  hits: Hit[];
  /** Per signal: hits kept, and where its last one ended. */
  perSignal: Uint8Array;
  lastEnd: Int32Array;
  /** Per word id: whether the text holds the word. */
  present: Uint8Array;
  /** Per program: 0 not yet asked, 1 the text holds a word for each step it needs, 2 it does not. */
  possible: Uint8Array;
  /**
   * Per list of programs: where its programs that may match this text are listed in `live`, + 1
   * (0: not yet asked). There, a count and then the programs.
   */
  liveAt: Int32Array;
  live: number[];
}

/** The places signals match in `text`, in reading order, at most a few per signal. */
export function scan(m: Matcher, text: string): Hit[] {
  const t = tokenize(text, m.vocab);
  const ids = t.id;
  const flagsOf = t.flags;
  const role = m.role;
  const count = t.count;
  const present = new Uint8Array(m.data.words.length);
  for (let i = 0; i < count; i++) {
    const id = ids[i] ?? -1;
    if (id >= 0) present[id] = 1;
  }
  const reading: Reading = {
    hits: [],
    perSignal: new Uint8Array(m.signalCount),
    lastEnd: new Int32Array(m.signalCount),
    present,
    possible: new Uint8Array(m.programs.length),
    liveAt: new Int32Array(m.listStart.length),
    live: [],
  };
  for (let i = 0; i < count; i++) {
    const id = ids[i] ?? -1;
    const flags = flagsOf[i] ?? 0;
    if (id >= 0) {
      const r = role[id] ?? 0;
      if ((r & ROLE_ANY) !== 0) tryAll(m, t, (m.anyList[id] ?? 0) - 1, i, reading);
      if ((r & ROLE_PAIR) !== 0 && i + 1 < count && ((flagsOf[i + 1] ?? 0) & FLAG_BREAK) === 0) {
        const next = ids[i + 1] ?? -1;
        if (next >= 0 && ((role[next] ?? 0) & ROLE_SECOND) !== 0)
          tryAll(m, t, pairList(m, id, next), i, reading);
      }
    }
    if ((flags & (FLAG_NUM | FLAG_HEX)) !== 0) {
      if ((flags & FLAG_NUM) !== 0) tryAll(m, t, m.numList, i, reading);
      if ((flags & FLAG_HEX) !== 0) tryAll(m, t, m.hexList, i, reading);
    }
  }
  return reading.hits;
}

/**
 * Whether the text holds, for each step the program needs, a word that step can start with. A
 * program that fails this cannot match anywhere in the text (a pattern of another language,
 * started by a word English shares), so it is asked once per text, not tried at every start.
 */
function mayMatch(program: Program, present: Uint8Array): boolean {
  const needs = program.needs;
  for (let k = 0; k < needs.length; k++) {
    const heads = needs[k] ?? NO_HEADS;
    let found = false;
    for (let h = 0; h < heads.length && !found; h++) found = (present[heads[h] ?? 0] ?? 0) === 1;
    if (!found) return false;
  }
  return true;
}

/** Where the alternatives of a program's first step that match at word i end, in their order. */
let headEndBuffer = new Int32Array(64);

/**
 * The ends of `step`'s alternatives that match at word i, into headEndBuffer in the order matchFrom
 * tries them; how many. A first step is never a gap nor optional (compile.ts).
 */
function headEnds(t: Tokens, step: Step, i: number): number {
  const { alts, heads } = step;
  const here = t.id[i] ?? -1;
  if (headEndBuffer.length < alts.length) headEndBuffer = new Int32Array(alts.length * 2);
  let count = 0;
  for (let a = 0; a < alts.length; a++) {
    const head = heads[a] ?? -1;
    if (head >= 0 && head !== here) continue;
    const end = altEnd(t, alts[a] ?? NONE_ALT, i, i);
    if (end >= 0) headEndBuffer[count++] = end;
  }
  return count;
}

/**
 * Where list `list`'s programs that may match this text are listed in reading.live: most programs
 * a word starts belong to other languages or need words this text does not hold, and are ruled
 * out here once per text, not at every word that starts them.
 */
function liveList(m: Matcher, list: number, reading: Reading): number {
  const { liveAt, live, possible, present } = reading;
  let at = (liveAt[list] ?? 0) - 1;
  if (at >= 0) return at;
  at = live.length;
  live.push(0);
  const last = m.listStart[list + 1] ?? 0;
  for (let n = m.listStart[list] ?? 0; n < last; n++) {
    const id = m.listItems[n] ?? 0;
    let verdict = possible[id] ?? 0;
    if (verdict === 0) {
      verdict = mayMatch(programAt(m, id), present) ? 1 : 2;
      possible[id] = verdict;
    }
    if (verdict === 1) live.push(id);
  }
  live[at] = live.length - at - 1;
  liveAt[list] = at + 1;
  return at;
}

/** Tries list `list` of programs (none when negative) at word i. */
function tryAll(m: Matcher, t: Tokens, list: number, i: number, reading: Reading): void {
  if (list < 0) return;
  const { hits, perSignal, lastEnd, live } = reading;
  const at = liveList(m, list, reading);
  const last = at + (live[at] ?? 0);
  // Programs in a list often start with the same step (a word class): what it matches here is
  // worked out once for all of them.
  let head: Step | null = null;
  let heads = 0;
  for (let n = at + 1; n <= last; n++) {
    const id = live[n] ?? 0;
    const signal = m.signalOf[id] ?? 0;
    if ((perSignal[signal] ?? 0) >= MAX_HITS_PER_SIGNAL) continue;
    // Overlapping matches of one signal ("not enough iCloud storage" / "enough iCloud storage")
    // are one, and so are several of its patterns matching at the same place.
    if ((t.start[i] ?? 0) < (lastEnd[signal] ?? 0)) continue;
    const steps = programAt(m, id).steps;
    const first = steps[0] ?? null;
    if (first !== head) {
      head = first;
      heads = first ? headEnds(t, first, i) : 0;
    }
    let end = -1;
    for (let k = 0; k < heads && end < 0; k++)
      end = matchFrom(t, steps, 1, headEndBuffer[k] ?? 0, i);
    if (end < 0) continue;
    const codes: [number, number][] = [];
    for (let k = i; k < end; k++) {
      if (((t.flags[k] ?? 0) & (FLAG_NUM | FLAG_HEX)) !== 0)
        codes.push([t.start[k] ?? 0, t.end[k] ?? 0]);
    }
    lastEnd[signal] = t.end[end - 1] ?? 0;
    perSignal[signal] = (perSignal[signal] ?? 0) + 1;
    hits.push({ signal, start: t.start[i] ?? 0, end: t.end[end - 1] ?? 0, codes });
  }
}
