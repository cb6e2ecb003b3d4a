import type { PanelMode, PanelSiteState } from '../../lib/storage/schema';

/** Below this window width the panel would cover Apple's text, so it starts as a tab. */
export const NARROW_WINDOW = 1000;

/** The open panel's width in px: its own CSS (--bd-panel-width) and the margin it takes from Apple's layout. */
export const PANEL_WIDTH = 360;

export type PanelStart = 'open' | 'collapsed';

/**
 * How the panel first appears: a narrow window, or a site where it was collapsed or closed
 * before, starts as a tab; a site where it was left open opens; otherwise the setting decides.
 * (The 'off' setting is handled before: nothing is mounted.)
 */
export function initialView(
  setting: Exclude<PanelMode, 'off'>,
  site: PanelSiteState | null,
  windowWidth: number,
): PanelStart {
  if (windowWidth < NARROW_WINDOW) return 'collapsed';
  if (site === 'collapsed' || site === 'closed') return 'collapsed';
  if (site === 'open') return 'open';
  return setting;
}
