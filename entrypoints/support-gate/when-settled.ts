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
