import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { bundlePart, GATE_FUNCTION, READING_FUNCTION, wrapGate } from '../../modules/gate-build';

/** The watching as WXT builds index.ts: one immediately invoked function, returning main's value. */
const WATCHING = '(function(){ran.push("watching");return function(){ran.push("watch")}})();';
/** The reading as bundlePart builds watch-page.ts: the same, returning watchPage. */
const READING =
  '(function(){ran.push("reading");return function(start){ran.push("read");start()}})();';
/** Start code that, once `settle()` is called, reads the page and needs the watching. */
const START = `(function(){ran.push("start");const start=()=>${GATE_FUNCTION}()();globalThis.settle=()=>${READING_FUNCTION}()(start)})();`;

/** Runs a built gate in a context of its own, as a page runs it at document_start. */
function run(built: string) {
  const ran: string[] = [];
  const context = vm.createContext({ ran });
  vm.runInContext(built, context);
  return { ran, context };
}

describe('the gate as built: the reading compiled once the page has loaded, the watching where a page needs it', () => {
  it('runs only the start code at first, then each part when the one before calls it', () => {
    const built = wrapGate({ watching: `${WATCHING}\n`, reading: READING, start: START });
    expect(built.startsWith(`function ${GATE_FUNCTION}(){return ${WATCHING}\n}\n`)).toBe(true);
    expect(built).toContain(`function ${READING_FUNCTION}(){return ${READING}\n}\n`);
    const page = run(built);
    expect(page.ran).toEqual(['start']);
    vm.runInContext('settle()', page.context);
    expect(page.ran).toEqual(['start', 'reading', 'read', 'watching', 'watch']);
  });

  it.each([
    ['a watching that is not one immediately invoked function', { watching: 'var a=1;' }],
    ['a reading that is not one immediately invoked function', { reading: 'var a=1;' }],
    ['start code that never calls the reading', { start: `${GATE_FUNCTION}()` }],
    ['start code that never calls the watching', { start: `${READING_FUNCTION}()` }],
    ['start code still reading import.meta', { start: `${START}import.meta.env.CHROME;` }],
    ['a reading still reading import.meta', { reading: `(function(){import.meta.env.MODE})();` }],
  ])('refuses %s', (_, part) => {
    expect(() =>
      wrapGate({ watching: WATCHING, reading: READING, start: START, ...part }),
    ).toThrow();
  });

  it('bundles a file for its export, as an immediately invoked function returning it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'gate-part-'));
    try {
      const file = path.join(dir, 'reading.ts');
      await writeFile(
        file,
        `const twice = (n: number) => n * 2;\nexport function read(n: number) { return twice(n) + 1; }\nexport const other = 1;\n`,
      );
      const bundled = await bundlePart(file, {}, 'read');
      expect(bundled).toMatch(/^\(function\s*\(/);
      expect(vm.runInNewContext(bundled)(20)).toBe(41);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
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
      const bundled = bundlePart(file, { 'import.meta.env.CHROME': value });
      if (builds) expect(await bundled).toContain(GATE_FUNCTION);
      else await expect(bundled).rejects.toThrow(/import\.meta/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
