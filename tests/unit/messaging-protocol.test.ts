import { describe, expect, it } from 'vitest';
import { isMessage } from '../../lib/messaging/protocol';

describe('isMessage', () => {
  it.each([
    ['a message with data', { type: 'getStatus', data: undefined }, true],
    ['a type the background does not answer', { type: 'getVersion' }, false],
    ['a getStatus message', { type: 'getStatus' }, true],
    ['a refreshStatus message', { type: 'refreshStatus' }, true],
    ['another extension’s message', { type: 'somethingElse' }, false],
    ['a message with a non-string type', { type: 42 }, false],
    ['null', null, false],
    ['a string', 'getStatus', false],
    ['an object without a type', {}, false],
  ])('recognises %s: %s', (_, value, expected) => {
    expect(isMessage(value)).toBe(expected);
  });
});
