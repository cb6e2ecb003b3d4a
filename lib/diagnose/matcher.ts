/**
 * Compiles the signal tables once into word-id programs indexed by their first word, then finds
 * every signal in one pass over a text's words. Nothing here rescans the text per signal.
 */
import {
  FLAG_BREAK as TOKEN_BREAK,
  FLAG_HEX as TOKEN_HEX,
  FLAG_NUM as TOKEN_NUM,
  buildVocabulary,
  splitWords,
  tokenize,
  type Tokens,
  type Vocabulary,
} from './tokenize';

// Copied once into plain constants: module runners (Vite's, used by the bench and the tests) turn
// every use of an imported binding into a property read, which costs in the loops below.
const FLAG_BREAK = TOKEN_BREAK;
const FLAG_HEX = TOKEN_HEX;
const FLAG_NUM = TOKEN_NUM;

const ANY_NUM = -10;
const ANY_HEX = -11;
const GAP_WORDS = 3;

interface Step {
  /** Word-id sequences; one of them must match here. Empty when the step is a gap. */
  alts: number[][];
  optional: boolean;
  gap: number;
  /** For steps with many alternatives: the alternatives by their first word. */
  index: Map<number, number[][]> | null;
}

const NONE: number[][] = [];
const NONE_ALT: number[] = [];

const ROLE_ANY = 1; // starts programs whatever follows
const ROLE_PAIR = 2; // starts programs when a given word follows
const ROLE_SECOND = 4; // is that following word for some program

function indexAlts(alts: number[][]): Map<number, number[][]> | null {
  if (alts.length <= 3 || alts.some((a) => (a[0] ?? -1) < 0)) return null;
  const index = new Map<number, number[][]>();
  for (const a of alts) {
    const list = index.get(a[0] ?? -1) ?? [];
    list.push(a);
    index.set(a[0] ?? -1, list);
  }
  return index;
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

/**
 * Word pairs that can start a program, as a flat open-addressing table (pair -> index into
 * `lists`), so the common case (a known word followed by one that starts nothing) costs two
 * array reads and no Map lookup.
 */
interface PairTable {
  keys: Int32Array;
  slots: Int32Array;
  lists: Program[][];
  mask: number;
}

function pairKey(first: number, second: number): number {
  return Math.imul(first, 65_599) + second + 1;
}

function buildPairs(byFirst: Bucket[]): PairTable {
  let total = 0;
  for (const b of byFirst) total += b.bySecond.size;
  let size = 64;
  while (size < total * 2) size *= 2;
  const table: PairTable = {
    keys: new Int32Array(size),
    slots: new Int32Array(size),
    lists: [],
    mask: size - 1,
  };
  byFirst.forEach((b, first) => {
    for (const [second, programs] of b.bySecond) {
      const key = pairKey(first, second);
      let slot = Math.imul(key, 0x9e3779b1) & table.mask;
      while ((table.keys[slot] ?? 0) !== 0) slot = (slot + 1) & table.mask;
      table.keys[slot] = key;
      table.lists.push(programs);
      table.slots[slot] = table.lists.length - 1;
    }
  });
  return table;
}

function pairPrograms(table: PairTable, first: number, second: number): Program[] | undefined {
  const key = pairKey(first, second);
  let slot = Math.imul(key, 0x9e3779b1) & table.mask;
  for (;;) {
    const k = table.keys[slot] ?? 0;
    if (k === 0) return undefined;
    if (k === key) return table.lists[table.slots[slot] ?? 0];
    slot = (slot + 1) & table.mask;
  }
}

export interface Matcher {
  signalCount: number;
  vocab: Vocabulary;
  byFirst: Bucket[];
  pairs: PairTable;
  /** Per word id: ROLE_* bits, so the scan skips words that start nothing without a lookup. */
  role: Uint8Array;
  numFirst: Program[];
  hexFirst: Program[];
}

/** One place a signal matched: token range [first, last] and the text offsets. */
export interface Hit {
  signal: number;
  start: number;
  end: number;
  /** Offsets of the numbers and hex codes inside the match (for errorCodes). */
  codes: [number, number][];
}

type RawStep = { alts: string[][]; optional: boolean; gap: number };

const PART = /\[[^\]]*\]\??|\{[a-z]+\}|~|#num|#hex|[^\s[\]{}~]+/g;

