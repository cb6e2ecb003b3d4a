import { APPLE_LOCALE_SITES } from '../../content/apple-sites';
import { LOCALES, type Locale } from '../../content/strings/catalog';

/**
 * Which of the ten languages a surface speaks. The panel and the status card speak the Apple
 * page's language (its address's locale, else `<html lang>`) when it is one of the ten, else the
 * browser's; the popup and the options the browser's; the options' language setting overrides
 * both. Pure: callers pass the page's address, its `lang` and the browser's language tags.
 */

export type LanguageSetting = 'auto' | Locale;

export const LANGUAGE_SETTINGS: readonly LanguageSetting[] = ['auto', ...LOCALES];

/** Chinese in traditional characters: by its script when the tag names one, else by region. */
function traditionalChinese(tag: string): boolean {
  const script = /^zh-([a-z]{4})(?:-|$)/.exec(tag)?.[1];
  if (script) return script === 'hant';
  return /^zh-(?:tw|hk|mo)(?:-|$)/.test(tag);
}

/**
 * The locale of a BCP 47 tag (or a Chrome code such as `pt_BR`), or null when it is none of the
 * ten: any English is en, any Portuguese pt-BR, de-AT de, es-MX es, fr-CA fr, Chinese in
 * traditional characters zh-TW and any other Chinese zh-CN.
 */
export function localeFromTag(tag: string | null | undefined): Locale | null {
  const t = (tag ?? '').trim().toLowerCase().replace(/_/g, '-');
  const language = /^([a-z]{2,3})(?:-|$)/.exec(t)?.[1];
  switch (language) {
    case 'en':
    case 'de':
    case 'fr':
    case 'es':
    case 'it':
    case 'ja':
    case 'ko':
      return language;
    case 'pt':
      return 'pt-BR';
    case 'zh':
      return traditionalChinese(t) ? 'zh-TW' : 'zh-CN';
    default:
      return null;
  }
}

/** The System Status page's country segments (www.apple.com/jp/support/systemstatus/). */
const STATUS_COUNTRIES: ReadonlyMap<string, Locale> = new Map(
  LOCALES.flatMap((locale) => {
    const country = APPLE_LOCALE_SITES[locale].statusCountry;
    return country ? [[country, locale] as const] : [];
  }),
);

/** The locale an Apple address names: support.apple.com/de-de/…, discussions.apple.com/de/…. */
function localeFromUrl(url: string): Locale | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const first = parsed.pathname.split('/')[1]?.toLowerCase() ?? '';
  if (parsed.hostname === 'www.apple.com') {
    return /^\/[a-z-]+\/support\/systemstatus\//i.test(parsed.pathname)
      ? (STATUS_COUNTRIES.get(first) ?? null)
      : null;
  }
  // A locale segment is a language, or a language and a region (Apple's "en-euro" and "en-lamr").
  return /^[a-z]{2}(?:-[a-z]{2,5})?$/.test(first) ? localeFromTag(first) : null;
}

/** The Apple page's language: its address's locale, else its `<html lang>`; null when neither is one of the ten. */
export function pageLocale(url: string, htmlLang: string | null | undefined): Locale | null {
  return localeFromUrl(url) ?? localeFromTag(htmlLang);
}

/** The browser's language: the first of its tags (UI language first) that is one of the ten, else English. */
export function browserLocale(tags: readonly string[]): Locale {
  for (const tag of tags) {
    const locale = localeFromTag(tag);
    if (locale) return locale;
  }
  return 'en';
}

/** Where a surface is: on an Apple page (panel, status card) or the extension's own (popup, options). */
export type Surface = 'page' | 'extension';

export interface LocaleInputs {
  setting: LanguageSetting;
  surface: Surface;
  /** The Apple page's locale (`pageLocale`), for surfaces on a page. */
  page?: Locale | null;
  /** The browser's language tags, UI language first. */
  browser: readonly string[];
}

/** The locale a surface speaks: the setting, else (on a page) the page's, else the browser's. */
export function chooseLocale(inputs: LocaleInputs): Locale {
  if (inputs.setting !== 'auto') return inputs.setting;
  if (inputs.surface === 'page' && inputs.page) return inputs.page;
  return browserLocale(inputs.browser);
}

/**
 * The tag dates and numbers are written with: the browser's own tag when it is the same language
 * (en-GB writes 14:02, de-AT its own month names), else the locale itself.
 */
export function formattingTag(locale: Locale, browser: readonly string[]): string {
  const own = browser.find((tag) => localeFromTag(tag) === locale);
  if (!own) return locale;
  try {
    return Intl.getCanonicalLocales(own.replace(/_/g, '-'))[0] ?? locale;
  } catch {
    return locale;
  }
}
