import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { watchPage } from './watch-page';

/**
 * The content script on every Apple support and Community page. It is declared in
 * wxt.config.ts rather than through WXT's content-script wrapper: that wrapper's context and the
 * browser polyfill it brings cost more to start than this script's whole budget on a page that
 * is not about backups. The panel's code (panel.js) starts WXT's context once a page names one.
 * This runs once the page has settled after loading: start.ts waits for that, and the build
 * (modules/gate-build.ts) puts this file's bundle in a function start.ts calls then, and runs
 * its main without WXT's unlisted-script wrapper.
 */
export default defineUnlistedScript(watchPage);
