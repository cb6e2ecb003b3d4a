import { BACKUP_SIGNALS } from '../../content/diagnosis/signals';
import { LANGUAGE_SIGNALS } from '../../content/diagnosis/languages';
import { NEGATIVE_SIGNALS } from '../../content/diagnosis/negatives';
import type { Signal } from '../../content/diagnosis/types';

/** Every signal: English, the other languages, then the negatives; a hit's `signal` indexes it. */
export const ALL_SIGNALS: readonly Signal[] = [
  ...BACKUP_SIGNALS,
  ...LANGUAGE_SIGNALS,
  ...NEGATIVE_SIGNALS,
];
