import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { bundleStart, GATE_FUNCTION, wrapGate } from '../../modules/gate-build';

const START = path.resolve(import.meta.dirname, '../../entrypoints/support-gate/start.ts');

/** A window with just what start.ts touches, whose events and timers the test fires. */
function fakeWindow(readyState: DocumentReadyState) {
  const listeners = new Map<string, () => void>();
  const timers = new Map<number, () => void>();
  let lastTimer = 0;
  const idle: (() => void)[] = [];
  const ran: string[] = [];
  const context = vm.createContext({
    ran,
    document: { readyState },
    addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
    removeEventListener: (type: string) => listeners.delete(type),
    setTimeout: (fn: () => void) => {
      timers.set(++lastTimer, fn);
      return lastTimer;
    },
    clearTimeout: (id: number) => timers.delete(id),
    requestIdleCallback: (fn: () => void) => idle.push(fn),
  });
  return {
    context,
    ran,
    fire: (type: string) => listeners.get(type)?.(),
    timeOut: () => [...timers.values()].forEach((fn) => fn()),
    idle: () => idle.splice(0).forEach((fn) => fn()),
  };
}

const GATE = '(function(){ran.push("gate")})();';

/** The gate as built for Chromium or Firefox, started in a fake window at `readyState`. */
async function startGate(chrome: boolean, readyState: DocumentReadyState) {
  const start = await bundleStart(START, { 'import.meta.env.CHROME': String(chrome) });
  const page = fakeWindow(readyState);
  vm.runInContext(wrapGate(GATE, start), page.context);
  return page;
}

describe('the gate as built: compiled only once the page has settled', () => {
  it('puts the bundle in the deferred function, and the start code after it', () => {
    const built = wrapGate(`${GATE}\n`, `(function(){${GATE_FUNCTION}()})();`);
    expect(built.startsWith(`function ${GATE_FUNCTION}(){${GATE}\n}`)).toBe(true);
    expect(built.trimEnd().endsWith(`(function(){${GATE_FUNCTION}()})();`)).toBe(true);
  });

  it.each([
    ['a bundle that is not one immediately invoked function', 'var a=1;', `${GATE_FUNCTION}()`],
    ['start code that never calls the gate', GATE, '(function(){})();'],
    [
      'start code still reading import.meta',
      GATE,
      `(function(){import.meta.env.CHROME&&${GATE_FUNCTION}()})();`,
    ],
  ])('refuses %s', (_, bundle, start) => {
    expect(() => wrapGate(bundle, start)).toThrow();
  });

  it.each([
    ['a page still loading', 'loading' as const],
    ['a page that looks loaded already', 'complete' as const],
  ])(
    'in Chromium, on %s, runs nothing of the gate until the page is shown',
    async (_, readyState) => {
      const page = await startGate(true, readyState);
      page.idle();
      expect(page.ran).toEqual([]);
      page.fire('pageshow');
      expect(page.ran).toEqual([]);
      page.idle();
      expect(page.ran).toEqual(['gate']);
      page.timeOut();
      page.idle();
      expect(page.ran).toEqual(['gate']);
    },
  );

  it('in Firefox, which runs it in pages already open, reads an open page in the next idle moment', async () => {
    const page = await startGate(false, 'complete');
    expect(page.ran).toEqual([]);
    page.idle();
    expect(page.ran).toEqual(['gate']);
  });

  it('reads a page whose load never ends once the longest wait is over', async () => {
    const page = await startGate(true, 'interactive');
    page.timeOut();
    page.idle();
    expect(page.ran).toEqual(['gate']);
  });
});
