/**
 * Compiles signal patterns into matcher data: each pattern becomes word-id programs (revive() in
 * matcher.ts indexes them by their first word and the word after it). This parses and expands
 * the tables, so it runs ahead of time (scripts/generate-matcher.ts) and in tests, not on pages.
 */
import { ANY_HEX, ANY_NUM, GAP_WORDS, type MatcherData } from './matcher';
import { splitWords } from './tokenize';

type RawStep = { alts: string[][]; optional: boolean; gap: number };

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
  const data: MatcherData = {
    signalCount: parsed.length,
    words: words.join(' '),
    steps: [],
    programs: [],
    signalOf: [],
  };
  // Equal steps once: a word class used by many patterns is one step. A step that is one
  // required word is written as that word (see MatcherData).
  const stepIndex = new Map<string, number>();
  const stepId = (s: RawStep): number => {
    const step: MatcherData['steps'][number] = [
      s.optional ? 1 : 0,
      s.gap,
      s.alts.map((a) => a.map(toId)),
    ];
    const word = step[2][0]?.[0] ?? -1;
    if (!s.optional && s.gap === 0 && step[2].length === 1 && step[2][0]?.length === 1 && word >= 0)
      return -word - 1;
    const key = JSON.stringify(step);
    let i = stepIndex.get(key);
    if (i === undefined) {
      i = data.steps.push(step) - 1;
      stepIndex.set(key, i);
    }
    return i;
  };
  parsed.forEach((ps, signal) => {
    for (const raw of ps) {
      for (const variant of withoutOptionalSecond(raw)) {
        data.programs.push(variant.map(stepId));
        data.signalOf.push(signal);
      }
    }
  });
  return data;
}

/**
 * An optional second step becomes two programs (with it, without it), so that each knows the word
 * that must follow its first one and sits in the word-pair index instead of being tried everywhere.
 */
function withoutOptionalSecond(steps: RawStep[]): RawStep[][] {
  const second = steps[1];
  const head = steps[0];
  if (!head || !second?.optional) return [steps];
  return [
    [head, { ...second, optional: false }, ...steps.slice(2)],
    ...withoutOptionalSecond([head, ...steps.slice(2)]),
  ];
}
