import path from 'node:path';
import { gateVariants, measureGates } from './gates';

// `npm run bench:gates -- [build folder ...]`: the gate of each build (the production build by
// default) against the reading control, in one browser (gates.ts). To compare with an older
// commit, build it in a worktree and name both builds. It reports; it never fails on a figure.

const ROOT = path.resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const builds = process.argv.slice(2).map((dir) => path.resolve(dir));

const figures = await measureGates(
  await gateVariants(builds.length > 0 ? builds : [path.join(ROOT, '.output/chrome-mv3')]),
  RUNS,
);
console.log(`script time on an unrelated Apple page, ${RUNS} rounds, one browser (ms)`);
console.log('median | over the reading control, round by round (90% interval) | what');
for (const f of figures) {
  const over = `${f.overControlMs.toFixed(2)} (${f.low.toFixed(2)} to ${f.high.toFixed(2)})`;
  console.log(`${f.medianMs.toFixed(2).padStart(6)} | ${over.padEnd(58)} | ${f.name}`);
}
