/**
 * Decodes the HTML entities Apple's feed carries in names and messages ("iCloud Account &amp;
 * Sign In"). Text in, text out: nothing is parsed as markup.
 */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  hellip: '\u2026',
  reg: '\u00ae',
  trade: '\u2122',
  copy: '\u00a9',
};

function fromCodePoint(code: number, whole: string): string {
  return Number.isInteger(code) &&
    code > 0 &&
    code <= 0x10ffff &&
    !(code >= 0xd800 && code <= 0xdfff)
    ? String.fromCodePoint(code)
    : whole;
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const hex = body[1] === 'x' || body[1] === 'X';
      return fromCodePoint(Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10), whole);
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

/** Decoded, with runs of whitespace (non-breaking spaces included) collapsed and ends trimmed. */
export function cleanText(text: string): string {
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}
