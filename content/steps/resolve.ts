import { appleArticleUrl, appleStatusUrl } from '../apple-sites';
import {
  EN_UI,
  type Locale,
  type StepCatalog,
  type StepWords,
  type UiCatalog,
} from '../strings/catalog';
import { format } from '../strings/format';
import {
  IOS_SPANS,
  type ComputerVariant,
  type DeviceKind,
  type IosRange,
  type Source,
  type StepDef,
  type StepLink,
  type StepText,
  type VersionSpan,
} from './types';

/** A step's words as one reader sees them: translated, variant chosen, device named, link made. */
export interface ResolvedStepText extends Omit<StepText, 'opens'> {
  id: string;
  /** Apple's page for the step, in the reader's language. */
  link?: StepLink;
  /** The computer variant used, when the step has one for this computer. */
  computer?: ComputerVariant;
}

/**
 * The words a locale gives the steps: its catalog's device and article names and its step
 * translations (null for English, whose words are the step table's own). lib/i18n's `Strings`
 * is one.
 */
export interface StepLanguage {
  readonly locale: Locale;
  readonly ui: Pick<UiCatalog, 'devices' | 'articles' | 'stepList'>;
  readonly steps: StepCatalog | null;
}

/** The step table's own words. */
export const ENGLISH_STEPS: StepLanguage = { locale: 'en', ui: EN_UI, steps: null };

/** True when the version falls in the span. */
export function inSpan(span: VersionSpan, version: number): boolean {
  return (span.from ?? -Infinity) <= version && version < (span.below ?? Infinity);
}

/** A translation's words over the English ones they stand for (only the fields it has). */
function overlay<T extends Partial<StepText>>(english: T, words: StepWords | undefined): T {
  if (!words) return english;
  return {
    ...english,
    ...words,
    ...(words.instructions ? { instructions: [...words.instructions] } : {}),
  };
}

/** Puts the device's name in place of `{device}` in every text of a step. */
function named(text: Omit<ResolvedStepText, 'id'>, device: string): Omit<ResolvedStepText, 'id'> {
  const fill = (s: string) => format(s, { device });
  return {
    ...text,
    title: fill(text.title),
    instructions: text.instructions.map(fill),
    where: fill(text.where),
    check: fill(text.check),
    ...(text.caution !== undefined ? { caution: fill(text.caution) } : {}),
  };
}

/**
 * A step's text for one person: the base text, then the changes for the iOS range (the variant
 * whose span holds it; the ranges never straddle a variant's edge), then the computer's, each in
 * the reader's language where the locale translates it (a translation has the step's own shape,
 * so the same variant is picked), with the device's name filled in. Its link is the step's own
 * page, else the first Apple article behind the most specific text used, in the reader's locale.
 */
export function resolveStep(
  def: StepDef,
  computer: ComputerVariant | null,
  ios: IosRange,
  device: DeviceKind = 'iphone',
  language: StepLanguage = ENGLISH_STEPS,
): ResolvedStepText {
  const { id, computer: byComputer, ios: byIos, source } = def;
  const words = language.steps?.steps[id];
  const base: StepText = overlay(
    {
      title: def.title,
      instructions: def.instructions,
      where: def.where,
      check: def.check,
      ...(def.caution !== undefined ? { caution: def.caution } : {}),
    },
    words,
  );
  const at = IOS_SPANS[ios].from ?? 0;
  const iosIndex = byIos?.findIndex((v) => inSpan(v.source.ios, at)) ?? -1;
  const { source: iosSource, ...iosText } = byIos?.[iosIndex] ?? {};
  const { source: computerSource, ...computerText } = (computer && byComputer?.[computer]) || {};
  const used: Source = computerSource ?? iosSource ?? source;
  const first = used.apple[0];
  const { ui, locale } = language;
  const link: StepLink | undefined =
    def.opens === 'system-status'
      ? { label: ui.stepList.systemStatusLink, url: appleStatusUrl(locale) }
      : first
        ? { label: ui.articles[first], url: appleArticleUrl(locale, first) }
        : undefined;
  return {
    ...named(
      {
        ...base,
        ...overlay(iosText, iosIndex >= 0 ? words?.ios?.[iosIndex] : undefined),
        ...overlay(
          computerText,
          computer && computerSource ? words?.computer?.[computer] : undefined,
        ),
        ...(link ? { link } : {}),
      },
      ui.devices[device],
    ),
    id,
    ...(computer && computerSource ? { computer } : {}),
  };
}
