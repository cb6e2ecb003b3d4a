import { describe, expect, it } from 'vitest';
import { isMessage } from '../../lib/messaging/protocol';

describe('isMessage', () => {
  it.each([
    ['a getVersion message', { type: 'getVersion' }, true],
    ['a message with data', { type: 'getVersion', data: undefined }, true],
    ['a getStatus message', { type: 'getStatus' }, true],
    ['a refreshStatus message', { type: 'refreshStatus' }, true],
    ['another extension’s message', { type: 'somethingElse' }, false],
    ['a message with a non-string type', { type: 42 }, false],
    ['null', null, false],
    ['a string', 'getVersion', false],
    ['an object without a type', {}, false],
  ])('recognises %s: %s', (_, value, expected) => {
    expect(isMessage(value)).toBe(expected);
  });
});
