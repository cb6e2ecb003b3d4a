import { APPLE_STATUS_URL } from '../apple-sites';
import { ARTICLE_NAMES, STEP_STRINGS } from '../strings/steps';
import type { StepLink } from './types';

/**
 * Apple's support articles the steps are checked against (ids from DOMAIN.md), named by the keys
 * of the names the panel shows on their links (content/strings/steps.ts).
 */
export type AppleArticleId = keyof typeof ARTICLE_NAMES;

/** The link to one of Apple's articles. */
export function articleLink(id: AppleArticleId): StepLink {
  return { label: ARTICLE_NAMES[id], url: `https://support.apple.com/${id}` };
}

/** Apple's live service status: a page to open, not a source. */
export const SYSTEM_STATUS_LINK: StepLink = {
  label: STEP_STRINGS.systemStatusLink,
  url: APPLE_STATUS_URL,
};
