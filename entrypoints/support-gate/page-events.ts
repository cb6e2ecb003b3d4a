/** When the gate reads the page: once it has settled after loading, and after each in-page navigation. */

/** Longest wait for the load event: a page whose load never ends (a stalled image) is read then. */
const LOAD_WAIT_MS = 5_000;
/** Longest wait for an idle moment once loaded. */
const IDLE_WAIT_MS = 1_000;

/**
 * Runs `fn` once, after the page's load event and in an idle moment, so nothing of ours runs
 * while Apple's page is still loading (its load event is never later because of us). Nothing
 * runs once `signal` aborts.
 */
export function whenSettled(signal: AbortSignal, fn: () => void): void {
  let started = false;
  const run = () => {
    if (!signal.aborted) fn();
  };
  const start = () => {
    if (started) return;
    started = true;
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(run, { timeout: IDLE_WAIT_MS });
    else setTimeout(run, 0);
  };
  if (document.readyState === 'complete') {
    start();
    return;
  }
  const fallback = setTimeout(start, LOAD_WAIT_MS);
  addEventListener(
    'load',
    () => {
      clearTimeout(fallback);
      start();
    },
    { once: true, signal },
  );
}

/** How often the address is compared where the Navigation API is missing. */
const POLL_MS = 1_000;

/**
 * Calls `onChange` after each in-page navigation (history.pushState, back and forward within
 * the page), until `signal` aborts. The Navigation API says so without polling; where it is
 * missing (older Firefox), the address is compared once a second.
 */
export function watchNavigation(signal: AbortSignal, onChange: () => void): void {
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', onChange, { signal });
    return;
  }
  let last = location.href;
  const id = setInterval(() => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  }, POLL_MS);
  signal.addEventListener('abort', () => clearInterval(id));
}
