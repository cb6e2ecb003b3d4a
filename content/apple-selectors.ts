/**
 * CSS selectors for Apple's markup, in one place so a redesign is a one-file change. Each list is
 * tried in order; the first that matches wins.
 */
export const SUPPORT_SELECTORS = {
  /** The body of a support article or user-guide page. */
  articleBody: [
    '#sections',
    '[itemprop="articleBody"]',
    '.AppleTopic',
    'main article',
    '#main',
    'main',
    'article',
  ],
  /** The article's heading. */
  articleTitle: ['h1.gb-header', '#main h1', 'main h1', 'h1'],
  /** Inside the body but not part of what the page says. */
  exclude: [
    'nav',
    'footer',
    'aside',
    'script',
    'style',
    'noscript',
    'template',
    '[role="navigation"]',
    '[aria-hidden="true"]',
    '.related-links',
    '.gb-related',
    '.article-feedback',
    '.localnav',
    '.cookie-banner',
    '#ac-gn-cookie',
    '.ac-gf-cookie',
    'backup-doctor-panel',
  ],
} as const;

export const COMMUNITY_SELECTORS = {
  threadTitle: ['h1.thread-title', '.thread-title', '#main h1', 'main h1', 'h1'],
  /** The question first, then the replies. */
  posts: ['.thread-question .post-body', '.reply .post-body', '.post-body', '.thread-body'],
  /** Whole thread container, when posts are not marked up as expected. */
  thread: ['article.thread', '.thread', 'main', '#main'],
} as const;
