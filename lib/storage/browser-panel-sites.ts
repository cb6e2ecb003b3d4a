import { panelSitesItem } from './browser-items';
import { sanitizePanelSites, type PanelSiteState } from './schema';

/** How the panel was left on this host, or null when it never was. */
export async function getPanelSite(host: string): Promise<PanelSiteState | null> {
  return sanitizePanelSites(await panelSitesItem.getValue())[host] ?? null;
}

export async function setPanelSite(host: string, state: PanelSiteState): Promise<void> {
  const all = sanitizePanelSites(await panelSitesItem.getValue());
  await panelSitesItem.setValue({ ...all, [host]: state });
}
