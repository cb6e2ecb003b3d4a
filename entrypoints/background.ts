import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessages } from '../lib/messaging/browser-messaging';
import { relayPanelToggle } from '../lib/panel/browser-toggle-command';
import { startStatusService } from '../lib/status/browser-status-service';

export default defineBackground(() => {
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
});
