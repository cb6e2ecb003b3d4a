import type { Locale } from '../../content/strings/catalog';
import { isLocaleCatalog } from './catalog-shape';
import { nativeBrowser } from '../messaging/browser-native';
import type { Settings } from '../storage/schema';
import { chooseLocale, formattingTag } from './locale';
import { catalogPath } from './locale-files';
import { createStrings, EN_CATALOG, type Strings } from './strings';

/**
 * The browser's language tags, its UI language first. Through the browser's own API (not the
 * polyfill), so the popup can load its language before its first render without it.
 */
export function browserTags(): string[] {
  let ui: string | undefined;
  try {
    ui = nativeBrowser().i18n.getUILanguage();
  } catch {
    ui = undefined;
  }
  return [...(ui ? [ui] : []), ...navigator.languages];
}

/** One load per locale and page: every surface of the page shares it. */
const loaded = new Map<Locale, Promise<Strings>>();

async function fetchStrings(locale: Locale, tags: readonly string[]): Promise<Strings> {
  if (locale === 'en') return createStrings(EN_CATALOG, formattingTag('en', tags));
  try {
    const response = await fetch(nativeBrowser().runtime.getURL(catalogPath(locale) as '/'));
    const catalog: unknown = await response.json();
    if (response.ok && isLocaleCatalog(catalog, locale)) {
      return createStrings(catalog, formattingTag(locale, tags));
    }
  } catch {
    // Missing, unreadable or not a catalog: English below.
  }
  // A locale the build does not carry (or a damaged file) is spoken in English, never half.
  return createStrings(EN_CATALOG, formattingTag('en', tags));
}

/**
 * A locale's `Strings`, loaded from the extension's files (English is bundled), with dates
 * written in the browser's own tag when it is the same language. Never fails: anything wrong
 * with the file gives English.
 */
export function loadStrings(
  locale: Locale,
  tags: readonly string[] = browserTags(),
): Promise<Strings> {
  let strings = loaded.get(locale);
  if (!strings) {
    strings = fetchStrings(locale, tags);
    loaded.set(locale, strings);
  }
  return strings;
}

/** The language of the extension's own surfaces (popup, options, badge, notifications): the setting, else the browser's. */
export function readerStrings(settings: Pick<Settings, 'language'>): Promise<Strings> {
  const tags = browserTags();
  return loadStrings(
    chooseLocale({ setting: settings.language, surface: 'extension', browser: tags }),
    tags,
  );
}
