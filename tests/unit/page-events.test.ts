import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenSettled } from '../../entrypoints/support-gate/page-events';

/** The window events and idle callbacks whenSettled waits on, which each test fires itself. */
function fakeWindow(readyState: DocumentReadyState) {
  const listeners = new Map<string, () => void>();
  const idle: (() => void)[] = [];
  vi.stubGlobal('document', { readyState });
  vi.stubGlobal('addEventListener', (type: string, fn: () => void) => listeners.set(type, fn));
  vi.stubGlobal('removeEventListener', (type: string) => listeners.delete(type));
  vi.stubGlobal('requestIdleCallback', (fn: () => void) => idle.push(fn));
  return {
    fire: (type: string) => listeners.get(type)?.(),
    idle: () => idle.splice(0).forEach((fn) => fn()),
  };
}

describe('the gate reads a page only once it has settled after loading (start.ts)', () => {
  let ran: string[];
  const gate = () => ran.push('gate');
  beforeEach(() => {
    ran = [];
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it.each([
    ['a page still loading', 'loading' as const],
    ['a page that looks loaded already', 'complete' as const],
  ])('in Chromium, on %s, runs nothing until the page is shown', (_, readyState) => {
    const page = fakeWindow(readyState);
    whenSettled(gate, false);
    page.idle();
    expect(ran).toEqual([]);
    page.fire('pageshow');
    expect(ran).toEqual([]);
    page.idle();
    expect(ran).toEqual(['gate']);
    // Shown once: the longest wait for the load is called off, and a second pageshow is not heard.
    vi.advanceTimersByTime(10_000);
    page.fire('pageshow');
    page.idle();
    expect(ran).toEqual(['gate']);
  });

  it('in Firefox, which runs it in pages already open, reads an open page in the next idle moment', () => {
    const page = fakeWindow('complete');
    whenSettled(gate, true);
    expect(ran).toEqual([]);
    page.idle();
    expect(ran).toEqual(['gate']);
  });

  it('reads a page whose load never ends once the longest wait is over', () => {
    const page = fakeWindow('interactive');
    whenSettled(gate, false);
    vi.advanceTimersByTime(4_999);
    page.idle();
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1);
    page.idle();
    expect(ran).toEqual(['gate']);
  });
});
