import type { ComputerVariant, StepDef, StepText } from '../steps/types';
import { CAUSE_NAMES, CHANNEL_NAMES } from './cause-names';
import { CHOICE_LABELS } from './choices';
import type { Plural } from './format';
import { OPTIONS_STRINGS } from './options';
import { PANEL_STRINGS } from './panel';
import { POPUP_STRINGS } from './popup';
import { NOTIFICATION_STRINGS, STATUS_CARD_STRINGS, STATUS_STRINGS } from './status';
import {
  ARTICLE_NAMES,
  COMPUTER_NAMES,
  DEVICE_NAMES,
  IOS_RANGE_NAMES,
  STEP_STRINGS,
} from './steps';

/**
 * The ten languages Backup Doctor speaks, as BCP 47 tags (DESIGN.md). English is the source: its
 * words live in the files beside this one; every other locale is one folder in locales/ with
 * the same shape, a `ui.ts` (this catalog) and a `steps.ts` (the fix steps' texts).
 */
export const LOCALES = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'pt-BR',
  'ja',
  'ko',
  'zh-CN',
  'zh-TW',
] as const;

export type Locale = (typeof LOCALES)[number];

/** The extension's name, description and shortcut as the browser shows them (`_locales`). */
export const MANIFEST_STRINGS = {
  name: 'Backup Doctor',
  description:
    'Spots failing iPhone and iPad backups on Apple pages, checks Apple’s status, and shows the fix steps.',
  toggleCommand: 'Show or hide the Backup Doctor panel',
} as const;

/**
 * The panel never shows the popup's or the options' words, so its build leaves their English out
 * (WXT names the entrypoint it builds, and the unused tables fall away): a page loads only the
 * words it can show. Every other build, the tests and the catalogs' JSON keep every section.
 */
const onPage = import.meta.env?.ENTRYPOINT === 'panel';

/** Every word of every surface, in English: the shape each locale's `ui.ts` fills. */
export const EN_UI = {
  manifest: MANIFEST_STRINGS,
  panel: PANEL_STRINGS,
  stepList: STEP_STRINGS,
  status: STATUS_STRINGS,
  notification: NOTIFICATION_STRINGS,
  statusCard: STATUS_CARD_STRINGS,
  popup: onPage ? ({} as typeof POPUP_STRINGS) : POPUP_STRINGS,
  options: onPage ? ({} as typeof OPTIONS_STRINGS) : OPTIONS_STRINGS,
  choices: CHOICE_LABELS,
  causes: CAUSE_NAMES,
  channels: CHANNEL_NAMES,
  devices: DEVICE_NAMES,
  computers: COMPUTER_NAMES,
  iosRanges: IOS_RANGE_NAMES,
  articles: ARTICLE_NAMES,
} as const;

/**
 * English's literal strings widened to `string`, plural forms kept as plural forms. A table that
 * merely has an `other` key among others (the computers' names) is a table, not plural forms.
 */
type Widen<T> = T extends string
  ? string
  : T extends Plural
    ? [Exclude<keyof T, Intl.LDMLPluralRule>] extends [never]
      ? Plural
      : { readonly [K in keyof T]: Widen<T[K]> }
    : { readonly [K in keyof T]: Widen<T[K]> };

/** One locale's words for every surface: the same keys as English, each a sentence of its own. */
export type UiCatalog = Widen<typeof EN_UI>;

/** The words of one text of a step (its base, an iOS variant or a computer variant). */
export type StepWords = Partial<Omit<StepText, 'opens' | 'instructions'>> & {
  readonly instructions?: readonly string[];
};

/**
 * One step's words in a locale, in the step's own shape: the base text, then each iOS variant
 * in the same order as the step's `ios` list, then each computer variant. A variant translates
 * exactly the fields it changes in English.
 */
export interface StepTranslation extends StepWords {
  readonly ios?: readonly StepWords[];
  readonly computer?: Partial<Readonly<Record<ComputerVariant, StepWords>>>;
}

/**
 * A label a translation uses without being sure Apple's localised software words it so (a
 * Settings path, a button): said in the data rather than guessed silently.
 */
export interface UnsureLabel {
  /** The label exactly as it appears in the locale's step texts. */
  readonly label: string;
  /** What is not sure about it, in English for the team. */
  readonly note: string;
}

/** One locale's fix steps: every step id of content/steps, and the labels it is not sure of. */
export interface StepCatalog {
  readonly steps: Readonly<Record<string, StepTranslation>>;
  readonly unsure: readonly UnsureLabel[];
}

/** A locale's whole catalog, as the extension loads it. */
export interface LocaleCatalog {
  readonly locale: Locale;
  readonly ui: UiCatalog;
  readonly steps: StepCatalog;
}

/** The words of one text, without its source or link: the fields a translation fills. */
function words(text: Partial<StepText>): StepWords {
  const picked: Record<string, string | readonly string[]> = {};
  for (const key of STEP_WORD_KEYS) {
    const value = text[key];
    if (value !== undefined) picked[key] = value;
  }
  return picked;
}

/** The fields of a step's text that are words (its links are named by `articles` and `stepList`). */
const STEP_WORD_KEYS = ['title', 'instructions', 'where', 'check', 'caution'] as const;

/** A step's English words in the shape its translations take (what they must match). */
export function stepWords(def: StepDef): StepTranslation {
  return {
    ...words(def),
    ...(def.ios ? { ios: def.ios.map(words) } : {}),
    ...(def.computer
      ? {
          computer: Object.fromEntries(
            Object.entries(def.computer).map(([variant, text]) => [variant, words(text)]),
          ),
        }
      : {}),
  };
}
