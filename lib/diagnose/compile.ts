/**
 * Compiles signal patterns into matcher data: each pattern with its words split and normalised as
 * the tokenizer reads them and its classes numbered (revive() in matcher.ts makes them word-id
 * programs and indexes them by their first word and the word after it). This parses the tables
 * and splits their words, so it runs ahead of time (scripts/generate-matcher.ts) and in tests,
 * not on pages.
 */
import type { MatcherData } from './matcher';
import { splitWords } from './tokenize';

const STEP_REQUIRED = 0;
const STEP_OPTIONAL = 1;
const STEP_GAP = 2;

/** One alternative of a step, or a whole word class (all its alternatives, in order). */
type Part = { words: string[] } | { cls: string };
type RawStep = { parts: Part[]; kind: number };

const PART = /\[[^\]]*\]\??|\{[a-z]+\}|~|#num|#hex|[^\s[\]{}~]+/g;

function classPart(name: string, classes: Record<string, string[]>, pattern: string): Part {
  if (!classes[name]) throw new Error(`Unknown word class {${name}} in "${pattern}"`);
  return { cls: name };
}

function parse(pattern: string, classes: Record<string, string[]>): RawStep[] {
  const parts = [...pattern.matchAll(PART)].map((m) => m[0]);
  // A bracket the syntax cannot read (nested, unclosed) would otherwise be dropped unseen.
  if (
    parts.join('').replace(/\s+/g, '') !== pattern.replace(/\s+/g, '') ||
    parts.some((p) => /.\[/.test(p))
  ) {
    throw new Error(`Unreadable brackets in "${pattern}"`);
  }
  // Only a bracket may be optional: a "?" after a class or a word would be read as no word at all.
  if (parts.some((p) => !p.startsWith('[') && p.includes('?'))) {
    throw new Error(`A "?" must follow a bracket ("[{class}]?") in "${pattern}"`);
  }
  const steps: RawStep[] = [];
  for (const part of parts) {
    if (part === '~') steps.push({ parts: [], kind: STEP_GAP });
    else if (part === '#num' || part === '#hex')
      steps.push({ parts: [{ words: [part] }], kind: STEP_REQUIRED });
    else if (part.startsWith('{'))
      steps.push({ parts: [classPart(part.slice(1, -1), classes, pattern)], kind: STEP_REQUIRED });
    else if (part.startsWith('[')) {
      const optional = part.endsWith('?');
      const inner = part.slice(1, optional ? -2 : -1);
      const alts = inner.split('|').map((alt): Part => {
        const cls = /^\{([a-z]+)\}$/.exec(alt.trim());
        if (cls) return classPart(cls[1] ?? '', classes, pattern);
        if (/[{}]/.test(alt))
          throw new Error(`A class must be a whole alternative in "${pattern}"`);
        // Inside a bracket the tokenizer would read "#num" as the word "num", never as a number.
        if (/#(?:num|hex)\b/.test(alt))
          throw new Error(`#num and #hex stand alone, not inside a bracket, in "${pattern}"`);
        const words = splitWords(alt);
        if (words.length === 0) throw new Error(`Empty alternative in "${pattern}"`);
        return { words };
      });
      steps.push({ parts: alts, kind: optional ? STEP_OPTIONAL : STEP_REQUIRED });
    } else {
      for (const w of splitWords(part))
        steps.push({ parts: [{ words: [w] }], kind: STEP_REQUIRED });
    }
  }
  const first = steps[0];
  if (!first || first.kind !== STEP_REQUIRED) {
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
  const parsed = patternsPerSignal.map((ps) => ps.map((p) => parse(p, classes)));
  const data: MatcherData = { classes: [], patterns: [] };
  const classIndex = new Map<string, number>();
  const alternative = (words: string[]): string | string[] =>
    words.length === 1 ? (words[0] ?? '') : words;
  const encode = (part: Part): number | string | string[] => {
    if ('words' in part) return alternative(part.words);
    let i = classIndex.get(part.cls);
    if (i === undefined) {
      const alts = (classes[part.cls] ?? []).map(splitWords);
      if (alts.some((a) => a.length === 0))
        throw new Error(`Empty alternative in class {${part.cls}}`);
      i = data.classes.push(alts.map(alternative)) - 1;
      classIndex.set(part.cls, i);
    }
    return i;
  };
  const step = (s: RawStep): MatcherData['patterns'][number][number][number] => {
    if (s.kind === STEP_GAP) return '~';
    const only = s.parts[0];
    if (s.kind === STEP_REQUIRED && s.parts.length === 1 && only && 'words' in only)
      if (only.words.length === 1) return only.words[0] ?? '';
    return [s.kind === STEP_OPTIONAL ? 1 : 0, ...s.parts.map(encode)];
  };
  data.patterns = parsed.map((ps) => ps.map((steps) => steps.map(step)));
  return data;
}
