import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { whenSettled } from './page-events';
import { watchPage } from './watch-page';

/**
 * The content script on every Apple support and Community page. It is declared in
 * wxt.config.ts rather than through WXT's content-script wrapper: that wrapper's context and the
 * browser polyfill it brings cost more to start than this script's whole budget on a page that
 * is not about backups. The panel's code (panel.js) starts WXT's context once a page names one.
 * It runs at document_start only to wait for the page to load: all else waits until then.
 */
export default defineUnlistedScript(() => whenSettled(watchPage, !import.meta.env.CHROME));
