import { defineContentScript } from 'wxt/utils/define-content-script';
import { READY_ATTRIBUTE, READY_VALUE } from '../../lib/ready-marker';
import { watchPage } from './watch-page';

export default defineContentScript({
  // Apple's support articles and search (every locale) and Apple Community.
  matches: ['https://support.apple.com/*', 'https://discussions.apple.com/*'],
  runAt: 'document_idle',
  // The panel brings its CSS inline. 'ui' would make the panel module's shadow root fetch a
  // stylesheet of its own that does not exist, and Chrome logs the denied load on Apple's page.
  cssInjectionMode: 'manual',
  main(ctx) {
    const root = document.documentElement;
    root.setAttribute(READY_ATTRIBUTE, READY_VALUE);
    ctx.onInvalidated(() => root.removeAttribute(READY_ATTRIBUTE));
    watchPage(ctx);
  },
});
