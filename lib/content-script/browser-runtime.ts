/** The two things the gate needs from the extension's runtime. */
export interface GateRuntime {
  readonly id?: string;
  getURL(path: string): string;
}

/**
 * The extension's runtime, straight from the browser, without the polyfill: starting the
 * polyfill costs more than the gate's budget on every page. `chrome` first: it is the real API
 * in Chrome and in Firefox, while `browser` is, in Chrome, whatever the page put under that name
 * (an element with id="browser" is a global). `undefined`, or a runtime without `id`, once the
 * extension has gone away.
 */
export function gateRuntime(): GateRuntime | undefined {
  const scope = globalThis as {
    browser?: { runtime?: GateRuntime };
    chrome?: { runtime?: GateRuntime };
  };
  try {
    const chrome = scope.chrome?.runtime;
    return chrome?.id ? chrome : scope.browser?.runtime;
  } catch {
    return undefined;
  }
}
