/**
 * CSS selectors for Apple's markup, in one place so a redesign is a one-file change. Each list is
 * tried in order; the first that matches wins. Proven by our fixture pages in tests/fixtures/sites/.
 */
export const SUPPORT_SELECTORS = {
  /**
   * The body of a support article or user-guide page: `div#sections` inside `#content`
   * (DOMAIN.md §3), then looser fallbacks; with every class and id gone, `main`.
   */
  articleBody: [
    '#content #sections',
    '#sections',
    '[itemprop="articleBody"]',
    '.AppleTopic',
    'main article',
    '#main',
    'main',
    'article',
  ],
  /** The lead under the title (outside #sections), read with the body when the body is #sections. */
  articleLead: ['.gb-subheader', '.subheader'],
  /** The article's heading. */
  articleTitle: ['h1.gb-header', '#main h1', 'main h1', 'h1'],
} as const;

/**
 * Inside a support page's body but not part of what the page says. Notes (`gb-note`) and callouts
 * (`gb-callout`) are content and stay. Lists that are only links (the in-page table of
 * contents, related articles) are left out by their structure (lib/diagnose/read-page.ts).
 */
export const SUPPORT_EXCLUDE: readonly string[] = [
  'nav',
  'footer',
  'aside',
  'form',
  'button',
  'script',
  'style',
  'noscript',
  'template',
  '[role="navigation"]',
  '[role="form"]',
  '[aria-hidden="true"]',
  '[hidden]',
  '.related-links',
  '.gb-related',
  '.article-feedback',
  '.localnav',
  '.cookie-banner',
  '#ac-gn-cookie',
  '.ac-gf-cookie',
  'backup-doctor-panel',
];

/**
 * Apple Community threads (discussions.apple.com): no public copy confirms their markup
 * (DOMAIN.md §3), so they are read by structure, not class names: the main content, its
 * heading, and the posts as the largest blocks of user-written text (lib/diagnose/read-page.ts).
 */
export const COMMUNITY_SELECTORS = {
  main: ['main', '[role="main"]'],
} as const;

/**
 * Where things are on Apple's System Status page (www.apple.com[/cc]/support/systemstatus/), as
 * DOMAIN.md §2 describes Apple's rendered markup. Each entry lists selectors from the markup we
 * know to looser fallbacks; readers take the first that matches, so a markup change costs one
 * line here. Proven by the pages under tests/fixtures/sites/www.apple.com/ (drawn by
 * support/systemstatus/assets/render-status.js) and tests/unit/status/page.test.ts.
 */
export const STATUS_PAGE_SELECTORS = {
  /**
   * One element per service, per layout: the lights table, then the small-screen event list.
   * Every layout found is read (a page may carry both). The last entry holds when every class
   * and id is gone: the name's span[role="text"] in a table cell is the row.
   */
  rows: [
    ['#ssp-lights-table td.info-tooltip-wrapper', '#ssp-lights-table td', '.light-container'],
    ['.event-container .event'],
    ['table td [role="text"]'],
  ],
  /** The colour key: its light-* elements sit outside any row and are never services. */
  legend: ['.section-legend'],
  /** Inside a row: the element holding the name (and its nested a11y suffix). */
  name: [
    '.light-name [role="text"]',
    '.light-name',
    '.event-title',
    '[role="text"]',
    '.light-content',
  ],
  /**
   * Inside a row: text that ends with the state after a hyphen. A service with events shows its
   * name as a link ("iCloud Mail - Issue"), the small-screen layout a title ("X - Available").
   */
  phrased: ['.light-link', '.event-title', 'a'],
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
  cardAnchor: ['#ssp-lights-table', '.section-lights', '.event-container', 'main'],
} as const;

type PageState = 'available' | 'maintenance' | 'issue' | 'outage';

/**
 * Words in a light's class ("light-outage"), an a11y suffix (": available") or a link's state
 * phrase ("Resolved Outage", "2 Upcoming Maintenances"), and what they mean for the service now
 * (DESIGN.md's rules).
 */
export const STATUS_PAGE_WORDS: {
  states: Readonly<Record<string, PageState>>;
  notCurrent: readonly string[];
} = {
  states: {
    available: 'available',
    maintenance: 'maintenance',
    maintenances: 'maintenance',
    issue: 'issue',
    issues: 'issue',
    performance: 'issue',
    outage: 'outage',
    outages: 'outage',
  },
  /**
   * An event that is over (resolved, completed) or has not started (upcoming): the service is
   * available now, whatever kind of event it names.
   */
  notCurrent: ['resolved', 'completed', 'upcoming'],
};
