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
 * The central `level` interval of `statistic` over groups of samples, by the percentile bootstrap:
 * each draw resamples every group on its own, with replacement, to its own size. It says how far
 * one run's figure could move from noise alone.
 */
export function bootstrapInterval(
  groups: number[][],
  statistic: (groups: number[][]) => number,
  level = 0.9,
  draws = 1_000,
): { low: number; high: number } {
  const next = random(1);
  const figures: number[] = [];
  for (let d = 0; d < draws; d++) {
    const drawn = groups.map((g) => g.map(() => g[Math.floor(next() * g.length)] as number));
    figures.push(statistic(drawn));
  }
  const tail = (1 - level) / 2;
  return { low: quantile(figures, tail), high: quantile(figures, 1 - tail) };
}
