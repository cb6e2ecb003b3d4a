import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORD_CLASSES } from '../../content/diagnosis/word-classes';
import { compileData } from '../../lib/diagnose/compile';
import { CJK_SIGNALS_JSON } from '../../lib/diagnose/cjk-signals.generated';
import { COMPILED_SIGNALS_JSON } from '../../lib/diagnose/compiled-signals.generated';
import { revive, scan, type Matcher, type MatcherData } from '../../lib/diagnose/matcher';
import { mergeParts, type SignalPart } from '../../lib/diagnose/signal-table';
import {
  CJK_MODULE_PATH,
  GATE_MODULE_PATH,
  MESSAGES_MODULE_PATH,
  MODULE_PATH,
  renderBackupMessages,
  renderCjkSignals,
  renderCompiledSignals,
  renderGateSource,
} from '../../scripts/matcher-module';
import { loadCorpus } from '../helpers/page-corpus';

const ROOT = path.resolve(import.meta.dirname, '../..');
const texts = loadCorpus().flatMap((p) => [p.title, p.text]);

describe('the compiled signal tables', () => {
  it('are what the current tables compile to (run `npm run generate` after editing them)', () => {
    expect(readFileSync(path.join(ROOT, MODULE_PATH), 'utf8')).toBe(renderCompiledSignals());
  });

  it('come with their current CJK part (run `npm run generate`)', () => {
    expect(readFileSync(path.join(ROOT, CJK_MODULE_PATH), 'utf8')).toBe(renderCjkSignals());
  });

  it('come with the error messages’ current example wordings (run `npm run generate`)', () => {
    expect(readFileSync(path.join(ROOT, MESSAGES_MODULE_PATH), 'utf8')).toBe(
      renderBackupMessages(),
    );
  });

  it('include the gate built from the current word classes (run `npm run generate`)', () => {
    expect(readFileSync(path.join(ROOT, GATE_MODULE_PATH), 'utf8')).toBe(renderGateSource());
  });

  it('find the same hits on every corpus page whichever pages were read before', () => {
    const data = mergeParts(
      JSON.parse(COMPILED_SIGNALS_JSON) as MatcherData,
      JSON.parse(CJK_SIGNALS_JSON) as SignalPart,
    );
    // Programs and steps are built as they are first tried: a matcher that has read every other
    // page must find what a fresh one finds. A fresh one shares the index (never written after
    // revive) and starts with nothing built.
    const shared = revive(data);
    const index = revive(data);
    for (const text of texts) {
      const fresh: Matcher = { ...index, programs: [], steps: [], wordSteps: [] };
      expect(scan(shared, text)).toEqual(scan(fresh, text));
    }
  });
});

describe('compiling patterns', () => {
  const compileOne = (pattern: string) => () => compileData([[pattern]], WORD_CLASSES);

  it.each([
    ['an unknown word class', '{nosuchclass} failed', /Unknown word class/],
    ['an empty alternative', 'backup [failed|]', /Empty alternative/],
    ['a gap first', '~ backup failed', /must start with a required word/],
    ['an optional group first', '[my|the]? backup failed', /must start with a required word/],
    ['a group inside a group', 'backup [failed|[stuck|slow]]', /Unreadable brackets/],
    ['an unclosed group', 'backup [failed|stuck', /Unreadable brackets/],
    ['a class inside an alternative', 'backup [of {device}|failed]', /whole alternative/],
    ['a class made optional without brackets', 'backup {device}? failed', /must follow a bracket/],
    ['a word made optional without brackets', 'backup still? failed', /must follow a bracket/],
    ['a number inside a bracket', 'backup from [#num|yesterday]', /stand alone/],
  ])('rejects a pattern with %s', (_, pattern, message) => {
    expect(compileOne(pattern)).toThrow(message);
  });

  it('finds a pattern in text as written, with its optional word or without', () => {
    const m = revive(compileData([['{device} [still]? backup failed']], WORD_CLASSES));
    const found = (text: string) => scan(m, text).map((h) => text.slice(h.start, h.end));
    expect(found('My iPad backup failed.')).toEqual(['iPad backup failed']);
    expect(found('The iPhone still Backup  FAILED')).toEqual(['iPhone still Backup  FAILED']);
    expect(found('iPhone. Backup failed')).toEqual([]);
  });

  // A program is not tried on a text that lacks a word one of its later steps needs: the same
  // text with that word still matches, whichever texts the matcher read before.
  it.each([
    ['a word after a gap', 'backup ~ scheitert', 'Das Backup scheitert', 'The backup fails'],
    [
      'a class after a gap',
      'backup ~ {defails}',
      'Das Backup ist gescheitert',
      'The backup is done',
    ],
    ['a number', 'backup error #num', 'backup error 36', 'backup error again'],
    ['an optional word', 'backup [still]? fails', 'backup fails', 'backup still works'],
  ])('matches %s only where the text holds it', (_, pattern, matching, other) => {
    const m = revive(compileData([[pattern]], WORD_CLASSES));
    for (const text of [other, matching, other, matching]) {
      expect(scan(m, text).length).toBe(text === matching ? 1 : 0);
    }
  });
});
