// Runs diagnose over our labelled corpus (tests/fixtures/pages) and prints the figures the
// diagnosis issue sets targets for. Exit code 1 when a target is missed.
import { evaluate, loadCorpus } from '../tests/helpers/page-corpus';

const TARGETS = { precision: 0.97, recall: 0.95, channelAccuracy: 0.9, top3: 0.9 } as const;

const pages = loadCorpus();
const e = evaluate(pages);
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const nearMisses = pages.filter((p) => p.labels.nearMiss).length;

console.log(
  `pages ${e.pages}: ${e.positives} backup-error pages, ${e.negatives} others (${nearMisses} near misses)`,
);
console.log(`isBackupError precision ${pct(e.precision)}  recall ${pct(e.recall)}`);
console.log(`channel accuracy        ${pct(e.channelAccuracy)}`);
console.log(`cause top-1 ${pct(e.top1)}  top-3 ${pct(e.top3)}`);
if (e.misses.length === 0) console.log('misses: none');
else {
  console.log(`misses (${e.misses.length}):`);
  for (const m of e.misses) console.log(`  ${m.id}: ${m.what}`);
}
const failed = (Object.keys(TARGETS) as (keyof typeof TARGETS)[]).filter((k) => e[k] < TARGETS[k]);
if (failed.length > 0) {
  console.log(`below target: ${failed.join(', ')}`);
  process.exitCode = 1;
}
