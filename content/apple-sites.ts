/**
 * Apple's sites the extension works on, in one place: the manifest's host permissions and its
 * content script (wxt.config.ts), the status page script's matches, and the options page's list
 * of sites where the panel can be turned off all come from here.
 */
export type PanelHost = 'support.apple.com' | 'discussions.apple.com';

/** A site the panel can appear on; the options page names it (content/strings/options.ts). */
export interface PanelSite {
  host: PanelHost;
}

/**
 * The sites where the fix panel can appear, each of which the user can turn off in the options
 * (kept in Settings.disabledSites by hostname).
 */
export const PANEL_SITES: readonly PanelSite[] = [
  { host: 'support.apple.com' },
  { host: 'discussions.apple.com' },
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

/** Apple's System Status page, which the popup and the steps about Apple's side link to. */
export const APPLE_STATUS_URL = 'https://www.apple.com/support/systemstatus/';

/** Apple's "If you can't back up" article: our panel shows the matching steps on it. */
export const FIX_ARTICLE_URL = 'https://support.apple.com/en-us/102563';
