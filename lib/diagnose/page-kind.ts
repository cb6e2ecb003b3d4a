import type { PageKind, PageText } from './types';
import { hostOf, isSearchPage, readQuery } from './url-parts';

/** Where people write about their own failure: Apple Community, in every language. */
const REPORT_HOSTS = ['discussions.apple.com', 'discussions.apple.com.cn'];

/**
 * A report is a person describing their own failure: a Community thread, or a support search,
 * whose query is what they typed. Anything else Apple publishes (an article, a user guide) is a
 * guide: it lists what may go wrong, not what went wrong for this reader.
 */
export function pageKindOf(page: Pick<PageText, 'url'>): PageKind {
  const url = typeof page.url === 'string' ? page.url : '';
  if (REPORT_HOSTS.includes(hostOf(url))) return 'report';
  return isSearchPage(url) && readQuery(url).trim() !== '' ? 'report' : 'guide';
}
