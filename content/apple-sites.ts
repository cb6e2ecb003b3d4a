/**
 * Apple's sites the extension works on, in one place: the manifest's host permissions and its
 * content script (wxt.config.ts), the status page script's matches, and the options page's list
 * of sites where the panel can be turned off all come from here.
 */
export interface PanelSite {
  host: string;
  /** What the options page calls it. */
  label: string;
}

/**
 * The sites where the fix panel can appear, each of which the user can turn off in the options
 * (kept in Settings.disabledSites by hostname).
 */
export const PANEL_SITES: readonly PanelSite[] = [
  { host: 'support.apple.com', label: 'Apple Support (support.apple.com)' },
  { host: 'discussions.apple.com', label: 'Apple Community (discussions.apple.com)' },
];

/** Match patterns of the pages the panel's gate runs on. */
export const PANEL_PAGES: readonly string[] = PANEL_SITES.map((site) => `https://${site.host}/*`);

/**
 * Apple's System Status page and its country variants (www.apple.com/xx/support/systemstatus/);
 * the first also covers the status feed the background fetches.
 */
export const STATUS_PAGES: readonly string[] = [
  'https://www.apple.com/support/systemstatus/*',
  'https://www.apple.com/*/support/systemstatus/*',
];

/** Every Apple address the extension may read: nothing else is reachable. */
export const APPLE_HOST_PERMISSIONS: readonly string[] = [...STATUS_PAGES, ...PANEL_PAGES];
