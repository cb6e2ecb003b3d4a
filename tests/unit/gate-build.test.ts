import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { bundleStart, GATE_FUNCTION, wrapGate } from '../../modules/gate-build';

/** A bundle as WXT builds index.ts: one immediately invoked function, returning main's value. */
const BUNDLE = '(function(){ran.push("body");return function(){ran.push("watching")}})();';

/** Runs a built gate in a context of its own, and lets it reach the body as start.ts would. */
function run(built: string) {
  const ran: string[] = [];
  const context = vm.createContext({ ran });
  vm.runInContext(built, context);
  return { ran, context };
}

describe('the gate as built: its watching compiled only on a page that needs it', () => {
  it('runs nothing of the body until the start code calls it, and returns what it returns', () => {
    const start = `(function(){ran.push("start");globalThis.later=()=>${GATE_FUNCTION}()()})();`;
    const built = wrapGate(`${BUNDLE}\n`, start);
    expect(built.startsWith(`function ${GATE_FUNCTION}(){return ${BUNDLE}\n}`)).toBe(true);
    const page = run(built);
    expect(page.ran).toEqual(['start']);
    vm.runInContext('later()', page.context);
    expect(page.ran).toEqual(['start', 'body', 'watching']);
  });

  it.each([
    ['a bundle that is not one immediately invoked function', 'var a=1;', `${GATE_FUNCTION}()`],
    ['start code that never calls the body', BUNDLE, '(function(){})();'],
    [
      'start code still reading import.meta',
      BUNDLE,
      `(function(){import.meta.env.CHROME&&${GATE_FUNCTION}()})();`,
    ],
  ])('refuses %s', (_, bundle, start) => {
    expect(() => wrapGate(bundle, start)).toThrow();
  });

  it.each([
    ['with a value the build defines', 'import.meta.env.CHROME', 'true', true],
    ['with one it does not define', 'import.meta.env.MODE', 'true', false],
  ])('bundles start code reading import.meta %s only', async (_, read, value, builds) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'gate-start-'));
    try {
      const file = path.join(dir, 'start.ts');
      await writeFile(
        file,
        `if (${read}) ${GATE_FUNCTION}();\ndeclare function ${GATE_FUNCTION}(): void;\n`,
      );
      const bundled = bundleStart(file, { 'import.meta.env.CHROME': value });
      if (builds) expect(await bundled).toContain(GATE_FUNCTION);
      else await expect(bundled).rejects.toThrow(/import\.meta/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
