/**
 * When the gate reads the page: once it has settled after loading, and after each in-page
 * navigation. Plain listeners and timers (no AbortController): this runs on every Apple page,
 * where every line of script costs time to compile (the bench measures it).
 */

/** Longest wait for the load: a page whose load never ends (a stalled image) is read then. */
const LOAD_WAIT_MS = 5_000;
/** Longest wait for an idle moment once loaded. */
const IDLE_WAIT_MS = 1_000;

/**
 * Runs `fn` once, after the page has loaded and in an idle moment, so nothing of ours runs while
 * Apple's page is still loading. It listens for `pageshow`, which browsers fire just after the
 * load event has ended (in the same task, by HTML's "the end" steps): a listener for `load` runs
 * inside that event and delays its end, and looking at `document.readyState` in a timer looked
 * seven times during a three-second load. One timer remains, for a load that never ends.
 *
 * With `mayBeLoaded`, a page that has already loaded is read at once: Firefox runs an add-on's
 * content scripts in the pages already open when it is installed. Chromium runs them only in
 * pages that load afterwards, so start.ts passes `false` there: the first look at `document`
 * from the script's world costs about 0.15 ms inside the page's load (median of 30 loads).
 */
export function whenSettled(fn: () => void, mayBeLoaded: boolean): void {
  // Each way in undoes the other, so this runs once.
  const settle = () => {
    removeEventListener('pageshow', settle);
    clearTimeout(fallback);
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(fn, { timeout: IDLE_WAIT_MS });
    else setTimeout(fn);
  };
  const fallback = setTimeout(settle, LOAD_WAIT_MS);
  if (mayBeLoaded && document.readyState === 'complete') settle();
  else addEventListener('pageshow', settle);
}

/** How often the address is compared where the Navigation API is missing. */
const POLL_MS = 1_000;

/**
 * Calls `onChange` after each in-page navigation (history.pushState, back and forward within
 * the page). The Navigation API says so without polling; where it is missing (older Firefox),
 * the address is compared once a second. Returns the function that ends the watching.
 */
export function watchNavigation(onChange: () => void): () => void {
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', onChange);
    return () => navigation.removeEventListener('currententrychange', onChange);
  }
  let last = location.href;
  const id = setInterval(() => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  }, POLL_MS);
  return () => clearInterval(id);
}
