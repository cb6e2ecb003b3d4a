import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessages } from '../lib/messaging/browser-messaging';
import { relayPanelToggle } from '../lib/panel/browser-toggle-command';
import { startStatusService } from '../lib/status/browser-status-service';

export default defineBackground({
  // An event page where the manifest has background pages (Firefox, Safari): like Chrome's
  // service worker it is unloaded when idle, so the code is made for that once (state in storage,
  // the timer an alarm, listeners registered as it starts).
  persistent: false,
  main() {
    const status = startStatusService();
    relayPanelToggle();
    onMessages({
      getVersion: () => {
        const { name, version } = browser.runtime.getManifest();
        return { name, version };
      },
      getStatus: () => status.getStatus(),
      refreshStatus: () => status.refresh(),
    });
  },
});
