/**
 * A single pass over text that yields words without allocating strings: each word is hashed
 * (lower-cased) as it is read and looked up in the vocabulary the patterns use. Offsets point
 * into the original text, so quotes are the page's own words.
 */

export const FLAG_BREAK = 1; // a sentence ended before this word
export const FLAG_NUM = 2; // digits, optionally with a leading minus
export const FLAG_HEX = 4; // 0x followed by hex digits

const lowerCache = new Uint16Array(65536);

function lower(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  const cached = lowerCache[c] ?? 0;
  if (cached !== 0) return cached;
  const l = String.fromCharCode(c).toLowerCase();
  // People often type Latin letters without their accents ("nao foi possivel", "echoue"): a
  // letter with marks is read as its base letter, in patterns and pages alike (cached per code).
  const base = l.normalize('NFD');
  const folded = /^[a-z][\u0300-\u036f]+$/.test(base) ? base.charAt(0) : l;
  const v = folded.length === 1 ? folded.charCodeAt(0) : c;
  lowerCache[c] = v;
  return v;
}

// Character classes (plain numbers: they are compared in the hottest loop).
const SEP = 0;
const WORD = 1;
const BREAK = 2;
const APOS = 3;
const MINUS = 4;
const IDEO = 5; // scripts written without spaces: every character is a word of its own

const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) ASCII_CLASS[c] = WORD;
  else if (c === 46 || c === 33 || c === 63 || c === 59) ASCII_CLASS[c] = BREAK;
  else if (c === 39) ASCII_CLASS[c] = APOS;
  else if (c === 45) ASCII_CLASS[c] = MINUS;
}

/** Per ASCII character: what a word hashes for it (lower case), or 0 when it is no word letter. */
const ASCII_WORD_CODE = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (ASCII_CLASS[c] === WORD) ASCII_WORD_CODE[c] = c >= 65 && c <= 90 ? c + 32 : c;
}

function classify(c: number): number {
  if (c < 128) return ASCII_CLASS[c] ?? SEP;
  if (c === 0x2019 || c === 0x2018) return APOS;
  if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x2026) return BREAK;
  if (c === 0x2212 || c === 0x2013) return MINUS;
  if (c < 0xc0 || (c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f)) return SEP;
  // Full-width punctuation (CJK text writes its colons, brackets and slashes this way).
  if (c === 0xff1b) return BREAK;
  if (
    (c >= 0xff00 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65)
  )
    return SEP;
  if ((c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff))
    return IDEO;
  return WORD;
}

/**
 * French and Italian elide before a vowel or h ("l'échec", "n'a", "dell'iPhone", "c'è"): there the
 * apostrophe ends a word, so "échec" is read as itself. English keeps its apostrophes ("can't",
 * "it's", "I'm"): what follows them is never a vowel.
 */
const ELIDED_VOWELS = 'àâäáéèêëíìîïóòôöúùûüœæ';

function startsElided(c: number): boolean {
  const l = lower(c);
  if (l < 128) return l === 97 || l === 101 || l === 105 || l === 111 || l === 117 || l === 104;
  return ELIDED_VOWELS.includes(String.fromCharCode(l));
}

/** How a character counts inside a word: lower case, one apostrophe, one minus. */
function norm(c: number): number {
  if (c === 0x2019 || c === 0x2018) return 39;
  if (c === 0x2212 || c === 0x2013) return 45;
  return lower(c);
}

export function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + c) | 0;
}

