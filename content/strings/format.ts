/**
 * Every user-visible string lives in content/strings/ (English, one file per surface; the other
 * locales under locales/, in the same shape), so a translation touches data, not code. `format`
 * fills `{name}` placeholders; unknown placeholders stay visible.
 */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/**
 * A sentence that changes with a count, one form per plural category the locale uses (English:
 * one, other; Japanese: other; Polish-like rules: few, many). `other` is always there.
 */
export type Plural = { readonly other: string } & Partial<
  Readonly<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>
>;

/** Marks a catalog entry as plural forms (the shape a translation must keep). */
export function plural(forms: Plural): Plural {
  return forms;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The form `Intl.PluralRules` picks for `count` in `locale`, filled with the values and the count. */
export function formatPlural(
  locale: string,
  forms: Plural,
  count: number,
  values: Record<string, string | number> = {},
): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const category = rules.select(count);
  const template = (category === 'other' ? undefined : forms[category]) ?? forms.other;
  return format(template, { ...values, n: count, count });
}
