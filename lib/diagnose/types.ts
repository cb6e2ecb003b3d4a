/** The diagnosis contract (DESIGN.md). Other code and outside checks rely on these shapes. */

import type { CauseId, Channel } from '../../content/vocabulary';

// The vocabulary is declared with the data (content/vocabulary.ts); the contract re-exports it.
export { CAUSE_IDS, type CauseId, type Channel } from '../../content/vocabulary';

/**
 * How much of a page is read and diagnosed, for readPage and diagnose alike: pages about backups
 * say so early, and time is bounded (diagnose cuts longer input from other callers the same way).
 */
export const PAGE_TEXT_LIMITS = { text: 200_000, title: 1_000 } as const;

export interface PageText {
  url: string;
  title: string;
  text: string;
  lang?: string;
  /**
   * On a Community thread, where the replies begin in `text`: before it are the asker's own
   * words, after it other people's guesses, which count less (lib/diagnose/posts.ts). Optional,
   * so a PageText without it is read as before.
   */
  replyStart?: number;
}

export interface Evidence {
  quote: string;
  kind: 'error-message' | 'error-code' | 'phrase' | 'url' | 'title';
}

export interface CauseFinding {
  id: CauseId;
  score: number;
  evidence: Evidence[];
}

/** A page listing possible causes (Apple's article) vs a person describing their own failure. */
export type PageKind = 'guide' | 'report';

export interface Diagnosis {
  /** The page is about a backup that fails or does not happen. */
  isBackupError: boolean;
  /** 0..1; 0.5 is the boundary for isBackupError. */
  confidence: number;
  channel: Channel;
  /** Best first. */
  causes: CauseFinding[];
  /** As written on the page, e.g. "0xE8000084", "-402620395". */
  errorCodes: string[];
  /** A page listing possible causes vs a person describing their own failure. */
  pageKind?: PageKind;
}
