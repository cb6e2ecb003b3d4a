/**
 * An error code as typed into the popup, cleaned up: "0xe8000084" -> "0xE8000084", "error -36"
 * -> "-36", "(4013)" -> "4013". Null when it is not shaped like a code Apple's software shows
 * (a hex code, or a whole number, possibly negative).
 */
export function normalizeErrorCode(input: string): string | null {
  const bare = input
    .trim()
    .replace(/^(error|code|err)\s*:?\s*/i, '')
    .replace(/^\((.*)\)$/, '$1')
    .replace(/\s+/g, '');
  if (/^0x[0-9a-f]{1,8}$/i.test(bare)) return `0x${bare.slice(2).toUpperCase()}`;
  if (/^[-−]?\d{1,10}$/.test(bare)) return bare.replace('−', '-');
  return null;
}
