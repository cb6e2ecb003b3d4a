import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { watchPage } from './watch-page';

/**
 * The gate's reading of the page: whether it names a backup, then and after each change. The
 * every-page content script (support-gate) imports this file once the page has loaded, so none
 * of it is compiled while Apple's page is still loading.
 */
export default defineUnlistedScript(watchPage);
