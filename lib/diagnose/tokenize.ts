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
  const v = l.length === 1 ? l.charCodeAt(0) : c;
  lowerCache[c] = v;
  return v;
}

const enum Cls {
  Sep = 0,
  Word = 1,
  Break = 2,
  Apos = 3,
  Minus = 4,
  Ideo = 5, // scripts written without spaces: every character is a word of its own
}

function classify(c: number): Cls {
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return Cls.Word;
    if (c === 46 || c === 33 || c === 63 || c === 59) return Cls.Break;
    if (c === 39) return Cls.Apos;
    if (c === 45) return Cls.Minus;
    return Cls.Sep;
  }
  if (c === 0x2019 || c === 0x2018) return Cls.Apos;
  if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x2026) return Cls.Break;
  if (c === 0x2212 || c === 0x2013) return Cls.Minus;
  if (c < 0xc0 || (c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f)) return Cls.Sep;
  if (c >= 0xff00 && c <= 0xff0f) return Cls.Sep;
  if ((c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff))
    return Cls.Ideo;
  return Cls.Word;
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

/** The hash of a word as the tokenizer computes it (apostrophes count as `'`). */
export function hashWord(word: string): number {
  let h = 7;
  for (let i = 0; i < word.length; i++) {
    h = hashStep(h, norm(word.charCodeAt(i)));
  }
  return h;
}

/** Splits a pattern word or vocabulary entry the same way page text is split. */
export function splitWords(text: string): string[] {
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
  /** Open-addressing table: hash -> word id + 1 (0 means empty). */
  keys: Int32Array;
  ids: Int32Array;
  words: string[];
  mask: number;
}

export function buildVocabulary(words: string[]): Vocabulary {
  let size = 64;
  while (size < words.length * 4) size *= 2;
  const v: Vocabulary = {
    keys: new Int32Array(size),
    ids: new Int32Array(size),
    words: [],
    mask: size - 1,
  };
  for (const w of words) {
    const h = hashWord(w);
    let slot = h & v.mask;
    while ((v.ids[slot] ?? 0) !== 0) slot = (slot + 1) & v.mask;
    v.keys[slot] = h;
    v.words.push(w);
    v.ids[slot] = v.words.length;
  }
  return v;
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

function lookup(vocab: Vocabulary, text: string, s: number, e: number, h: number): number {
  let slot = h & vocab.mask;
  for (;;) {
    const id = vocab.ids[slot] ?? 0;
    if (id === 0) return -1;
    if (vocab.keys[slot] === h && sameWord(vocab.words[id - 1] ?? '', text, s, e)) return id - 1;
    slot = (slot + 1) & vocab.mask;
  }
}

function sameWord(word: string, text: string, s: number, e: number): boolean {
  if (word.length !== e - s) return false;
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(s + i);
    if (word.charCodeAt(i) !== norm(c)) return false;
  }
  return true;
}

/**
 * Reads the words of `text`. The returned buffers are reused by the next call (the diagnosis is
 * synchronous and copies what it keeps). With no vocabulary every id is -1.
 */
export function tokenize(text: string, vocab: Vocabulary | null): Tokens {
  const n = text.length;
  const t = vocab ? ensure((n >> 1) + 2) : freshTokens((n >> 1) + 2);
  let count = 0;
  let pendingBreak = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = classify(c);
    // A dot inside a word ("Status.plist", "support.apple.com", "17.2") does not end a sentence.
    if (
      cls === Cls.Break &&
      !(c === 46 && i + 1 < n && classify(text.charCodeAt(i + 1)) === Cls.Word)
    ) {
      pendingBreak = FLAG_BREAK;
      i++;
      continue;
    }
    const s = i;
    let h = 7;
    let flags = pendingBreak;
    if (cls === Cls.Ideo) {
      h = hashStep(h, c);
      i++;
    } else if (
      cls === Cls.Word ||
      (cls === Cls.Minus && isDigitAt(text, i + 1) && !wordBefore(text, i))
    ) {
      let digits = true;
      let hex = c === 48 && (text.charCodeAt(i + 1) | 32) === 120;
      if (cls === Cls.Minus) {
        h = hashStep(h, 45);
        i++;
      }
      const wordStart = i;
      while (i < n) {
        const d = text.charCodeAt(i);
        const k = classify(d);
        if (k === Cls.Word) {
          if (d < 48 || d > 57) digits = false;
          if (hex && i > wordStart + 1 && !isHexDigit(d)) hex = false;
          h = hashStep(h, lower(d));
          i++;
        } else if (k === Cls.Apos && i + 1 < n && classify(text.charCodeAt(i + 1)) === Cls.Word) {
          digits = false;
          hex = false;
          h = hashStep(h, 39);
          i++;
        } else break;
      }
      if (digits) flags |= FLAG_NUM;
      if (hex && i - wordStart > 3) flags |= FLAG_HEX;
    } else {
      i++;
      continue;
    }
    t.id[count] = vocab ? lookup(vocab, text, s, i, h) : -1;
    t.start[count] = s;
    t.end[count] = i;
    t.flags[count] = flags;
    count++;
    pendingBreak = 0;
  }
  t.count = count;
  return t;
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
  return i > 0 && classify(text.charCodeAt(i - 1)) === Cls.Word;
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
