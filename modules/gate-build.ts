import path from 'node:path';
import { rolldown } from 'rolldown';
import type { Plugin } from 'vite';
import { defineWxtModule } from 'wxt/modules';

/** The every-page content script (entrypoints/support-gate/), as WXT names its entrypoint. */
const GATE = 'support-gate';
/** What runs of it at document_start on every page (the wait for the load), beside index.ts. */
const START_FILE = 'start.ts';
/** The first reading, which every page runs once it has loaded: this file's export. */
const READING_FILE = 'watch-page.ts';
const READING_EXPORT = 'watchPage';
/** The functions that hold the reading's bundle and index.ts's; start.ts declares both. */
export const READING_FUNCTION = 'backupDoctorReading';
export const GATE_FUNCTION = 'backupDoctorGate';
/** The name rolldown gives the reading's bundle, which wrapGate takes off again. */
const PART_NAME = 'backupDoctorPart';
/** How WXT's build enters an unlisted script: through its own start-up wrapper. */
const WXT_ENTRY = 'virtual:wxt-unlisted-script-entrypoint?';
/** The gate's entry instead (see runMainOnly). */
const GATE_ENTRY = 'virtual:backup-doctor-gate-entry';

/** The entry module for the gate: index.ts's main, run as it is, its result the bundle's. */
function gateEntry(indexFile: string): string {
  return `import definition from ${JSON.stringify(indexFile)};\nexport default definition.main();\n`;
}

/** The gate's parts, each as its own bundle: see wrapGate. */
export interface GateParts {
  /** index.ts's bundle (the watching), as WXT builds it: one immediately invoked function. */
  watching: string;
  /** watch-page.ts's (bundlePart, with its export): one that returns watchPage. */
  reading: string;
  /** start.ts's (bundlePart). */
  start: string;
}

/** An immediately invoked function, which V8 compiles and runs at once: a bundle to defer. */
const INVOKED = /^\(function\s*\(/;

/**
 * support-gate.js as shipped. V8 compiles a script's top level at once but only pre-parses a
 * function declared in it until that function is first called. So the start code alone is
 * compiled while the page loads; the reading and the watching are each the body of a function
 * declaration returning its bundle's value: every page compiles the reading once it has loaded,
 * and only a page that needs the watching compiles that.
 */
export function wrapGate({ watching, reading, start }: GateParts): string {
  for (const [name, bundle] of [
    [`${GATE}.js`, watching],
    [READING_FILE, reading],
  ]) {
    if (!INVOKED.test(bundle ?? '')) {
      throw new Error(`${name} is not one immediately invoked function: it cannot be deferred`);
    }
  }
  for (const name of [READING_FUNCTION, GATE_FUNCTION]) {
    if (!start.includes(name)) {
      throw new Error(`${START_FILE} does not call ${name}: the gate would never run`);
    }
  }
  // Left in a classic script, it would throw on every page before the gate could wait.
  if (start.includes('import.meta') || reading.includes('import.meta')) {
    throw new Error(
      `The gate's ${START_FILE} or ${READING_FILE} reads import.meta beyond the build's defines`,
    );
  }
  // The watching's first line stays the file's first line, so a source map still fits it; each
  // brace goes on a line of its own, after any comment a bundle ends with.
  return [
    `function ${GATE_FUNCTION}(){return ${watching.trimEnd()}\n}`,
    `function ${READING_FUNCTION}(){return ${reading.trim()}\n}`,
    `${start.trim()}\n`,
  ].join('\n');
}

/**
 * Bundles one of the gate's files on its own, with the build's `import.meta.env` values, as an
 * immediately invoked function; with `exported`, one whose value is that export of the file. An
 * `import.meta` left over fails the build: a classic script's bundle would read it as `{}`.
 */
export async function bundlePart(
  file: string,
  define: Record<string, string>,
  exported?: string,
): Promise<string> {
  const entry = `\0${GATE_ENTRY}-part`;
  const bundle = await rolldown({
    input: exported ? entry : file,
    transform: { define },
    plugins: [
      {
        name: 'gate-part-entry',
        resolveId: (id) => (id === entry ? entry : undefined),
        load: (id) =>
          id === entry
            ? `export { ${exported} as default } from ${JSON.stringify(file)};`
            : undefined,
      },
    ],
    onLog(level, log, fallback) {
      if (log.code === 'EMPTY_IMPORT_META') {
        throw new Error(
          `${path.basename(file)} reads import.meta beyond the build's defines: ${log.message}`,
        );
      }
      fallback(level, log);
    },
  });
  try {
    const { output } = await bundle.generate({
      format: 'iife',
      minify: true,
      ...(exported ? { name: PART_NAME, exports: 'default' } : {}),
    });
    const code = output[0].code;
    if (!exported) return code;
    const assigned = `var ${PART_NAME}=`;
    if (!code.startsWith(assigned)) {
      throw new Error(`${path.basename(file)}'s bundle does not start with ${assigned}`);
    }
    return code.slice(assigned.length);
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

function deferGate(startFile: string, readingFile: string): Plugin {
  let define: Record<string, string> = {};
  return {
    name: 'gate-deferred-body',
    // index.ts imports neither, so `wxt dev` would not rebuild when they change.
    buildStart() {
      this.addWatchFile(startFile);
      this.addWatchFile(readingFile);
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
      chunk.code = wrapGate({
        watching: chunk.code,
        reading: await bundlePart(readingFile, define, READING_EXPORT),
        start: await bundlePart(startFile, define),
      });
    },
  };
}

/**
 * The gate runs on every Apple page, where each line it compiles is time spent: start.ts's code
 * while the page loads, watch-page.ts's once it has, and index.ts's (the watching) only where a
 * page needs it (see wrapGate).
 */
export default defineWxtModule({
  name: 'gate-build',
  setup(wxt) {
    const startFile = path.join(wxt.config.entrypointsDir, GATE, START_FILE);
    const readingFile = path.join(wxt.config.entrypointsDir, GATE, READING_FILE);
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
        deferGate(startFile, readingFile),
      ];
    });
  },
});
