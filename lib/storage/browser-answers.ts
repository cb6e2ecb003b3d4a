import { answersItem } from './browser-items';
import { sanitizeAnswers } from './schema';

/** What the reader answered "What do you see?" with for one problem (keyed like progress). */
export async function getAnswer(key: string): Promise<string | null> {
  return sanitizeAnswers(await answersItem.getValue())[key] ?? null;
}

/** Remembers the answer for the problem; null forgets it. */
export async function saveAnswer(key: string, answer: string | null): Promise<void> {
  const all = sanitizeAnswers(await answersItem.getValue());
  // The latest answer goes last: the oldest are the first dropped (sanitizeAnswers).
  const rest = Object.fromEntries(Object.entries(all).filter(([k]) => k !== key));
  await answersItem.setValue(answer === null ? rest : { ...rest, [key]: answer });
}

export function watchAnswer(key: string, callback: (answer: string | null) => void): () => void {
  return answersItem.watch((value) => callback(sanitizeAnswers(value)[key] ?? null));
}
