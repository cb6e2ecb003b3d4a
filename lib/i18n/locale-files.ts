import {
  EN_UI,
  type Locale,
  type LocaleCatalog,
  type UiCatalog,
} from '../../content/strings/catalog';

/**
 * The files the build writes for the languages (modules/locale-catalogs.ts): each translated
 * locale's catalog as `locales/<locale>.json`, which the surfaces load (lib/i18n/browser-catalog.ts),
 * and `_locales/<code>/messages.json` with the few words the browser shows by itself (the
 * manifest's name, description and shortcut), which only `_locales` can give it.
 */

/** Where a locale's catalog is in the extension. */
export function catalogPath(locale: Locale): `/locales/${string}.json` {
  return `/locales/${locale}.json`;
}

/** The browser's code for a locale's `_locales` folder: pt-BR is pt_BR. */
export function browserLocaleCode(locale: Locale): string {
  return locale.replace('-', '_');
}

/** The manifest's `__MSG_…__` names, each filled from the catalog's `manifest` section. */
export const MANIFEST_MESSAGES = {
  name: 'name',
  description: 'description',
  toggleCommand: 'toggleCommand',
} as const satisfies Record<keyof UiCatalog['manifest'], string>;

/** `__MSG_name__` for the manifest. */
export function manifestMessage(key: keyof typeof MANIFEST_MESSAGES): string {
  return `__MSG_${MANIFEST_MESSAGES[key]}__`;
}

export interface LocaleFile {
  relativeDest: string;
  contents: string;
}

function messages(ui: UiCatalog): string {
  const entries = Object.entries(MANIFEST_MESSAGES).map(([key, name]) => [
    name,
    { message: ui.manifest[key as keyof typeof MANIFEST_MESSAGES] },
  ]);
  return `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`;
}

/** Every language file of the build: English's `_locales` and each translated locale's two files. */
export function localeFiles(catalogs: readonly LocaleCatalog[]): LocaleFile[] {
  return [
    {
      relativeDest: `_locales/${browserLocaleCode('en')}/messages.json`,
      contents: messages(EN_UI),
    },
    ...catalogs.flatMap((catalog) => [
      {
        relativeDest: catalogPath(catalog.locale).slice(1),
        contents: JSON.stringify(catalog),
      },
      {
        relativeDest: `_locales/${browserLocaleCode(catalog.locale)}/messages.json`,
        contents: messages(catalog.ui),
      },
    ]),
  ];
}
