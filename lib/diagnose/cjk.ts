/**
 * A kana, hangul or han character. The signals that need a word holding one to match (most of
 * the Japanese, Korean and Chinese ones; signals.ts) are the CJK part of the tables, which the
 * panel loads only on a page that holds such a character. That is exact: the tokenizer reads a
 * text's words from its own characters, only lower-cased (which makes no such character from
 * another), so a text without one has no word with one, and those signals cannot match it.
 */
export const CJK_CHARACTER =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Where the build writes the CJK part of the tables (modules/signal-tables.ts). */
export const CJK_TABLES_PATH = '/signals/cjk.json';
