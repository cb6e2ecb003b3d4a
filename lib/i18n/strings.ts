/**
 * How Backup Doctor speaks ten languages (DESIGN.md, "Every user-visible string goes through one
 * place").
 *
 * Each surface works with one `Strings`: a locale's whole catalog (`UiCatalog`, and its
 * `StepCatalog` of fix-step translations) with the formatting that locale needs bound to it
 * (plurals by Intl.PluralRules, "3 minutes ago" by Intl.RelativeTimeFormat, times by
 * Intl.DateTimeFormat in the locale's own 12- or 24-hour clock, lists by Intl.ListFormat).
 * Components read it from a Solid context, lib functions take it as a parameter; nothing else
 * writes a word a person reads.
 *
 * Why per-language catalogs loaded with the surface, not `browser.i18n.getMessage`: getMessage
 * answers only in the browser's UI language, fixed for the session, while the panel must speak
 * the Apple page's language (a German article in an English browser) and the options let the
 * reader pick another one live. So English is bundled (`EN_STRINGS`, never fetched) and every
 * other locale is one JSON file in the extension (`locales/<locale>.json`, written at build by
 * modules/locale-catalogs.ts from content/strings/locales/), fetched by the surface that shows it
 * (lib/i18n/browser-catalog.ts) just before its first render and cached for the page. The
 * every-page gate carries no words at all; a page that never shows the panel loads no catalog.
 * `_locales/` exists only for what the browser itself shows (the manifest's name, description
 * and shortcut), which can only come from there.
 */
import {
  EN_UI,
  type LocaleCatalog,
  type Locale,
  type StepCatalog,
  type UiCatalog,
} from '../../content/strings/catalog';
import { format, formatPlural, type Plural } from '../../content/strings/format';

export interface Strings {
  /** The catalog's locale. */
  readonly locale: Locale;
  /** The tag dates, numbers and lists are written with (en-GB for an English catalog in a British browser). */
  readonly tag: string;
  readonly ui: UiCatalog;
  /** The fix steps' translations; null for English, whose words are the step table's own. */
  readonly steps: StepCatalog | null;
  /** Fills `{name}` placeholders. */
  format(template: string, values?: Record<string, string | number>): string;
  /** The plural form the locale uses for `count`, filled (`{n}` and `{count}` are the count). */
  plural(forms: Plural, count: number, values?: Record<string, string | number>): string;
  /** "3 minutes ago", "2 hours ago", "1 day ago" for a time in the past. */
  ago(ms: number, now: number): string;
  /** "14:02" (or "2:02 PM") on the same day as `now`, with the date otherwise. */
  clock(ms: number, now: number, timeZone?: string): string;
  /** "A, B and C" in the locale's words. */
  list(items: readonly string[]): string;
}

type ClockPart = 'date' | 'time' | 'dayAndTime';

/** No hour cycle is forced: each locale writes its own clock (en-US 2:02 PM, de 14:02). */
const CLOCK_PARTS: Record<ClockPart, Intl.DateTimeFormatOptions> = {
  date: {},
  time: { hour: 'numeric', minute: '2-digit' },
  dayAndTime: { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
};

/**
 * Formatters made once per part, tag and zone: making one costs far more than using it, and a
 * popup writes a dozen times on its first render.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function formatPart(part: ClockPart, tag: string, ms: number, timeZone?: string): string {
  // Calendar dates in `en-CA` read "2025-11-27": equal strings, same day.
  const locale = part === 'date' ? 'en-CA' : tag;
  const key = `${part}|${locale}|${timeZone ?? ''}`;
  let formatter = dateFormats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...CLOCK_PARTS[part], timeZone });
    dateFormats.set(key, formatter);
  }
  return formatter.format(ms);
}

/** A locale's catalog with its formatting; `tag` defaults to the locale itself. */
export function createStrings(
  catalog: LocaleCatalog | EnglishCatalog,
  tag: string = catalog.locale,
): Strings {
  let relative: Intl.RelativeTimeFormat | null = null;
  let lists: Intl.ListFormat | null = null;
  return {
    locale: catalog.locale,
    tag,
    ui: catalog.ui,
    steps: catalog.steps,
    format,
    plural: (forms, count, values) => formatPlural(tag, forms, count, values),
    ago(ms, now) {
      const minutes = Math.floor(Math.max(0, now - ms) / 60_000);
      const hours = Math.floor(minutes / 60);
      const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
        minutes < 60
          ? [minutes, 'minute']
          : hours < 24
            ? [hours, 'hour']
            : [Math.floor(hours / 24), 'day'];
      relative ??= new Intl.RelativeTimeFormat(tag, { numeric: 'always' });
      return relative.format(-value, unit);
    },
    clock(ms, now, timeZone) {
      const time = formatPart('time', tag, ms, timeZone);
      if (formatPart('date', tag, ms, timeZone) === formatPart('date', tag, now, timeZone)) {
        return time;
      }
      return formatPart('dayAndTime', tag, ms, timeZone);
    },
    list(items) {
      lists ??= new Intl.ListFormat(tag, { type: 'conjunction' });
      return lists.format(items);
    },
  };
}

/** English's catalog: the source words, bundled with every surface. */
export interface EnglishCatalog {
  readonly locale: 'en';
  readonly ui: UiCatalog;
  readonly steps: null;
}

export const EN_CATALOG: EnglishCatalog = { locale: 'en', ui: EN_UI, steps: null };

/** English, written the way `en` writes dates (US). Surfaces with a browser tag use `createStrings(EN_CATALOG, tag)`. */
export const EN_STRINGS: Strings = createStrings(EN_CATALOG);
