import { describe, expect, it } from 'vitest';
import { format } from '../../content/strings/format';

describe('format', () => {
  it.each([
    ['fills a placeholder', 'since {time}', { time: '14:02' }, 'since 14:02'],
    ['fills numbers', 'checked {n} min ago', { n: 3 }, 'checked 3 min ago'],
    ['leaves unknown placeholders visible', 'hello {who}', {}, 'hello {who}'],
    ['does not re-expand inserted text', '{a}', { a: '{b}', b: 'x' }, '{b}'],
  ])('%s', (_, template, values, expected) => {
    expect(format(template, values)).toBe(expected);
  });
});
