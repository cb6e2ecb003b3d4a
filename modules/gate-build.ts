import path from 'node:path';
import { rolldown } from 'rolldown';
import type { Plugin } from 'vite';
import { defineWxtModule } from 'wxt/modules';

/** The every-page content script (entrypoints/support-gate/), as WXT names its entrypoint. */
const GATE = 'support-gate';
/** What runs of it on every page (the wait for the load, the first reading), beside index.ts. */
const START_FILE = 'start.ts';
/** The function that holds index.ts's bundle; start.ts declares it under the same name. */
export const GATE_FUNCTION = 'backupDoctorGate';
/** How WXT's build enters an unlisted script: through its own start-up wrapper. */
const WXT_ENTRY = 'virtual:wxt-unlisted-script-entrypoint?';
/** The gate's entry instead (see runMainOnly). */
const GATE_ENTRY = 'virtual:backup-doctor-gate-entry';

/** The entry module for the gate: index.ts's main, run as it is, its result the bundle's. */
function gateEntry(indexFile: string): string {
  return `import definition from ${JSON.stringify(indexFile)};\nexport default definition.main();\n`;
}

/**
 * support-gate.js as shipped: WXT's bundle of index.ts (an immediately invoked function, which
 * V8 compiles and runs at once) made the body of a function declaration that returns its value,
 * which V8 only pre-parses until it is called; then the start code, which waits for the page to
 * settle, reads it, and calls that function only when the page needs more.
 * Not V8's `//# allFunctionsCalledOnLoad` hint, which Chromium honours in content scripts: it
 * compiles the whole file at document_start, inside the page's load (traced: 0.3-0.7 ms more
 * there, the watching's functions included).
 */
export function wrapGate(bundle: string, start: string): string {
  if (!/^\(function\s*\(/.test(bundle)) {
    throw new Error(`${GATE}.js is not one immediately invoked function: it cannot be deferred`);
  }
  if (!start.includes(GATE_FUNCTION)) {
    throw new Error(`${START_FILE} does not call ${GATE_FUNCTION}: the gate would never run`);
  }
  // Left in a classic script, it would throw on every page before the gate could wait.
  if (start.includes('import.meta')) {
    throw new Error(`${START_FILE} reads import.meta beyond the build's defines`);
  }
  // The bundle's first line stays the file's first line, so a source map still fits it; the
  // brace goes on a line of its own, after any comment the bundle ends with.
  return `function ${GATE_FUNCTION}(){return ${bundle.trimEnd()}\n}\n${start.trim()}\n`;
}

/**
 * Bundles start.ts on its own, with the build's `import.meta.env` values. An `import.meta` left
 * over fails the build: a classic script's bundle would read it as an empty object.
 */
export async function bundleStart(file: string, define: Record<string, string>): Promise<string> {
  const bundle = await rolldown({
    input: file,
    transform: { define },
    onLog(level, log, fallback) {
      if (log.code === 'EMPTY_IMPORT_META') {
        throw new Error(
          `${START_FILE} reads import.meta beyond the build's defines: ${log.message}`,
        );
      }
      fallback(level, log);
    },
  });
  try {
    const { output } = await bundle.generate({ format: 'iife', minify: true });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

/**
 * Enters the gate through gateEntry rather than WXT's wrapper, which starts WXT's runtime
 * plugins (the gate has none) and logs a crash under a "[wxt]" prefix (an error in main still
 * reaches the console as it is). The wrapper is compiled on every Apple page, about 0.1 ms
 * (traced, median of 30 loads), and in a test build, where the logger prints, it made the
 * build the e2e suite and the bench load differ from the shipped one by more than the marks.
 */
function runMainOnly(indexFile: string): Plugin {
  const resolved = `\0${GATE_ENTRY}`;
  return {
    name: 'gate-main-only',
    // Vite resolves a library's entry against the root first.
    resolveId: (id) => (id.endsWith(GATE_ENTRY) ? resolved : undefined),
    load: (id) => (id === resolved ? gateEntry(indexFile) : undefined),
  };
}

function deferGate(startFile: string): Plugin {
  let define: Record<string, string> = {};
  return {
    name: 'gate-deferred-body',
    // start.ts is not imported by the gate, so `wxt dev` would not rebuild when it changes.
    buildStart() {
      this.addWatchFile(startFile);
    },
    configResolved(config) {
      // Vite's own values (MODE, DEV, PROD, ...) are not among its defines: it replaces them itself.
      define = Object.fromEntries([
        ...Object.entries(config.env).map(([key, value]) => [
          `import.meta.env.${key}`,
          JSON.stringify(value),
        ]),
        ...Object.entries(config.define ?? {}).map(([key, value]) => [
          key,
          typeof value === 'string' ? value : JSON.stringify(value),
        ]),
      ]);
    },
    async generateBundle(_, bundle) {
      const chunk = bundle[`${GATE}.js`];
      // Shipped unwrapped, every page would compile and run the watching while it still loads.
      if (chunk?.type !== 'chunk') throw new Error(`No ${GATE}.js in the gate's build`);
      chunk.code = wrapGate(chunk.code, await bundleStart(startFile, define));
    },
  };
}

/**
 * The gate runs on every Apple page, where each function it compiles is time spent: start.ts's
 * code runs there, and index.ts's (the watching) only where a page needs it (see wrapGate).
 */
export default defineWxtModule({
  name: 'gate-build',
  setup(wxt) {
    const startFile = path.join(wxt.config.entrypointsDir, GATE, START_FILE);
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      const [entrypoint] = entrypoints;
      if (entrypoints.length !== 1 || entrypoint?.name !== GATE) return;
      const lib = config.build?.lib;
      if (!lib || typeof lib.entry !== 'string' || !lib.entry.startsWith(WXT_ENTRY)) {
        throw new Error(`WXT no longer builds ${GATE} as a library entered by ${WXT_ENTRY}`);
      }
      lib.entry = GATE_ENTRY;
      config.plugins = [
        ...(config.plugins ?? []),
        runMainOnly(entrypoint.inputPath),
        deferGate(startFile),
      ];
    });
  },
});
