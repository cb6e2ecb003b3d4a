import type { ProblemProgress, Progress } from './schema';

/** Progress for a problem nobody has started. */
export const NO_PROGRESS: ProblemProgress = { done: [], fixed: false, updatedAt: 0 };

/** At most this many problems are remembered; the oldest go first. */
export const MAX_PROBLEMS = 50;

export function progressFor(all: Progress, key: string): ProblemProgress {
  return all[key] ?? NO_PROGRESS;
}

/** The record with one problem's progress replaced, trimmed to the most recent problems. */
export function withProgress(all: Progress, key: string, next: ProblemProgress): Progress {
  const entries = Object.entries({ ...all, [key]: next })
    .sort(([, a], [, b]) => b.updatedAt - a.updatedAt)
    .slice(0, MAX_PROBLEMS);
  return Object.fromEntries(entries);
}

export function toggleDone(
  p: ProblemProgress,
  id: string,
  done: boolean,
  now: number,
): ProblemProgress {
  const rest = p.done.filter((d) => d !== id);
  return { ...p, done: done ? [...rest, id] : rest, updatedAt: now };
}

export function markFixed(p: ProblemProgress, fixed: boolean, now: number): ProblemProgress {
  return { ...p, fixed, updatedAt: now };
}
