import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { importOwnScript } from '../../lib/messaging/browser-native';
import { PAGE_READER_PATH } from '../panel/api';
import { whenSettled } from './page-events';

/**
 * The content script on every Apple support and Community page. It is declared in
 * wxt.config.ts rather than through WXT's content-script wrapper: that wrapper's context and the
 * browser polyfill it brings cost more to start than this script's whole budget on a page that
 * is not about backups. It runs at document_start only to wait for the page to load, and holds
 * no more than that: every line here is compiled while the page loads (the bench measured the
 * whole gate there at about 0.5 ms more than an empty script). The reading itself (page-reader)
 * is imported once the page has settled; the panel's code (panel.js) once a page names a backup.
 */
export default defineUnlistedScript(() =>
  whenSettled(
    () => void importOwnScript(PAGE_READER_PATH).catch(() => undefined),
    !import.meta.env.CHROME,
  ),
);
