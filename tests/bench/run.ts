import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  EMPTY_CONTROL,
  EMPTY_CONTROL_COPY,
  READING_CONTROL,
  measureBrowser,
  type PageFigures,
} from './browser';
import { measureBundles } from './bundles';
import { measureDiagnose } from './diagnose';
import {
  bootstrapInterval,
  floorRatio,
  judge,
  median,
  pairedExcess,
  ratioOverFloor,
  type Verdict,
} from './stats';

// `npm run bench`: measures what DESIGN.md budgets, prints one table, writes bench/results.json.
// It reports; it never fails on a figure.

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILD = path.join(ROOT, '.output/chrome-mv3');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

interface Row {
  what: string;
  figure: number;
  unit: string;
  budget: string;
  verdict: Verdict;
}

const rows: Row[] = [];
const add = (
  what: string,
  figure: number,
  unit: string,
  budget: string,
  met: boolean | Verdict,
): void => {
  const verdict = typeof met === 'boolean' ? (met ? 'met' : 'missed') : met;
  rows.push({ what, figure, unit, budget, verdict });
};

const load = os.loadavg()[0] ?? 0;
console.log(
  `load average ${load.toFixed(2)} on ${os.cpus().length} cores (figures are noisy when high)`,
);

const diagnosis = measureDiagnose();
add(
  'diagnose() first call, page not about backups',
  diagnosis.firstCallUnrelatedMs,
  'ms',
  '<= 3 ms',
  diagnosis.firstCallUnrelatedMs <= 3,
);
add(
  'diagnose() first call, page mentioning a backup in passing',
  diagnosis.firstCallMentionsBackupMs,
  'ms',
  'report',
  true,
);
add(
  'diagnose() first call after that, backup page',
  diagnosis.firstCallBackupMs,
  'ms',
  'report',
  true,
);
for (const size of diagnosis.sizes) {
  const budget = size.label === '200 KB' ? '<= 2 ms' : 'report';
  const met = budget === 'report' || size.median <= 2;
  add(`diagnose() ${size.label} median`, size.median, 'ms', budget, met);
  add(`diagnose() ${size.label} min`, size.min, 'ms', 'report', true);
  add(`diagnose() ${size.label} p95`, size.p95, 'ms', 'report', true);
  add(`diagnose() ${size.label} CPU median`, size.cpuMedian, 'ms', 'report', true);
}

for (const bundle of await measureBundles(BUILD)) {
  const kb = bundle.gzipBytes / 1024;
  const budget = bundle.budgetKb;
  add(
    `bundle ${bundle.name} (gzip)`,
    kb,
    'KB',
    budget === undefined ? 'report' : `<= ${budget} KB`,
    budget === undefined || kb <= budget,
  );
}

const browser = await measureBrowser(
  [
    { name: 'backup page', url: 'https://support.apple.com/en-us/102563' },
    { name: 'unrelated page', url: 'https://support.apple.com/en-us/119857' },
  ],
  RUNS,
);
const control = (p: PageFigures, name: string): PageFigures['controls'][string] => {
  const figures = p.controls[name];
  if (!figures) throw new Error(`No figures for the control "${name}" on the ${p.page}`);
  return figures;
};

/** DESIGN.md's limit on our load ratio over an empty content script's. */
const LOAD_RATIO_LIMIT = 1.03;
/** DESIGN.md's limit on the gate's script time over the reading control's, on a page not about backups. */
const SCRIPT_EXCESS_LIMIT_MS = 1;

