import { defaultClientConditions } from 'vite';
import { defineConfig } from 'wxt';
import {
  APPLE_HOST_PERMISSIONS,
  PANEL_PAGES,
  sitePattern,
  STATUS_PAGES,
} from './content/apple-sites';
import { CJK_TABLES_PATH } from './lib/diagnose/cjk';
import { manifestMessage } from './lib/i18n/locale-files';

const TOOLBAR_BUTTON = {
  default_title: manifestMessage('name'),
  default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' },
};

export default defineConfig({
  modules: ['@wxt-dev/module-solid', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  // The test build (`--mode test`) is the shipped build plus the e2e readiness marks. WXT sets
  // NODE_ENV to the mode, and Vite would then resolve libraries' development builds (Solid's dev
  // runtime, slower and checking): the e2e tests and the bench would run code no user runs.
  vite: ({ mode }) => ({
    resolve: {
      conditions:
        mode === 'development'
          ? undefined
          : defaultClientConditions.map((c) => (c === 'development|production' ? 'production' : c)),
    },
  }),
  // `npm run zip`: Chrome and Firefox packages, plus the sources archive Firefox's review asks
  // for. The sources are what builds the extension: tests, their output and local files stay out.
  zip: {
    includeSources: ['**/*', '.nvmrc'],
    excludeSources: ['tests/**', 'coverage/**', 'bench/**', '**/*.log'],
  },
  manifest: ({ browser, manifestVersion }) => ({
    // The browser shows these itself, in its own language: `_locales` (modules/locale-catalogs.ts).
    name: manifestMessage('name'),
    description: manifestMessage('description'),
    default_locale: 'en',
    permissions: ['storage', 'alarms'],
    // Safari has no notifications API: its build does not offer them (the options page hides them).
    ...(browser === 'safari' ? {} : { optional_permissions: ['notifications'] }),
    // Only Apple's status feed and the pages our content scripts read (content/apple-sites.ts).
    host_permissions: [...APPLE_HOST_PERMISSIONS],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    // The toolbar button under the key the target reads: WXT writes the popup into
    // browser_action for MV2 builds before it would move `action` there, and then keeps only the
    // popup (Firefox's button lost its icon).
    [manifestVersion === 2 ? 'browser_action' : 'action']: TOOLBAR_BUTTON,
    // The backup gate, on every Apple support and Community page (entrypoints/support-gate/).
    // Declared here rather than as a WXT content script, whose runtime and polyfill cost more to
    // start than the gate's budget. At document_start Chromium sets up the script's world early,
    // which delays the page's load event far less than at document_idle; the gate itself waits
    // for the load event before it reads anything.
    // Its stylesheet shows our panel: the browser removes it with the extension (see the file).
    content_scripts: [
      {
        matches: [...PANEL_PAGES],
        js: ['support-gate.js'],
        css: ['panel-page.css'],
        run_at: 'document_start',
      },
    ],
    // The panel's code, imported by the content script only on a backup-error page. Chrome
    // serves it only under a per-session URL, so no page can probe a fixed extension URL to
    // learn we are installed. (WXT turns this into the MV2 form for Firefox, which has no such
    // key: its extension URLs already hold a per-install id.)
    // The language catalogs (lib/i18n/strings.ts) are read by the panel and by the status card,
    // the same way: only on those sites and only under the per-session URL. (A match pattern
    // here may name a site, not a path: the status pages' site is www.apple.com.)
    // The CJK part of the signal tables is read by the panel the same way, on a page with a CJK
    // character (lib/diagnose/cjk.ts).
    web_accessible_resources: [
      {
        resources: ['panel.js', CJK_TABLES_PATH.slice(1)],
        matches: [...PANEL_PAGES],
        use_dynamic_url: true,
      },
      {
        resources: ['locales/*.json'],
        matches: [...new Set([...PANEL_PAGES, ...STATUS_PAGES].map(sitePattern))],
        use_dynamic_url: true,
      },
    ],
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: manifestMessage('toggleCommand'),
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backup-doctor@backupdoctor.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
