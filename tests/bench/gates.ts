import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer';
import { chromiumArgs, chromiumPath } from '../e2e/harness/browser';
import { ReplayServer, SITES_DIR, htmlRoute } from '../e2e/harness/replay-server';
import {
  CONTROLS,
  GATE_SCRIPT,
  READING_CONTROL,
  TRACE_SETTLE_MS,
  gateEntry,
  traceContentScript,
} from './browser';
import { bootstrapInterval, median, pairedExcess } from './stats';

/**
 * `npm run bench:gates`: the every-page gate's script time on an Apple page that is not about
 * backups, for one or more builds side by side and the reading control, all in ONE browser. Each
 * is its own small extension whose content script matches one path only, and every path serves
 * the same page, so loads alternate round by round within one browser. The bench proper gives
 * each extension a browser of its own, and two browsers differ by up to about 0.5 ms here: enough
 * to hide what a change to the gate does. A second copy of the control shows the noise left.
 */

/** The page the bench calls unrelated: an article that never names a backup. */
const PAGE = path.join(SITES_DIR, 'support.apple.com/en-us/119857.html');

export interface GateVariant {
  /** What the table calls it: the control's name, or the build's folder. */
  name: string;
  /** The content script's source, or the built file to copy. */
  script: { source: string } | { file: string };
  runAt: string;
}

export interface GateFigures {
  name: string;
  /** Median script time per traced load (ms). */
  medianMs: number;
  /** Median, round by round, of the time over the reading control's (ms), with its 90% interval. */
  overControlMs: number;
  low: number;
  high: number;
}

/** A folder as the table names it: from the working folder when inside it. */
function relativeOrAbsolute(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return relative && !relative.startsWith('..') ? relative : dir;
}

/**
 * The variants to measure: the reading control, a copy of it, then the gate of each build in
 * `builds` (folders holding a built manifest), each at the run_at its manifest gives.
 */
export async function gateVariants(builds: string[]): Promise<GateVariant[]> {
  // A manifest without run_at means Chromium's default.
  const runAts = await Promise.all(
    builds.map(async (dir) => (await gateEntry(dir)).run_at ?? 'document_idle'),
  );
  const runAt = runAts[0] ?? 'document_idle';
  const control = { source: CONTROLS[READING_CONTROL] ?? '' };
  return [
    { name: READING_CONTROL, script: control, runAt },
    { name: `${READING_CONTROL}, a second copy`, script: control, runAt },
    ...builds.map((dir, i) => ({
      name: relativeOrAbsolute(dir),
      script: { file: path.join(dir, GATE_SCRIPT) },
      runAt: runAts[i] ?? runAt,
    })),
  ];
}

/** The path variant `i` answers on: its content script matches nothing else. */
export const variantPath = (i: number): string => `/gate-bench-${i}/en-us/119857`;

/** A manifest for variant `i`: its one content script, on its own path of Apple's support site. */
export function variantManifest(i: number, name: string, runAt: string): object {
  return {
    manifest_version: 3,
    name: `Backup Doctor gate bench: ${name}`,
    version: '1.0',
    content_scripts: [
      {
        matches: [`https://support.apple.com${path.posix.dirname(variantPath(i))}/*`],
        js: [GATE_SCRIPT],
        run_at: runAt,
      },
    ],
  };
}

/** Traces `runs` rounds of loads of every variant, each round starting at the next one. */
export async function measureGates(variants: GateVariant[], runs: number): Promise<GateFigures[]> {
  const root = await mkdtemp(path.join(tmpdir(), 'backup-doctor-gates-'));
  const server = new ReplayServer();
  await server.start();
  try {
    const html = await readFile(PAGE, 'utf8');
    const dirs: string[] = [];
    for (const [i, v] of variants.entries()) {
      const dir = path.join(root, `variant-${i}`);
      await mkdir(dir);
      await writeFile(
        path.join(dir, 'manifest.json'),
        JSON.stringify(variantManifest(i, v.name, v.runAt)),
      );
      if ('file' in v.script) await copyFile(v.script.file, path.join(dir, GATE_SCRIPT));
      else await writeFile(path.join(dir, GATE_SCRIPT), v.script.source);
      server.route('support.apple.com', variantPath(i), htmlRoute(html));
      dirs.push(dir);
    }
    const browser = await puppeteer.launch({
      executablePath: chromiumPath(),
      headless: true,
      userDataDir: path.join(root, 'profile'),
      acceptInsecureCerts: true,
      enableExtensions: dirs,
      args: chromiumArgs(server),
    });
    const url = (i: number) => `https://support.apple.com${variantPath(i)}`;
    const samples = variants.map(() => [] as number[]);
    try {
      for (const i of variants.keys()) await traceContentScript(browser, url(i), TRACE_SETTLE_MS);
      for (let round = 0; round < runs; round++) {
        for (let k = 0; k < variants.length; k++) {
          const i = (round + k) % variants.length;
          const { totalMs } = await traceContentScript(browser, url(i), TRACE_SETTLE_MS);
          samples[i]?.push(totalMs);
        }
      }
    } finally {
      await browser.close();
    }
    const control = samples[0] ?? [];
    const all = control.map((_, round) => round);
    return variants.map((v, i) => {
      const ours = samples[i] ?? [];
      const excess = (picked: number[]) => pairedExcess(ours, control, picked);
      return {
        name: v.name,
        medianMs: median(ours),
        overControlMs: excess(all),
        ...bootstrapInterval(runs, excess),
      };
    });
  } finally {
    await server.stop();
    await rm(root, { recursive: true, force: true });
  }
}
