import { progressItem } from './browser-items';
import { progressFor, withProgress } from './progress';
import { sanitizeProgress, type ProblemProgress } from './schema';

/** One problem's progress, read from and written to the shared progress item. */
export async function getProblemProgress(key: string): Promise<ProblemProgress> {
  return progressFor(sanitizeProgress(await progressItem.getValue()), key);
}

export async function saveProblemProgress(key: string, next: ProblemProgress): Promise<void> {
  const all = sanitizeProgress(await progressItem.getValue());
  await progressItem.setValue(withProgress(all, key, next));
}

export function watchProblemProgress(
  key: string,
  callback: (progress: ProblemProgress) => void,
): () => void {
  return progressItem.watch((value) => callback(progressFor(sanitizeProgress(value), key)));
}