const classSteps = new Map<string[], RawStep>();

function parse(pattern: string, classes: Record<string, string[]>): RawStep[] {
  const steps: RawStep[] = [];
  for (const m of pattern.matchAll(PART)) {
    const part = m[0];
    if (part === '~') steps.push({ alts: [], optional: false, gap: GAP_WORDS });
    else if (part === '#num' || part === '#hex')
      steps.push({ alts: [[part]], optional: false, gap: 0 });
    else if (part.startsWith('{')) {
      const cls = classes[part.slice(1, -1)];
      if (!cls) throw new Error(`Unknown word class ${part} in "${pattern}"`);
      // One shared step per class, so it is converted and indexed once however often it is used.
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

/** Compiles patterns (grouped per signal, by signal index) into a matcher. Throws on bad data. */
export function compile(patternsPerSignal: string[][], classes: Record<string, string[]>): Matcher {
  const parsed = patternsPerSignal.map((ps) => ps.map((p) => parse(p, classes)));
  const words = new Set<string>();
  for (const ps of parsed)
    for (const steps of ps)
      for (const s of steps)
        for (const a of s.alts) for (const w of a) if (!w.startsWith('#')) words.add(w);
  const vocab = buildVocabulary([...words]);
  const idOf = new Map(vocab.words.map((w, i) => [w, i]));
  const toId = (w: string): number =>
    w === '#num' ? ANY_NUM : w === '#hex' ? ANY_HEX : (idOf.get(w) ?? -1);
  const m: Matcher = {
    signalCount: parsed.length,
    vocab,
    byFirst: vocab.words.map(() => ({ anySecond: [], bySecond: new Map() })),
    pairs: { keys: new Int32Array(1), slots: new Int32Array(1), lists: [], mask: 0 },
    role: new Uint8Array(vocab.words.length),
    numFirst: [],
    hexFirst: [],
  };
  const converted = new Map<RawStep, Step>();
  const convert = (s: RawStep): Step => {
    let step = converted.get(s);
    if (!step) {
      const alts = s.alts.map((a) => a.map(toId));
      step = { alts, optional: s.optional, gap: s.gap, index: indexAlts(alts) };
      converted.set(s, step);
    }
    return step;
  };
  parsed.forEach((ps, signal) => {
    for (const raw of ps) {
      const steps = raw.map(convert);
      for (const variant of withoutOptionalSecond(steps)) addProgram(m, signal, variant);
    }
  });
  m.pairs = buildPairs(m.byFirst);
  m.byFirst.forEach((b, id) => {
    if (b.anySecond.length > 0) m.role[id] = (m.role[id] ?? 0) | ROLE_ANY;
    if (b.bySecond.size > 0) m.role[id] = (m.role[id] ?? 0) | ROLE_PAIR;
    for (const second of b.bySecond.keys()) m.role[second] = (m.role[second] ?? 0) | ROLE_SECOND;
  });
  return m;
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

function addProgram(m: Matcher, signal: number, steps: Step[]): void {
  const head = steps[0];
  if (!head) return;
  const firsts = new Set(head.alts.map((a) => a[0] ?? -1));
  const program = { signal, steps };
  const seconds = secondWords(steps);
  for (const f of firsts) {
    if (f === ANY_NUM) m.numFirst.push(program);
    else if (f === ANY_HEX) m.hexFirst.push(program);
    const bucket = m.byFirst[f];
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

function tokenMatches(t: Tokens, want: number, i: number): boolean {
  if (want >= 0) return t.id[i] === want;
  const f = t.flags[i] ?? 0;
  return want === ANY_NUM ? (f & FLAG_NUM) !== 0 : (f & FLAG_HEX) !== 0;
}

function matchFrom(t: Tokens, steps: Step[], si: number, ti: number, start: number): number {
  if (si === steps.length) return ti;
  const step = steps[si];
  if (!step) return -1;
  if (step.gap > 0) {
    for (let k = 0; k <= step.gap; k++) {
      const r = matchFrom(t, steps, si + 1, ti + k, start);
      if (r >= 0) return r;
      const next = ti + k;
      if (next >= t.count || ((t.flags[next] ?? 0) & FLAG_BREAK) !== 0) break;
    }
    return -1;
  }
  const alts = step.index ? (step.index.get(t.id[ti] ?? -1) ?? NONE) : step.alts;
  // Indexed loops: this runs for every candidate position and must not allocate iterators.
  for (let a = 0; a < alts.length; a++) {
    const alt = alts[a] ?? NONE_ALT;
    let ok = true;
    for (let j = 0; j < alt.length; j++) {
      const idx = ti + j;
      if (
        idx >= t.count ||
        (idx !== start && ((t.flags[idx] ?? 0) & FLAG_BREAK) !== 0) ||
        !tokenMatches(t, alt[j] ?? -1, idx)
      ) {
        ok = false;
        break;
      }
    }
    if (ok) {
      const r = matchFrom(t, steps, si + 1, ti + alt.length, start);
      if (r >= 0) return r;
    }
  }
  return step.optional ? matchFrom(t, steps, si + 1, ti, start) : -1;
}

/** Quotes kept per signal: enough to highlight, bounded on huge pages. */
export const MAX_HITS_PER_SIGNAL = 3;

/** The places signals match in `text`, in reading order, at most a few per signal. */
export function scan(m: Matcher, text: string): Hit[] {
  const t = tokenize(text, m.vocab);
  const hits: Hit[] = [];
  const perSignal = new Uint8Array(m.signalCount);
  const lastEnd = new Int32Array(m.signalCount);
  const ids = t.id;
  const flagsOf = t.flags;
  const role = m.role;
  const count = t.count;
  for (let i = 0; i < count; i++) {
    const id = ids[i] ?? -1;
    const flags = flagsOf[i] ?? 0;
    if (id >= 0) {
      const r = role[id] ?? 0;
      if ((r & ROLE_ANY) !== 0) tryAll(t, m.byFirst[id]?.anySecond, i, hits, perSignal, lastEnd);
      if ((r & ROLE_PAIR) !== 0 && i + 1 < count && ((flagsOf[i + 1] ?? 0) & FLAG_BREAK) === 0) {
        const next = ids[i + 1] ?? -1;
        if (next >= 0 && ((role[next] ?? 0) & ROLE_SECOND) !== 0)
          tryAll(t, pairPrograms(m.pairs, id, next), i, hits, perSignal, lastEnd);
      }
    }
    if ((flags & (FLAG_NUM | FLAG_HEX)) !== 0) {
      if ((flags & FLAG_NUM) !== 0) tryAll(t, m.numFirst, i, hits, perSignal, lastEnd);
      if ((flags & FLAG_HEX) !== 0) tryAll(t, m.hexFirst, i, hits, perSignal, lastEnd);
    }
  }
  return hits;
}

function tryAll(
  t: Tokens,
  programs: Program[] | undefined,
  i: number,
  hits: Hit[],
  perSignal: Uint8Array,
  lastEnd: Int32Array,
): void {
  if (!programs) return;
  for (let n = 0; n < programs.length; n++) {
    const p = programs[n];
    if (!p) continue;
    if ((perSignal[p.signal] ?? 0) >= MAX_HITS_PER_SIGNAL) continue;
    // Overlapping matches of one signal ("not enough iCloud storage" / "enough iCloud storage")
    // are one, and so are several of its patterns matching at the same place.
    if ((t.start[i] ?? 0) < (lastEnd[p.signal] ?? 0)) continue;
    const end = matchFrom(t, p.steps, 0, i, i);
    if (end < 0) continue;
    const codes: [number, number][] = [];
    for (let k = i; k < end; k++) {
      if (((t.flags[k] ?? 0) & (FLAG_NUM | FLAG_HEX)) !== 0)
        codes.push([t.start[k] ?? 0, t.end[k] ?? 0]);
    }
    lastEnd[p.signal] = t.end[end - 1] ?? 0;
    perSignal[p.signal] = (perSignal[p.signal] ?? 0) + 1;
    hits.push({ signal: p.signal, start: t.start[i] ?? 0, end: t.end[end - 1] ?? 0, codes });
  }
}
