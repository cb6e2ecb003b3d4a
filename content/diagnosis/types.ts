import type { CauseId } from '../vocabulary';

/**
 * One thing a page can say that moves the diagnosis. Patterns use a tiny phrase syntax, matched
 * on words (case and spacing never matter):
 * - plain words in order: `backup failed`
 * - `{device}`: a named word class from `WORD_CLASSES`
 * - `[a|b c]`: one of the alternatives; `[a|b]?` the same, optional
 * - `~`: up to three words of anything in between (never across a sentence end)
 * - `#num`: any number as written (`-36`, `4013`); `#hex`: a hex code like `0xE8000084`
 * A pattern must start with a word, a class or a group that is not optional.
 */
export interface Signal {
  /** Stable id (tests and explanations refer to it). */
  id: string;
  kind: 'error-message' | 'error-code' | 'phrase';
  patterns: string[];
  /** Log-odds that the page is about a backup that fails; negative for signals that say it is not. */
  backup: number;
  /** How strongly (0..1) the signal points at each cause. */
  causes?: Partial<Record<CauseId, number>>;
  /** How strongly the signal says which backup it is about. */
  icloud?: number;
  computer?: number;
  /**
   * Offers a backup to try instead (a guide's closing "you can also back up to your computer"):
   * the backup its sentence names is an alternative, not the one that fails.
   */
  offers?: boolean;
  /** For error messages: the wording as people see it (for the popup's message picker). */
  example?: string;
  /** Id of the page in tests/fixtures/pages that proves this entry (never a held-out page). */
  fixture: string;
  /**
   * For Apple's own wording in another language: what we could not confirm against Apple's
   * localisation (the entry is written from our best knowledge of it; being wrong costs a miss).
   */
  unsure?: string;
  /**
   * For Apple's messages about this iPhone's own backup (iCloud's or the computer's): with one on
   * the page, what a `passing` signal names is mentioned in passing.
   */
  ownBackup?: boolean;
  /**
   * For negative signals that name another product's backup (a chat app, a cloud service): on a
   * page that also quotes an `ownBackup` message it is a mention in passing and weighs a third.
   */
  passing?: boolean;
}

/** An Apple article or user-guide topic id, recognised in the URL of any locale. */
export interface UrlHint {
  /** `102563`, `HT203516` (case-insensitive) or a guide topic id like `iph3ecf67d29`. */
  id: string;
  about: string;
  backup: number;
  causes?: Partial<Record<CauseId, number>>;
  icloud?: number;
  computer?: number;
  fixture: string;
}
