import { browser } from 'wxt/browser';
import { PANEL_MODULE_KEY, PANEL_MODULE_PATH, type PanelModule } from '../panel/api';

/** Loads the panel's code once, on the first page that names a backup, from the extension's files. */
export async function loadPanelModule(): Promise<PanelModule> {
  const global = globalThis as Record<string, unknown>;
  if (!global[PANEL_MODULE_KEY]) {
    await import(/* @vite-ignore */ browser.runtime.getURL(PANEL_MODULE_PATH));
  }
  const module = global[PANEL_MODULE_KEY] as PanelModule | undefined;
  if (!module) throw new Error('The panel module did not load');
  return module;
}
