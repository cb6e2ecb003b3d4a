import { BACKUP_SIGNALS } from '../../content/diagnosis/signals';
import { NEGATIVE_SIGNALS } from '../../content/diagnosis/negatives';
import type { Signal } from '../../content/diagnosis/types';

/** Every signal, positive then negative; a hit's `signal` is an index into this list. */
export const ALL_SIGNALS: readonly Signal[] = [...BACKUP_SIGNALS, ...NEGATIVE_SIGNALS];
