import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  sanitizeAnswers,
  sanitizePanelSites,
  sanitizeProgress,
  sanitizeSettings,
  type Answers,
  type PanelSites,
  type PanelSiteState,
  type ProblemProgress,
  type Progress,
  type Settings,
} from './schema';
import { progressFor, withProgress } from './progress';

/**
 * The one module that defines the extension's storage items. Each is versioned; a reader always
 * gets a sanitized value, so data from an older version or garbage never crashes a surface.
 * (The status snapshot item lives with the status service, its only writer.)
 */

export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
});

export const progressItem = storage.defineItem<Progress>('local:progress', {
  fallback: {},
  version: 1,
});

export const panelSitesItem = storage.defineItem<PanelSites>('local:panelSites', {
  fallback: {},
  version: 1,
});

export const answersItem = storage.defineItem<Answers>('local:answers', {
  fallback: {},
  version: 1,
});

export async function getSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem.getValue());
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await getSettings()), ...patch });
  // Records the shape written, for a future migration that sanitizing alone cannot do.
  await Promise.all([settingsItem.setValue(next), settingsItem.setMeta({ v: SETTINGS_VERSION })]);
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(sanitizeSettings(value)));
}

export async function getProgress(): Promise<Progress> {
  return sanitizeProgress(await progressItem.getValue());
}

/**
 * Forgets every problem's ticked steps and "What do you see?" answers; resolves with how many
 * problems had saved progress.
 */
export async function clearProgress(): Promise<number> {
  const count = Object.keys(await getProgress()).length;
  await Promise.all([progressItem.removeValue(), answersItem.removeValue()]);
  return count;
}

/** How the panel was left on this host, or null when it never was. */
export async function getPanelSite(host: string): Promise<PanelSiteState | null> {
  return sanitizePanelSites(await panelSitesItem.getValue())[host] ?? null;
}

export async function setPanelSite(host: string, state: PanelSiteState): Promise<void> {
  const all = sanitizePanelSites(await panelSitesItem.getValue());
  await panelSitesItem.setValue({ ...all, [host]: state });
}

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
