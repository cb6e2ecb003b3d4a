import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessages } from '../lib/messaging/browser-messaging';

export default defineBackground(() => {
  onMessages({
    getVersion: () => {
      const { name, version } = browser.runtime.getManifest();
      return { name, version };
    },
  });
});
