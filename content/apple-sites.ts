import type { Locale } from './strings/catalog';

/**
 * Apple's sites the extension works on, in one place: the manifest's host permissions and its
 * content script (wxt.config.ts), the status page script's matches, and the options page's list
 * of sites where the panel can be turned off all come from here.
 */
export type PanelHost = 'support.apple.com' | 'discussions.apple.com';

/** Apple Community, whose pages are threads: a question and its replies. */
export const THREAD_HOST: PanelHost = 'discussions.apple.com';

/** A site the panel can appear on; the options page names it (content/strings/options.ts). */
export interface PanelSite {
  host: PanelHost;
}

/**
 * The sites where the fix panel can appear, each of which the user can turn off in the options
 * (kept in Settings.disabledSites by hostname).
 */
export const PANEL_SITES: readonly PanelSite[] = [
  { host: 'support.apple.com' },
  { host: THREAD_HOST },
];

/**
 * Match patterns of the pages the panel's gate runs on. The gate imports this module: marked pure,
 * what it does not use stays out of its bundle.
 */
export const PANEL_PAGES: readonly string[] = /* @__PURE__ */ PANEL_SITES.map(
  (site) => `https://${site.host}/*`,
);

/**
 * Apple's System Status page and its country variants (www.apple.com/xx/support/systemstatus/);
 * the first also covers the status feed the background fetches.
 */
export const STATUS_PAGES: readonly string[] = [
  'https://www.apple.com/support/systemstatus/*',
  'https://www.apple.com/*/support/systemstatus/*',
];

/** The whole site of a page pattern (https://www.apple.com/*), as web_accessible_resources takes it. */
export function sitePattern(pattern: string): string {
  return pattern.replace(/^(https:\/\/[^/]+)\/.*$/, '$1/*');
}

/** Every Apple address the extension may read: nothing else is reachable. */
export const APPLE_HOST_PERMISSIONS: readonly string[] =
  /* @__PURE__ */ STATUS_PAGES.concat(PANEL_PAGES);

/** Where Apple publishes one locale: its support pages, its System Status page and its feed. */
export interface AppleLocaleSite {
  /** The locale segment of support.apple.com's addresses: support.apple.com/de-de/102563. */
  readonly support: string;
  /** The country segment of the System Status page (www.apple.com/de/support/…), none for en. */
  readonly statusCountry: string | null;
  /** The code in the status feed's file name: system_status_de_DE.js. */
  readonly feed: string;
}

/** Apple's addresses for each of the ten locales, in one table. */
export const APPLE_LOCALE_SITES: Readonly<Record<Locale, AppleLocaleSite>> = {
  en: { support: 'en-us', statusCountry: null, feed: 'en_US' },
  de: { support: 'de-de', statusCountry: 'de', feed: 'de_DE' },
  fr: { support: 'fr-fr', statusCountry: 'fr', feed: 'fr_FR' },
  es: { support: 'es-es', statusCountry: 'es', feed: 'es_ES' },
  it: { support: 'it-it', statusCountry: 'it', feed: 'it_IT' },
  'pt-BR': { support: 'pt-br', statusCountry: 'br', feed: 'pt_BR' },
  ja: { support: 'ja-jp', statusCountry: 'jp', feed: 'ja_JP' },
  ko: { support: 'ko-kr', statusCountry: 'kr', feed: 'ko_KR' },
  'zh-CN': { support: 'zh-cn', statusCountry: 'cn', feed: 'zh_CN' },
  'zh-TW': { support: 'zh-tw', statusCountry: 'tw', feed: 'zh_TW' },
};

/** Apple's "If you can't back up" article: our panel shows the matching steps on it. */
export const FIX_ARTICLE_ID = '102563';

/** One of Apple's support articles in the reader's language: support.apple.com/ja-jp/102563. */
export function appleArticleUrl(locale: Locale, id: string): string {
  return `https://support.apple.com/${APPLE_LOCALE_SITES[locale].support}/${id}`;
}

/** Apple's System Status page in the reader's country variant (none for English). */
export function appleStatusUrl(locale: Locale): string {
  const country = APPLE_LOCALE_SITES[locale].statusCountry;
  return `https://www.apple.com/${country ? `${country}/` : ''}support/systemstatus/`;
}

/** The article the status card links to for the fix steps. */
export function fixArticleUrl(locale: Locale): string {
  return appleArticleUrl(locale, FIX_ARTICLE_ID);
}

/** Apple's consumer status feed by its code (`de_DE`): service names and messages in its language. */
export function statusFeedUrl(feed: string): string {
  return `https://www.apple.com/support/systemstatus/data/system_status_${feed}.js`;
}
