import { BACKUP_SIGNALS } from '../../content/diagnosis/signals';
import { LANGUAGE_SIGNALS } from '../../content/diagnosis/languages';
import { NEGATIVE_SIGNALS } from '../../content/diagnosis/negatives';
import type { Signal } from '../../content/diagnosis/types';
import { WORD_CLASSES } from '../../content/diagnosis/word-classes';
import { CJK_CHARACTER } from './cjk';
import { compileData } from './compile';

/**
 * Every signal in the tables' order: English, the other languages, then the negatives. Patterns
 * are tried in this order, which decides the hits kept (matcher.ts).
 */
export const ALL_SIGNALS: readonly Signal[] = [
  ...BACKUP_SIGNALS,
  ...LANGUAGE_SIGNALS,
  ...NEGATIVE_SIGNALS,
];

const holdsCjk = (alternative: string | string[]): boolean =>
  (typeof alternative === 'string' ? [alternative] : alternative).some((w) =>
    CJK_CHARACTER.test(w),
  );

/**
 * Whether patterns can only match a text with a CJK character (cjk.ts): each has a required step
 * (a word, or a group that is not optional) every alternative of which has a word holding one.
 * A CJK character somewhere in a pattern is not enough: "[apple|苹果] [账户|id]" matches "Apple ID".
 * Read on the compiled words, as the tokenizer reads them.
 */
export function needsCjk(patterns: string[]): boolean {
  const { classes, patterns: compiled } = compileData([patterns], WORD_CLASSES);
  const steps = compiled[0] ?? [];
  return (
    steps.length > 0 &&
    steps.every((pattern) =>
      pattern.some((step) =>
        typeof step === 'string'
          ? CJK_CHARACTER.test(step)
          : step[0] === 0 &&
            step
              .slice(1)
              .every((part) =>
                typeof part === 'number' ? (classes[part] ?? []).every(holdsCjk) : holdsCjk(part),
              ),
      ),
    )
  );
}

const cjkOnly = ALL_SIGNALS.map((s) => needsCjk(s.patterns));

/** The signals a page without a CJK character can show: the core of the tables, every page's. */
export const CORE_SIGNALS: readonly Signal[] = ALL_SIGNALS.filter((_, i) => !cjkOnly[i]);

/** The CJK part of the tables: loaded with the core only where a CJK character is (cjk.ts). */
export const CJK_SIGNALS: readonly Signal[] = ALL_SIGNALS.filter((_, i) => cjkOnly[i]);

/** The signals as a hit's `signal` indexes them, everywhere: the core's, then the CJK part's. */
export const INDEXED_SIGNALS: readonly Signal[] = [...CORE_SIGNALS, ...CJK_SIGNALS];
