import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchNavigation, whenSettled } from '../../entrypoints/support-gate/page-events';

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

  const pageShown = () => dispatchEvent(new Event('pageshow'));

  it('runs nothing while the page loads, then once in an idle moment after it has', async () => {
    state = 'loading';
    const fn = vi.fn();
    whenSettled(fn, true);
    await vi.advanceTimersByTimeAsync(1_000);
    state = 'interactive';
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fn).not.toHaveBeenCalled();
    state = 'complete';
    pageShown();
    await vi.advanceTimersByTimeAsync(1_100);
    expect(fn).toHaveBeenCalledTimes(1);
    // Shown again from the back-forward cache, and past the longest wait: still once.
    pageShown();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('sets one timer while a slow load goes on, and does not wake before it ends', async () => {
    state = 'loading';
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const fn = vi.fn();
    whenSettled(fn, true);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(timers).toHaveBeenCalledTimes(1);
    expect(fn).not.toHaveBeenCalled();
  });

  it('runs soon on a page that has already loaded', async () => {
    state = 'complete';
    const fn = vi.fn();
    whenSettled(fn, true);
    await vi.advanceTimersByTimeAsync(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('in Chromium, which never runs it in a page already open, waits for the load regardless', async () => {
    state = 'complete';
    const fn = vi.fn();
    whenSettled(fn, false);
    await vi.advanceTimersByTimeAsync(1_100);
    expect(fn).not.toHaveBeenCalled();
    pageShown();
    await vi.advanceTimersByTimeAsync(1_100);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('reads a page whose load never ends, a few seconds on', async () => {
    state = 'interactive';
    const fn = vi.fn();
    whenSettled(fn, true);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(fn).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(fn).toHaveBeenCalledTimes(1);
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
    const stop = watchNavigation(onChange);
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('compares the address once a second where there is none, until stopped', async () => {
    vi.stubGlobal('navigation', undefined);
    vi.useFakeTimers();
    const onChange = vi.fn();
    const stop = watchNavigation(onChange);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(onChange).not.toHaveBeenCalled();
    history.pushState(null, '', '/en-us/102563');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    history.pushState(null, '', '/en-us/119857');
    await vi.advanceTimersByTimeAsync(3_000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
