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
