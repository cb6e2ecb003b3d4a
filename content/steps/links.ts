import type { ARTICLE_NAMES } from '../strings/steps';

/**
 * Apple's support articles the steps are checked against (ids from DOMAIN.md), named by the keys
 * of the names the panel shows on their links (content/strings/steps.ts and each locale's
 * `articles`).
 */
export type AppleArticleId = keyof typeof ARTICLE_NAMES;
