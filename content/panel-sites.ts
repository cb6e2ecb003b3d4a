/**
 * The sites where the fix panel can appear, each of which the user can turn off in the options
 * (kept in Settings.disabledSites by hostname).
 */
export interface PanelSite {
  host: string;
  /** What the options page calls it. */
  label: string;
}

export const PANEL_SITES: readonly PanelSite[] = [
  { host: 'support.apple.com', label: 'Apple Support (support.apple.com)' },
  { host: 'discussions.apple.com', label: 'Apple Community (discussions.apple.com)' },
];
