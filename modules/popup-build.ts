import type { Plugin } from 'vite';
import { defineWxtModule } from 'wxt/modules';

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*? href="\/([^"]+\.css)"[^>]*>/g;

/**
 * The popup's stylesheet written into popup.html: a linked one is one more file to read, and the
 * popup's script waits for it before it runs. Extension pages allow inline styles (only scripts
 * are held to 'self').
 */
function inlineStylesheets(): Plugin {
  const inlined = new Set<string>();
  return {
    name: 'popup-inline-stylesheets',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle }) =>
        html.replace(STYLESHEET_LINK, (link, file: string) => {
          const asset = bundle?.[file];
          if (asset?.type !== 'asset' || typeof asset.source !== 'string') return link;
          if (asset.source.includes('</style')) return link;
          inlined.add(file);
          return `<style>${asset.source}</style>`;
        }),
    },
    // Drops the stylesheet files now written into the page (Rollup's bundle is the list of
    // files it will write).
    generateBundle(_, bundle) {
      for (const file of inlined) Reflect.deleteProperty(bundle, file);
    },
  };
}

/**
 * The popup is built on its own, not with the options page: pages built together share chunks,
 * and every shared chunk is one more file before the popup's first render. Its one script then
 * holds all the status view needs; its stylesheet is inlined.
 */
export default defineWxtModule({
  name: 'popup-build',
  setup(wxt) {
    wxt.hook('entrypoints:grouped', (_, groups) => {
      for (const group of groups) {
        if (!Array.isArray(group) || group.length < 2) continue;
        const popup = group.findIndex((entry) => entry.type === 'popup');
        if (popup === -1) continue;
        groups.push(group.splice(popup, 1));
        return;
      }
    });
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (entrypoints.length !== 1 || entrypoints[0]?.type !== 'popup') return;
      config.plugins = [...(config.plugins ?? []), inlineStylesheets()];
    });
  },
});
