import { describe, expect, it } from 'vitest';
import { normalizeErrorCode } from '../../entrypoints/popup/ChoicePicker';

describe('normalizeErrorCode', () => {
  it.each([
    ['a hex code in lower case', '0xe8000084', '0xE8000084'],
    ['a hex code with spaces around', '  0xE8000084 ', '0xE8000084'],
    ['a negative number', '-36', '-36'],
    ['a long negative number', '-402620395', '-402620395'],
    ['a positive number', '4013', '4013'],
    ['a number after "error"', 'Error -54', '-54'],
    ['a number after "code:"', 'code: 9006', '9006'],
    ['a number in brackets', '(-50)', '-50'],
    ['a typographic minus', '−36', '-36'],
  ])('accepts %s', (_, input, expected) => {
    expect(normalizeErrorCode(input)).toBe(expected);
  });

  it.each([
    ['an empty string', ''],
    ['words', 'backup failed'],
    ['a hex code that is too long', '0x1234567890'],
    ['a number that is too long', '12345678901'],
    ['a decimal', '3.14'],
    ['a code with letters after it', '4013abc'],
  ])('refuses %s', (_, input) => {
    expect(normalizeErrorCode(input)).toBeNull();
  });
});
