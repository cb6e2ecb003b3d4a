import { BACKUP_SIGNALS } from '../../content/diagnosis/signals';
import { NEGATIVE_SIGNALS } from '../../content/diagnosis/negatives';
import type { Signal } from '../../content/diagnosis/types';
import { WORD_CLASSES } from '../../content/diagnosis/word-classes';
import { compile, type Matcher } from './matcher';

/** Every signal, positive then negative; a hit's `signal` is an index into this list. */
export const ALL_SIGNALS: readonly Signal[] = [...BACKUP_SIGNALS, ...NEGATIVE_SIGNALS];

let compiled: Matcher | null = null;

/** Compiled on first use, so loading the module on an unrelated page costs nothing. */
export function signalMatcher(): Matcher {
  compiled ??= compile(
    ALL_SIGNALS.map((s) => s.patterns),
    WORD_CLASSES,
  );
  return compiled;
}
