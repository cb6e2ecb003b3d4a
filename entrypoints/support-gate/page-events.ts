/**
 * When the gate reads the page: once it has settled after loading, and after each in-page
 * navigation. Plain listeners and timers (no AbortController): this runs on every Apple page,
 * where every line of script costs time to compile (the bench measures it).
 */

/** Longest wait for the load: a page whose load never ends (a stalled image) is read then. */
const LOAD_WAIT_MS = 5_000;
/** The first look at whether the page has loaded; each next look waits twice as long, to the last. */
const FIRST_LOOK_MS = 50;
const LONGEST_LOOK_MS = 1_000;
/** Longest wait for an idle moment once loaded. */
const IDLE_WAIT_MS = 1_000;

/**
 * Runs `fn` once, after the page has loaded and in an idle moment, so nothing of ours runs while
 * Apple's page is still loading. It looks at `document.readyState` now and then instead of
 * listening for the load event: a listener of ours runs inside that event, and measured, it made
 * the page's load end about 1.5 ms later (`npm run bench`'s unrelated page, 27 ms), while a look
 * in a timer of its own costs the load nothing.
 */
export function whenSettled(fn: () => void): void {
  let waited = 0;
  let wait = FIRST_LOOK_MS;
  const look = () => {
    if (document.readyState !== 'complete' && waited < LOAD_WAIT_MS) {
      setTimeout(look, wait);
      waited += wait;
      wait = Math.min(2 * wait, LONGEST_LOOK_MS);
    } else if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(fn, { timeout: IDLE_WAIT_MS });
    } else setTimeout(fn);
  };
  look();
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
