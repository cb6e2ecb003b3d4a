/** Order statistics for benchmark samples. */
export function quantile(samples: number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] as number;
}

export const median = (samples: number[]): number => quantile(samples, 0.5);
export const p95 = (samples: number[]): number => quantile(samples, 0.95);

/** A fixed-seed generator (mulberry32): the same samples always give the same interval. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The central `level` interval of `statistic` by the percentile bootstrap over `rounds` rounds of
 * samples: each draw picks as many rounds, with replacement, and the statistic reads the picked
 * rounds' samples, so the loads of one round stay together as they were measured. It says how far
 * one run's figure could move from noise alone.
 */
export function bootstrapInterval(
  rounds: number,
  statistic: (picked: number[]) => number,
  level = 0.9,
  draws = 1_000,
): { low: number; high: number } {
  const next = random(1);
  const figures: number[] = [];
  for (let d = 0; d < draws; d++) {
    figures.push(statistic(Array.from({ length: rounds }, () => Math.floor(next() * rounds))));
  }
  const tail = (1 - level) / 2;
  return { low: quantile(figures, tail), high: quantile(figures, 1 - tail) };
}

/** One browser's loads, a sample per round, with the extension and without. */
export interface Loads {
  loadsWith: number[];
  loadsWithout: number[];
}

/** Median load with the extension over without, over the `picked` rounds. */
export function loadRatio({ loadsWith, loadsWithout }: Loads, picked: number[]): number {
  const at = (samples: number[]) => picked.map((round) => samples[round] ?? Number.NaN);
  return median(at(loadsWith)) / median(at(loadsWithout));
}

/** The floor: the geometric mean of the controls' load ratios over the `picked` rounds. */
export function floorRatio(controls: Loads[], picked: number[]): number {
  const logs = controls.map((c) => Math.log(loadRatio(c, picked)));
  return Math.exp(logs.reduce((a, b) => a + b, 0) / logs.length);
}

/** Our load ratio over the floor. */
export function ratioOverFloor(ours: Loads, controls: Loads[], picked: number[]): number {
  return loadRatio(ours, picked) / floorRatio(controls, picked);
}

/**
 * The median, over the `picked` rounds, of how much longer each of our samples took than the
 * control's of the same round: what a machine that slows down or speeds up between rounds does to
 * both cancels out, as two medians compared apart would not let it.
 */
export function pairedExcess(ours: number[], control: number[], picked: number[]): number {
  return median(
    picked.map((round) => (ours[round] ?? Number.NaN) - (control[round] ?? Number.NaN)),
  );
}

export type Verdict = 'met' | 'missed' | 'unresolved';

/**
 * A budget read from a figure's interval: met only when all of it is within the limit, missed
 * when all of it is over, and unresolved when the noise spans the limit.
 */
export function judge({ low, high }: { low: number; high: number }, limit: number): Verdict {
  if (high <= limit) return 'met';
  return low > limit ? 'missed' : 'unresolved';
}
