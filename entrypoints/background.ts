import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessages } from '../lib/messaging/browser-messaging';
import { startStatusService } from '../lib/status/browser-status-service';
import { TOGGLE_PANEL_COMMAND, TOGGLE_PANEL_MESSAGE } from '../lib/messaging/protocol';

export default defineBackground({
  // An event page where the manifest has background pages (Firefox, Safari): like Chrome's
  // service worker it is unloaded when idle, so the code is made for that once (state in storage,
  // the timer an alarm, listeners registered as it starts).
  persistent: false,
  main() {
    const status = startStatusService();
    relayPanelToggle();
    onMessages({
      getStatus: () => status.getStatus(),
      refreshStatus: () => status.refresh(),
    });
  },
});

/**
 * Relays the "toggle the panel" shortcut to the content script of the tab it was pressed in.
 * The tab comes with the command, so no `tabs` permission is needed to message it.
 */
export function relayPanelToggle(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== TOGGLE_PANEL_COMMAND || tab?.id === undefined) return;
    // A tab without our content script (not an Apple page) has no listener: nothing to do.
    browser.tabs.sendMessage(tab.id, TOGGLE_PANEL_MESSAGE).catch(() => undefined);
  });
}
