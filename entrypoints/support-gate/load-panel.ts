import { nativeBrowser } from '../../lib/messaging/browser-native';
import { PANEL_MODULE_KEY, PANEL_MODULE_PATH, type PanelModule } from '../panel/api';

/** The runtime as it may be under an old page: gone, or without an id, once the extension is. */
type MaybeRuntime = { readonly id?: string; getURL(path: string): string } | undefined;

/**
 * Loads the panel's code once, on the first page that names a backup, from the extension's
 * files, through the browser's own API (the polyfill costs more to start than the gate's budget).
 * `null` when the extension has gone away (reloaded, updated or removed) under the page.
 */
export async function loadPanelModule(): Promise<PanelModule | null> {
  const global = globalThis as Record<string, unknown>;
  if (!global[PANEL_MODULE_KEY]) {
    let runtime: MaybeRuntime;
    try {
      runtime = nativeBrowser().runtime;
    } catch {
      runtime = undefined;
    }
    if (!runtime?.id) return null;
    await import(/* @vite-ignore */ runtime.getURL(PANEL_MODULE_PATH));
  }
  const module = global[PANEL_MODULE_KEY] as PanelModule | undefined;
  if (!module) throw new Error('The panel module did not load');
  return module;
}
