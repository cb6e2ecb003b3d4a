import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startWatching } from './watching';

/**
 * The content script on every Apple support and Community page. It is declared in
 * wxt.config.ts rather than through WXT's content-script wrapper: that wrapper's context and the
 * browser polyfill it brings cost more to start than this script's whole budget on a page that
 * is not about backups. The panel's code (panel.js) starts WXT's context once a page names one.
 * This file's bundle is the part a page compiles only when it needs it: the build
 * (modules/gate-build.ts) makes it the body of a function that returns what main returns, run
 * without WXT's unlisted-script wrapper. start.ts calls it once a page may become a backup page,
 * for the watching that follows it.
 */
export default defineUnlistedScript(() => startWatching);
