import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLifetime } from '../../lib/content-script/lifetime';
import { watchNavigation } from '../../entrypoints/support-gate/page-events';
import { whenSettled } from '../../entrypoints/support-gate/page-events';

describe('the gate’s lifetime on a page', () => {
  it('runs every clean-up step once on stop, even when one throws', () => {
    const life = createLifetime();
    const done: string[] = [];
    life.onStop(() => done.push('observer off'));
    life.onStop(() => {
      throw new Error('Extension context invalidated.');
    });
    life.onStop(() => done.push('marker removed'));
    expect(life.stopped).toBe(false);
    life.stop();
    life.stop();
    expect(done).toEqual(['observer off', 'marker removed']);
    expect(life.stopped).toBe(true);
    expect(life.signal.aborted).toBe(true);
  });
});

describe('waiting for the page to settle', () => {
  let state: DocumentReadyState = 'loading';
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(document, 'readyState', 'get').mockImplementation(() => state);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('runs nothing before the load event, then once in an idle moment after it', async () => {
    state = 'loading';
    const fn = vi.fn();
    whenSettled(new AbortController().signal, fn);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fn).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fn).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('runs at once on a page that has already loaded', async () => {
    state = 'complete';
    const fn = vi.fn();
    whenSettled(new AbortController().signal, fn);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('reads a page whose load never ends, a few seconds on', async () => {
    state = 'interactive';
    const fn = vi.fn();
    whenSettled(new AbortController().signal, fn);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(fn).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('runs nothing once stopped', async () => {
    state = 'loading';
    const fn = vi.fn();
    const stop = new AbortController();
    whenSettled(stop.signal, fn);
    stop.abort();
    window.dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fn).not.toHaveBeenCalled();
  });
});

describe('watching in-page navigation', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('listens to the Navigation API where there is one, until stopped', () => {
    const navigation = new EventTarget();
    vi.stubGlobal('navigation', navigation);
    const onChange = vi.fn();
    const stop = new AbortController();
    watchNavigation(stop.signal, onChange);
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(onChange).toHaveBeenCalledTimes(1);
    stop.abort();
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('compares the address once a second where there is none, until stopped', async () => {
    vi.stubGlobal('navigation', undefined);
    vi.useFakeTimers();
    const onChange = vi.fn();
    const stop = new AbortController();
    watchNavigation(stop.signal, onChange);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(onChange).not.toHaveBeenCalled();
    history.pushState(null, '', '/en-us/102563');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(onChange).toHaveBeenCalledTimes(1);
    stop.abort();
    history.pushState(null, '', '/en-us/119857');
    await vi.advanceTimersByTimeAsync(3_000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
