/**
 * Helpers for reading what we did not write (stored values, Apple's feed, Apple's markup),
 * shared so each check is written once. Pure.
 */

/** A plain object (not null, not an array), whose fields still need checking one by one. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The first element that matches, trying `selectors` in order: Apple's markup changes, so each
 * place is found by its current selector first and older ones after.
 */
export function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}
