import { browser } from 'wxt/browser';
import { TOGGLE_PANEL_COMMAND, TOGGLE_PANEL_MESSAGE } from './toggle-message';

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