for (const p of browser.pages) {
  // DESIGN.md's budgets are relative to the controls: Chromium's price for any content script.
  const empty = control(p, EMPTY_CONTROL);
  const copy = control(p, EMPTY_CONTROL_COPY);
  // One load varies by about 5 ms in 25, so one run's ratio moves by several percent from noise
  // alone: the budget is read from its interval, and stays unresolved while that spans the limit.
  const rounds = p.loadsWith.length;
  const all = Array.from({ length: rounds }, (_, round) => round);
  const floor = floorRatio([empty, copy], all);
  const overFloor = (picked: number[]) => ratioOverFloor(p, [empty, copy], picked);
  const interval = bootstrapInterval(rounds, overFloor);
  add(
    `page load ratio over the empty control's, ${p.page}`,
    overFloor(all),
    'x',
    `<= ${LOAD_RATIO_LIMIT} (90% interval ${interval.low.toFixed(3)}-${interval.high.toFixed(3)})`,
    judge(interval, LOAD_RATIO_LIMIT),
  );
  // The part of that a trace resolves: how long our content script holds the page's main thread
  // before its load event ends, over the empty control's, beside the same share of the load.
  // (It leaves out what no script event shows, such as our stylesheet.)
  const addedMs = p.scriptDuringLoadMs - (empty.scriptDuringLoadMs + copy.scriptDuringLoadMs) / 2;
  const shareMs = (LOAD_RATIO_LIMIT - 1) * ((empty.loadWith + copy.loadWith) / 2);
  add(
    `script time before the load ends, over the empty control's, ${p.page}`,
    addedMs,
    'ms',
    `report (${Math.round((LOAD_RATIO_LIMIT - 1) * 100)}% of the load: ${shareMs.toFixed(2)} ms)`,
    true,
  );
  add(
    `page load ratio, ${p.page}`,
    p.loadRatio,
    'x',
    `report (empty control, both copies: ${floor.toFixed(3)})`,
    true,
  );
  add(
    `noise: the empty control's two copies' load ratios differ by, ${p.page}`,
    Math.abs(empty.loadRatio - copy.loadRatio),
    'x',
    'report',
    true,
  );
  add(`page load time added, ${p.page}`, p.loadWith - p.loadWithout, 'ms', 'report', true);
  add(`page load without the extension, ${p.page}`, p.loadWithout, 'ms', 'report', true);
  add(`script time added, ${p.page}`, median(p.scriptsMs), 'ms', 'report', true);
  // DESIGN.md's budget for the gate: at most 1 ms more than the reading control's, read round by
  // round (each round traces every browser once), so a change in the machine's speed between
  // rounds falls on both; from its interval, as the load ratio is.
  if (p.page === 'unrelated page') {
    const reading = control(p, READING_CONTROL).scriptsMs;
    const traced = Array.from({ length: p.scriptsMs.length }, (_, round) => round);
    const excess = (picked: number[]) => pairedExcess(p.scriptsMs, reading, picked);
    const interval = bootstrapInterval(traced.length, excess);
    add(
      `script time added over the reading control's, ${p.page}`,
      excess(traced),
      'ms',
      `<= ${SCRIPT_EXCESS_LIMIT_MS} ms (90% interval ${interval.low.toFixed(2)}-${interval.high.toFixed(2)})`,
      judge(interval, SCRIPT_EXCESS_LIMIT_MS),
    );
    // The same as a share of the control's, which moves far less than the milliseconds do with
    // the machine's speed (a report for the budget's owner, not a budget).
    add(
      `script time added over the reading control's, as a ratio, ${p.page}`,
      median(
        traced.map((round) => (p.scriptsMs[round] ?? Number.NaN) / (reading[round] ?? Number.NaN)),
      ),
      'x',
      'report',
      true,
    );
  }
  // The controls: what Chromium charges any content script on the same page (see browser.ts).
  for (const [control, f] of Object.entries(p.controls)) {
    add(`control, ${control}: load ratio, ${p.page}`, f.loadRatio, 'x', 'report', true);
    add(`control, ${control}: script time, ${p.page}`, median(f.scriptsMs), 'ms', 'report', true);
    add(
      `control, ${control}: script time before the load ends, ${p.page}`,
      f.scriptDuringLoadMs,
      'ms',
      'report',
      true,
    );
  }
}
add(
  'popup first render from cache',
  browser.popupFirstRenderMs,
  'ms',
  '<= 100 ms',
  browser.popupFirstRenderMs <= 100,
);
add('control: a plain extension page, first render', browser.controlPopupMs, 'ms', 'report', true);
add(
  'control: an extension page running a module script, first render',
  browser.controlModulePopupMs,
  'ms',
  'report',
  true,
);
add(
  'control: an extension page reading storage, first render',
  browser.controlStoragePopupMs,
  'ms',
  'report',
  true,
);

const VERDICT_NOTES: Record<Verdict, string> = {
  met: '',
  missed: '  (MISSED)',
  unresolved: '  (UNRESOLVED: within the noise)',
};
const width = Math.max(...rows.map((r) => r.what.length));
console.log(`${'what'.padEnd(width)}  ${'figure'.padStart(10)}  budget`);
for (const r of rows) {
  const figure = `${r.figure.toFixed(r.unit === 'x' ? 3 : 2)} ${r.unit}`;
  console.log(
    `${r.what.padEnd(width)}  ${figure.padStart(10)}  ${r.budget}${VERDICT_NOTES[r.verdict]}`,
  );
}

await mkdir(path.join(ROOT, 'bench'), { recursive: true });
await writeFile(
  path.join(ROOT, 'bench/results.json'),
  `${JSON.stringify(
    {
      measuredAt: new Date().toISOString(),
      loadAverage: load,
      runs: RUNS,
      rows,
      diagnosis,
      browser,
    },
    null,
    2,
  )}\n`,
);
