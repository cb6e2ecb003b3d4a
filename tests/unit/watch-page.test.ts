import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../entrypoints/support-gate/watch-page';
import { startWatching } from '../../entrypoints/support-gate/watching';
import { READ_ATTRIBUTE } from '../../lib/ready-marker';

/** How many times the gate has read the page (the test build's mark). */
const readings = () => Number(document.documentElement.getAttribute(READ_ATTRIBUTE) ?? 0);

/** Text added to the page after it loaded, as Apple's script or another extension might. */
function addLateText(): void {
  const p = document.createElement('p');
  p.textContent = 'More text, shown after the page had loaded.';
  document.body.append(p);
}

let stop: (() => void) | undefined;

describe('the gate watches a page that does not name a backup only where it may still change', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // No Navigation API here: in-page navigation is noticed by comparing the address.
    vi.stubGlobal('navigation', undefined);
    document.title = 'Use AirPods with your iPhone';
    const heading = document.createElement('h1');
    heading.className = 'gb-header';
    heading.textContent = 'AirPods';
    document.body.replaceChildren(heading);
  });
  afterEach(() => {
    stop?.();
    vi.useRealTimers();
    vi.unstubAllGlobals();
    document.body.replaceChildren();
    document.documentElement.removeAttribute(READ_ATTRIBUTE);
  });

  it.each([
    ['an article, which arrives whole: not read again', '/en-us/119857', 1],
    ['a support search, whose results come later: read again', '/en-us/search?q=airpods', 2],
  ])('on %s', async (_, address, expected) => {
    history.replaceState(null, '', address);
    stop = watchPage(startWatching);
    expect(readings()).toBe(1);
    addLateText();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(readings()).toBe(expected);
  });

  it('reads an article again after an in-page navigation, and what loads after it', async () => {
    history.replaceState(null, '', '/en-us/119857');
    stop = watchPage(startWatching);
    history.pushState(null, '', '/en-us/120000');
    await vi.advanceTimersByTimeAsync(1_500);
    expect(readings()).toBe(2);
    addLateText();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(readings()).toBe(3);
  });
});
