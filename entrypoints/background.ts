import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessages } from '../lib/messaging/browser-messaging';
import { startStatusService } from '../lib/status/browser-status-service';

export default defineBackground(() => {
  const status = startStatusService();
  onMessages({
    getVersion: () => {
      const { name, version } = browser.runtime.getManifest();
      return { name, version };
    },
    getStatus: () => status.getStatus(),
    refreshStatus: () => status.refresh(),
  });
});
