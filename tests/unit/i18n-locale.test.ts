import { describe, expect, it } from 'vitest';
import {
  browserLocale,
  chooseLocale,
  formattingTag,
  localeFromTag,
  pageLocale,
} from '../../lib/i18n/locale';

describe('localeFromTag', () => {
  it.each([
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['de', 'de'],
    ['de-AT', 'de'],
    ['de-CH', 'de'],
    ['es-MX', 'es'],
    ['fr-CA', 'fr'],
    ['it-IT', 'it'],
    ['pt-BR', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pt_BR', 'pt-BR'],
    ['ja', 'ja'],
    ['ja-JP', 'ja'],
    ['ko-KR', 'ko'],
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-MO', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh-Hant-HK', 'zh-TW'],
    ['zh-Hans-HK', 'zh-CN'],
    ['nl-NL', null],
    ['ar', null],
    ['', null],
    [null, null],
    ['english', null],
  ] as const)('reads %s as %s', (tag, locale) => {
    expect(localeFromTag(tag)).toBe(locale);
  });
});

describe('pageLocale', () => {
  it.each([
    ['an Apple article in German', 'https://support.apple.com/de-de/102563', null, 'de'],
    ['an Apple article in Japanese', 'https://support.apple.com/ja-jp/102563', 'en', 'ja'],
    ['an Austrian article', 'https://support.apple.com/de-at/102563', null, 'de'],
    ['a Hong Kong article', 'https://support.apple.com/zh-hk/102563', null, 'zh-TW'],
    ['a Brazilian guide', 'https://support.apple.com/pt-br/guide/iphone/x/ios', null, 'pt-BR'],
    ['a Euro English article', 'https://support.apple.com/en-euro/102563', 'de', 'en'],
    ['a Dutch article', 'https://support.apple.com/nl-nl/102563', 'nl-NL', null],
    ['an article without a locale, lang German', 'https://support.apple.com/102563', 'de-DE', 'de'],
    ['an old HT article', 'https://support.apple.com/kb/HT203516', 'en-US', 'en'],
    ['a Community thread in German', 'https://discussions.apple.com/de-de/thread/1', null, 'de'],
    ['a Community page under /de/', 'https://discussions.apple.com/de/thread/1', null, 'de'],
    ['a Community thread without locale', 'https://discussions.apple.com/thread/1', 'ko', 'ko'],
    ['the Japanese status page', 'https://www.apple.com/jp/support/systemstatus/', null, 'ja'],
    ['the Korean status page', 'https://www.apple.com/kr/support/systemstatus/', 'en', 'ko'],
    ['the Taiwanese status page', 'https://www.apple.com/tw/support/systemstatus/', null, 'zh-TW'],
    ['the Brazilian status page', 'https://www.apple.com/br/support/systemstatus/', null, 'pt-BR'],
    ['the US status page', 'https://www.apple.com/support/systemstatus/', 'en-US', 'en'],
    [
      'a status page of another country',
      'https://www.apple.com/nl/support/systemstatus/',
      'nl',
      null,
    ],
    ['an address that is not one', 'not a url', 'fr-FR', 'fr'],
  ] as const)('finds %s', (_, url, lang, locale) => {
    expect(pageLocale(url, lang)).toBe(locale);
  });
});

describe('browserLocale', () => {
  it.each([
    ['Japanese UI', ['ja'], 'ja'],
    ['the first known of several', ['nl-NL', 'fr-FR', 'en'], 'fr'],
    ['none of the ten', ['nl-NL', 'sv'], 'en'],
    ['nothing', [], 'en'],
    ["Chrome's code", ['zh_TW'], 'zh-TW'],
  ] as const)('reads %s', (_, tags, locale) => {
    expect(browserLocale(tags)).toBe(locale);
  });
});

describe('chooseLocale', () => {
  it.each([
    ['the panel on a German page in a Japanese browser', 'auto', 'page', 'de', ['ja'], 'de'],
    ['the panel on a Dutch page in a Japanese browser', 'auto', 'page', null, ['ja'], 'ja'],
    ['the popup in a Japanese browser', 'auto', 'extension', undefined, ['ja'], 'ja'],
    ['the popup ignores a page', 'auto', 'extension', 'de', ['ko'], 'ko'],
    ['the setting over a German page', 'fr', 'page', 'de', ['ja'], 'fr'],
    ['the setting over the browser', 'fr', 'extension', undefined, ['ja'], 'fr'],
    ['an unknown browser, no page', 'auto', 'page', null, ['sv'], 'en'],
  ] as const)('picks %s', (_, setting, surface, page, browser, locale) => {
    expect(chooseLocale({ setting, surface, page, browser })).toBe(locale);
  });
});

describe('formattingTag', () => {
  it.each([
    ['English in a British browser', 'en', ['en-GB'], 'en-GB'],
    ['English in a Japanese browser', 'en', ['ja-JP'], 'en'],
    ['German in an Austrian browser', 'de', ['de-AT', 'en'], 'de-AT'],
    ['German in an English browser', 'de', ['en-US'], 'de'],
    ['Traditional Chinese in a Hong Kong browser', 'zh-TW', ['zh-HK'], 'zh-HK'],
  ] as const)('writes %s with its tag', (_, locale, browser, tag) => {
    expect(formattingTag(locale, browser)).toBe(tag);
  });
});