function hashStep2(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** Splits a pattern word or vocabulary entry the same way page text is split. */
const splitCache = new Map<string, string[]>();

export function splitWords(text: string): string[] {
  const cached = splitCache.get(text);
  if (cached) return cached;
  const out = ASCII_ONLY.test(text) ? splitAscii(text) : splitWithTokenizer(text);
  splitCache.set(text, out);
  return out;
}

const ASCII_ONLY = /^[\x20-\x7e]*$/;
// The tokenizer's rules for plain ASCII: letters and digits, inner apostrophes (but not an
// elision: an apostrophe before a vowel or h ends the word), a minus that starts a number. A dot
// inside a word separates it the same way as in page text.
const ASCII_WORD = /(?:(?<![a-z0-9])-(?=[0-9]))?[a-z0-9]+(?:'(?![aeiouh])[a-z0-9]+)*/g;

function splitAscii(text: string): string[] {
  return text.toLowerCase().match(ASCII_WORD) ?? [];
}

/** Splits with the page tokenizer itself (any script); the ASCII path must agree with it. */
export function splitWithTokenizer(text: string): string[] {
  const out: string[] = [];
  const t = tokenize(text, null);
  for (let i = 0; i < t.count; i++) {
    let w = '';
    for (let j = t.start[i] ?? 0; j < (t.end[i] ?? 0); j++) {
      w += String.fromCharCode(norm(text.charCodeAt(j)));
    }
    out.push(w);
  }
  return out;
}

export interface Vocabulary {
  /**
   * Open-addressing table, one slot per three numbers side by side (so a probe reads one cache
   * line): the word's two independent 32-bit hashes and its id + 1 (0 means empty). Both hashes
   * must agree, so a page word is taken for a vocabulary word by accident about once in 10^17
   * words, and no string is compared or built while reading.
   */
  slots: Int32Array;
  mask: number;
}

/**
 * The vocabulary whose word ids are the positions in `words`. Each word is as splitWords gives it,
 * already in the form the tokenizer hashes (lower case, one kind of apostrophe), so its characters
 * are hashed as they are.
 */
export function vocabularyOf(words: string[]): Vocabulary {
  // At most half full: probes stay short, and the table small enough to stay in cache.
  let size = 64;
  while (size < words.length * 2) size *= 2;
  const slots = new Int32Array(size * 3);
  const mask = size - 1;
  for (let id = 0; id < words.length; id++) {
    const word = words[id] ?? '';
    let h = 7;
    let h2 = 0x811c9dc5 | 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      h = (Math.imul(h, 31) + c) | 0;
      h2 = Math.imul(h2 ^ c, 0x01000193);
    }
    let slot = h & mask;
    while ((slots[slot * 3 + 2] ?? 0) !== 0) slot = (slot + 1) & mask;
    slots[slot * 3] = h;
    slots[slot * 3 + 1] = h2;
    slots[slot * 3 + 2] = id + 1;
  }
  return { slots, mask };
}

export interface Tokens {
  count: number;
  /** Vocabulary id, or -1 for a word the patterns never use. */
  id: Int32Array;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
}

let buffers: Tokens = {
  count: 0,
  id: new Int32Array(1024),
  start: new Int32Array(1024),
  end: new Int32Array(1024),
  flags: new Uint8Array(1024),
};

function ensure(capacity: number): Tokens {
  if (buffers.id.length < capacity) {
    buffers = {
      count: 0,
      id: new Int32Array(capacity),
      start: new Int32Array(capacity),
      end: new Int32Array(capacity),
      flags: new Uint8Array(capacity),
    };
  }
  return buffers;
}

function lookup(vocab: Vocabulary, h: number, h2: number): number {
  const slots = vocab.slots;
  let slot = h & vocab.mask;
  for (;;) {
    const at = slot * 3;
    const id = slots[at + 2] ?? 0;
    if (id === 0) return -1;
    if (slots[at] === h && slots[at + 1] === h2) return id - 1;
    slot = (slot + 1) & vocab.mask;
  }
}

/** Number or hex code? Only asked for words that start with a digit or a minus (rare). */
function numberFlags(text: string, s: number, e: number): number {
  let digits = true;
  const body = text.charCodeAt(s) === 48 && (text.charCodeAt(s + 1) | 32) === 120;
  let hex = body && e - s > 3;
  for (let i = classify(text.charCodeAt(s)) === MINUS ? s + 1 : s; i < e; i++) {
    const d = text.charCodeAt(i);
    if (d < 48 || d > 57) digits = false;
    if (hex && i > s + 1 && !isHexDigit(d)) hex = false;
  }
  return (digits ? FLAG_NUM : 0) | (hex ? FLAG_HEX : 0);
}

const encoder = new TextEncoder();
let asciiBuffer = new Uint8Array(0);

/**
 * The text's characters as bytes when it is all ASCII (most English pages), else null. A typed
 * array reads several times faster than charCodeAt on a string that V8 keeps as a slice of
 * another (what `slice` and most page texts are), and the native encoder copies it in microseconds;
 * an ASCII character is one UTF-8 byte, so the offsets are the same. Reused by the next call.
 */
function asciiBytes(text: string): Uint8Array | null {
  if (asciiBuffer.length < text.length) asciiBuffer = new Uint8Array(text.length);
  const { read, written } = encoder.encodeInto(text, asciiBuffer);
  return read === text.length && written === text.length ? asciiBuffer : null;
}

/**
 * Reads the words of `text`. The returned buffers are reused by the next call (the diagnosis is
 * synchronous and copies what it keeps). With no vocabulary every id is -1.
 */
export function tokenize(text: string, vocab: Vocabulary | null): Tokens {
  const bytes = vocab ? asciiBytes(text) : null;
  // Words take two characters at least, except in scripts without spaces: grow when those fill it.
  const capacity = (text.length >> 1) + 2;
  const t = vocab ? ensure(capacity) : freshTokens(capacity);
  return bytes && vocab ? tokenizeAscii(text, bytes, vocab, t) : tokenizeText(text, vocab, t);
}

/** Per ASCII character: whether an apostrophe before it is an elision (a vowel or h). */
const ASCII_ELIDED = new Uint8Array(128);
for (const c of 'aeiouhAEIOUH') ASCII_ELIDED[c.charCodeAt(0)] = 1;

/**
 * tokenizeText's rules for a text that is all ASCII (most English pages), read from its bytes.
 * The word loop does one table lookup per character and nothing else; what is rare (a sentence's
 * end, a minus before a number, an apostrophe inside a word) is looked at between words. On the
 * bench's 200 KB text this took 0.66 ms here, against 1.03 in the loop both paths once shared.
 * Tests hold the two to the same words, offsets and flags. Its words are a character apart at
 * least (what ends one never starts the next), so tokenize's capacity always holds them.
 */
function tokenizeAscii(text: string, bytes: Uint8Array, vocab: Vocabulary, t: Tokens): Tokens {
  const n = text.length;
  const { id: ids, start: starts, end: ends, flags: flagsOut } = t;
  let count = 0;
  let pendingBreak = 0;
  // 1 when the character before this one is a minus that starts a number: "-36", not "Wi-Fi".
  let minus = 0;
  let i = 0;
  while (i < n) {
    const b = bytes[i] ?? 0;
    let l = ASCII_WORD_CODE[b] ?? 0;
    if (l === 0) {
      i++;
      if (b === 32) continue;
      if (ASCII_CLASS[b] === BREAK) {
        // A dot inside a word ("Status.plist", "17.2") does not end a sentence.
        if (b !== 46 || i >= n || ASCII_WORD_CODE[bytes[i] ?? 0] === 0) pendingBreak = FLAG_BREAK;
      } else if (
        b === 45 &&
        i < n &&
        ((bytes[i] ?? 0) - 48) >>> 0 < 10 &&
        (i < 2 || ASCII_WORD_CODE[bytes[i - 2] ?? 0] === 0)
      )
        minus = 1;
      continue;
    }
    const s = i - minus;
    let h = 7;
    let h2 = 0x811c9dc5 | 0;
    if (minus !== 0) {
      h = (Math.imul(h, 31) + 45) | 0;
      h2 = Math.imul(h2 ^ 45, 0x01000193);
      minus = 0;
    }
    for (;;) {
      do {
        h = (Math.imul(h, 31) + l) | 0;
        h2 = Math.imul(h2 ^ l, 0x01000193);
        i++;
        l = i < n ? (ASCII_WORD_CODE[bytes[i] ?? 0] ?? 0) : 0;
      } while (l !== 0);
      // An apostrophe inside a word ("can't") goes on with it, unless it elides ("l'iPhone").
      if (i + 1 >= n || bytes[i] !== 39) break;
      const after = bytes[i + 1] ?? 0;
      l = ASCII_WORD_CODE[after] ?? 0;
      if (l === 0 || ASCII_ELIDED[after] === 1) break;
      h = (Math.imul(h, 31) + 39) | 0;
      h2 = Math.imul(h2 ^ 39, 0x01000193);
      i++;
    }
    const first = bytes[s] ?? 0;
    ids[count] = lookup(vocab, h, h2);
    starts[count] = s;
    ends[count] = i;
    flagsOut[count] =
      pendingBreak | ((first - 48) >>> 0 < 10 || first === 45 ? numberFlags(text, s, i) : 0);
    count++;
    pendingBreak = 0;
  }
  t.count = count;
  return t;
}

/** Reads the words of any text, one character at a time from the string. */
function tokenizeText(text: string, vocab: Vocabulary | null, tokens: Tokens): Tokens {
  const n = text.length;
  let t = tokens;
  let ids = t.id;
  let starts = t.start;
  let ends = t.end;
  let flagsOut = t.flags;
  let count = 0;
  let pendingBreak = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? (ASCII_CLASS[c] ?? SEP) : classify(c);
    if (cls === SEP || cls === APOS) {
      i++;
      continue;
    }
    // A dot inside a word ("Status.plist", "support.apple.com", "17.2") does not end a sentence.
    if (cls === BREAK) {
      if (!(c === 46 && i + 1 < n && classify(text.charCodeAt(i + 1)) === WORD))
        pendingBreak = FLAG_BREAK;
      i++;
      continue;
    }
    const s = i;
    let h = 7;
    let h2 = 0x811c9dc5 | 0;
    if (cls === IDEO) {
      h = hashStep(h, c);
      h2 = hashStep2(h2, c);
      i++;
    } else if (cls === WORD || (isDigitAt(text, i + 1) && !wordBefore(text, i))) {
      if (cls === MINUS) {
        h = hashStep(h, 45);
        h2 = hashStep2(h2, 45);
        i++;
      }
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          const l = ASCII_WORD_CODE[d] ?? 0;
          if (l !== 0) {
            h = (Math.imul(h, 31) + l) | 0;
            h2 = Math.imul(h2 ^ l, 0x01000193);
          } else if (
            d === 39 &&
            i + 1 < n &&
            classify(text.charCodeAt(i + 1)) === WORD &&
            !startsElided(text.charCodeAt(i + 1))
          ) {
            h = (Math.imul(h, 31) + 39) | 0;
            h2 = Math.imul(h2 ^ 39, 0x01000193);
          } else break;
        } else {
          const k = classify(d);
          if (k === WORD) {
            h = hashStep(h, lower(d));
            h2 = hashStep2(h2, lower(d));
          } else if (
            k === APOS &&
            i + 1 < n &&
            classify(text.charCodeAt(i + 1)) === WORD &&
            !startsElided(text.charCodeAt(i + 1))
          ) {
            h = hashStep(h, 39);
            h2 = hashStep2(h2, 39);
          } else break;
        }
        i++;
      }
    } else {
      i++;
      continue;
    }
    if (count >= ids.length) {
      t = grow(t, vocab !== null);
      ids = t.id;
      starts = t.start;
      ends = t.end;
      flagsOut = t.flags;
    }
    const first = text.charCodeAt(s);
    ids[count] = vocab ? lookup(vocab, h, h2) : -1;
    starts[count] = s;
    ends[count] = i;
    flagsOut[count] =
      pendingBreak | ((first >= 48 && first <= 57) || cls === MINUS ? numberFlags(text, s, i) : 0);
    count++;
    pendingBreak = 0;
  }
  t.count = count;
  return t;
}

function grow(t: Tokens, shared: boolean): Tokens {
  const bigger = freshTokens(t.id.length * 2);
  bigger.id.set(t.id);
  bigger.start.set(t.start);
  bigger.end.set(t.end);
  bigger.flags.set(t.flags);
  if (shared) buffers = bigger;
  return bigger;
}

function freshTokens(capacity: number): Tokens {
  return {
    count: 0,
    id: new Int32Array(capacity),
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    flags: new Uint8Array(capacity),
  };
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function wordBefore(text: string, i: number): boolean {
  return i > 0 && classify(text.charCodeAt(i - 1)) === WORD;
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
