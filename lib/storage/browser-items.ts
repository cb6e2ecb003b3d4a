import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  sanitizePanelSites,
  sanitizeProgress,
  sanitizeSettings,
  type Answers,
  type PanelSites,
  type Progress,
  type Settings,
} from './schema';

/**
 * The one module that defines the extension's storage items. Each is versioned; a reader always
 * gets a sanitized value, so data from an older version or garbage never crashes a surface.
 * (The status snapshot item lives with the status service, its only writer.)
 */

export const settingsItem = storage.defineItem<Settings>('local:settings', {
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

export async function getPanelSites(): Promise<PanelSites> {
  return sanitizePanelSites(await panelSitesItem.getValue());
}
