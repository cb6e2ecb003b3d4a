import type { StepLink } from './types';

/**
 * Apple's support articles the steps are checked against (ids from DOMAIN.md), by id, with the
 * name the panel shows on the link. The bare id follows the reader's locale.
 */
export const APPLE_ARTICLES = {
  '102563': 'Apple: If you can’t back up to iCloud',
  '108366': 'Apple: Back up with iCloud',
  '108796': 'Apple: Back up with your Mac',
  '108967': 'Apple: Back up with a Windows PC',
  '108770': 'Apple: What iCloud backs up',
  '108922': 'Apple: Manage iCloud storage',
  '108353': 'Apple: Encrypted backups',
  '108809': 'Apple: Find backups on your computer',
  '104980': 'Apple: Temporary iCloud storage for a new device',
  '109054': 'Apple: About Trust This Computer',
} as const;

export type AppleArticleId = keyof typeof APPLE_ARTICLES;

/** The link to one of Apple's articles. */
export function articleLink(id: AppleArticleId): StepLink {
  return { label: APPLE_ARTICLES[id], url: `https://support.apple.com/${id}` };
}

/** Apple's live service status: a page to open, not a source. */
export const SYSTEM_STATUS_LINK: StepLink = {
  label: 'Apple System Status',
  url: 'https://www.apple.com/support/systemstatus/',
};
