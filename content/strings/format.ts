/**
 * Every user-visible string lives in content/strings/ (one file per surface), so a translation
 * touches data, not code. `format` fills `{name}` placeholders; unknown placeholders stay visible.
 */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
