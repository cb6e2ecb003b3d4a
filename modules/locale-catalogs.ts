import { defineWxtModule } from 'wxt/modules';
import { LOCALE_CATALOGS } from '../content/strings/locales';
import { localeFiles } from '../lib/i18n/locale-files';

/**
 * Writes the languages into the extension at build (lib/i18n/locale-files.ts): each translated
 * catalog as a JSON file the panel, the status card, the popup and the options load when they
 * show (lib/i18n/strings.ts says why), and the `_locales` messages the manifest names.
 */
export default defineWxtModule({
  name: 'locale-catalogs',
  setup(wxt) {
    wxt.hook('build:publicAssets', (_, files) => {
      files.push(...localeFiles(Object.values(LOCALE_CATALOGS)));
    });
  },
});
