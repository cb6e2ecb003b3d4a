import type { PageText } from './types';

/**
 * On a Community thread the question is the asker's own words (often the error they see); a
 * reply guesses. A signal found only in replies counts this much of one in the question.
 */
export const REPLY_FACTOR = 0.5;

/** How much a signal found at `offset` of the page's text counts: less in a thread's replies. */
export function textFactor(page: Partial<PageText>, offset: number): number {
  const start = page.replyStart;
  return typeof start === 'number' && start >= 0 && offset >= start ? REPLY_FACTOR : 1;
}

/**
 * How much a signal's weights for causes count, from where it was found at best: a title's or
 * a query's extra weight says the page is about backups, not that a cause is more likely; a
 * reply's lesser weight makes its cause weaker.
 */
export function causeFactor(factor: number): number {
  return Math.min(1, factor);
}
