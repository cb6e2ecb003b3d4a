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
  /** The question and the replies (all that match, in page order). */
  posts: ['.thread-question .post-body', '.reply .post-body', '.post-body', '.thread-body'],
  /** Whole thread container, when posts are not marked up as expected. */
  thread: ['article.thread', '.thread', 'main', '#main'],
} as const;

/**
 * Where things are on Apple's System Status page (www.apple.com[/cc]/support/systemstatus/).
 * Each entry lists selectors from the markup we know (DOMAIN.md §2) to looser fallbacks; readers
 * take the first that matches, so a markup change costs one line here, not a code change.
 * Proven by tests/fixtures/sites/www.apple.com/support/systemstatus/ (table markup), its /uk/
 * variant (list markup, other class names) and tests/unit/status/page.test.ts.
 */
export const STATUS_PAGE_SELECTORS = {
  /** One element per service. */
  rows: ['#ssp-lights-table .light-container', '.light-container'],
  /** Inside a row: the service's name (its a11y suffix is removed). */
  name: ['.light-name', '.light-content'],
  /** Inside a name: the screen-reader suffix such as ": available". */
  a11ySuffix: ['.a11y', '.visuallyhidden'],
  /**
   * Inside a row: the status light, whose class (or a descendant's) says the state
   * (light-available, ...). Without it, any light-* class in the row is read.
   */
  light: ['.light-image'],
  /** The page's "as of" time. */
  asOf: ['.section-date .date-copy', '.section-date', '[class*="date-copy"]'],
  /** Our card goes just before the first of these; the top of <main> or <body> otherwise. */
  cardAnchor: ['#ssp-lights-table', '.lights-table', 'main'],
} as const;

/** Words in a light's class or a11y suffix, mapped to a state ("resolved" is available again). */
export const STATUS_PAGE_LIGHTS: Readonly<
  Record<string, 'available' | 'maintenance' | 'issue' | 'outage'>
> = {
  available: 'available',
  resolved: 'available',
  maintenance: 'maintenance',
  issue: 'issue',
  performance: 'issue',
  outage: 'outage',
};
