import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PANEL_MODULE_KEY, type PanelModule } from './api';
import { startPanelController } from './controller';

/**
 * The panel's code (the diagnosis and its matcher, settings, Solid, the steps, the plan), kept
 * out of the content script that runs on every Apple page. The content script imports this file
 * only on a page that names a backup (or when the shortcut asks); it runs in the content
 * script's world and hands over its entry point on that world's global.
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[PANEL_MODULE_KEY] = {
    startPanelController,
  } satisfies PanelModule;
});
