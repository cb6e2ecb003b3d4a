import { defineContentScript } from 'wxt/utils/define-content-script';
import { READY_ATTRIBUTE, READY_VALUE } from '../../lib/ready-marker';

export default defineContentScript({
  matches: [
    'https://www.apple.com/support/systemstatus/*',
    'https://www.apple.com/*/support/systemstatus/*',
  ],
  runAt: 'document_idle',
  main(ctx) {
    const root = document.documentElement;
    root.setAttribute(READY_ATTRIBUTE, READY_VALUE);
    ctx.onInvalidated(() => root.removeAttribute(READY_ATTRIBUTE));
  },
});
