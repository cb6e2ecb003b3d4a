import path from 'node:path';
import { diagnose } from '../../lib/diagnose';
import { sizedPage } from './diagnose';
import { median } from './stats';

// `npm run bench:diagnose -- <other checkout>`: diagnose() on the bench's 200 KB page, this
// checkout's against another's (an older commit in a worktree, say), in one process, in blocks
// that alternate which goes first. This machine's speed changes in phases of seconds (the same
// call took 1.5 ms, then 2.8 ms), so two runs apart compare phases, not code; blocks side by side
// meet the same phase, and their ratio holds where the milliseconds do not.

const BLOCKS = 20;
const CALLS = 50;

const other = process.argv[2];
if (!other) throw new Error('Name the other checkout: npm run bench:diagnose -- <folder>');
const theirs = (
  (await import(path.resolve(other, 'lib/diagnose/index.ts'))) as {
    diagnose: typeof diagnose;
  }
).diagnose;

const page = sizedPage(200_000);
const runs = { ours: diagnose, theirs };
for (let i = 0; i < 20; i++) for (const run of Object.values(runs)) run(page);

const blocks = { ours: [] as number[], theirs: [] as number[] };
for (let b = 0; b < BLOCKS; b++) {
  const order = b % 2 === 0 ? (['ours', 'theirs'] as const) : (['theirs', 'ours'] as const);
  for (const name of order) {
    const ms: number[] = [];
    for (let i = 0; i < CALLS; i++) {
      const t0 = performance.now();
      runs[name](page);
      ms.push(performance.now() - t0);
    }
    blocks[name].push(median(ms));
  }
}
const ratios = blocks.ours.map((ms, b) => ms / (blocks.theirs[b] ?? Number.NaN));
const range = (xs: number[]) =>
  `${median(xs).toFixed(3)} (${Math.min(...xs).toFixed(3)} to ${Math.max(...xs).toFixed(3)})`;
console.log(
  `diagnose() on 200 KB, ${BLOCKS} blocks of ${CALLS} calls: block medians, median (range)`,
);
console.log(`this checkout: ${range(blocks.ours)} ms`);
console.log(`${other}: ${range(blocks.theirs)} ms`);
console.log(`this checkout over the other, block by block: ${range(ratios)}`);
