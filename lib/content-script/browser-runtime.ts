/** The two things the gate needs from the extension's runtime. */
export interface GateRuntime {
  readonly id?: string;
  getURL(path: string): string;
}

/**
 * The extension's runtime, straight from the browser (`browser` in Firefox, `chrome` in
 * Chrome), without the polyfill: starting the polyfill costs more than the gate's budget on
 * every page. `undefined`, or a runtime without `id`, once the extension has gone away.
 */
export function gateRuntime(): GateRuntime | undefined {
  const scope = globalThis as {
    browser?: { runtime?: GateRuntime };
    chrome?: { runtime?: GateRuntime };
  };
  try {
    return scope.browser?.runtime ?? scope.chrome?.runtime;
  } catch {
    return undefined;
  }
}
