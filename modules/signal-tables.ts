import { defineWxtModule } from 'wxt/modules';
import { CJK_TABLES_PATH } from '../lib/diagnose/cjk';
import { CJK_SIGNALS_JSON } from '../lib/diagnose/cjk-signals.generated';

/**
 * Writes the CJK part of the signal tables into the extension at build, as a file the panel loads
 * only on a page with a CJK character (lib/diagnose/browser-cjk.ts): the panel's code carries the
 * core alone, and a page in any other script never reads that part (lib/diagnose/cjk.ts).
 */
export default defineWxtModule({
  name: 'signal-tables',
  setup(wxt) {
    wxt.hook('build:publicAssets', (_, files) => {
      files.push({ relativeDest: CJK_TABLES_PATH.slice(1), contents: CJK_SIGNALS_JSON });
    });
  },
});
