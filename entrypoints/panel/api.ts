import type { Diagnosis } from '../../lib/diagnose/types';
import type { PanelStart } from './initial-view';
import type { PageFacts } from '../../lib/plan/page-facts';
import type { Strings } from '../../lib/i18n/strings';

/**
 * The contract between the small content script, which runs on every Apple support page, and
 * the panel's code (the diagnosis, its matcher, settings and the UI), loaded only on a page that
 * names a backup. Types and a few names: importing this file adds next to nothing to the content
 * script's bundle.
 */

/** Where the panel module leaves its entry point once loaded (the content script's own global). */
export const PANEL_MODULE_KEY = '__backupDoctorPanel';
/** The panel module's file, listed in web_accessible_resources for Apple's pages only. */
export const PANEL_MODULE_PATH = '/panel.js';
/** Our panel's host element. A page may hold an element of that name too (Apple's, anyone's). */
export const PANEL_HOST = 'backup-doctor-panel';
/** Set on the host element we mounted, so an element of the page with our name is never ours. */
export const PANEL_OWNER_ATTRIBUTE = 'data-backup-doctor-owner';
/**
 * Finds a panel this extension mounted (this copy of the script or one left by an older one),
 * under our name or the fallback name used when the page took ours (lib/content-script/host-name).
 */
export const OWN_PANEL_SELECTOR = `[${PANEL_OWNER_ATTRIBUTE}]`;

export interface PanelMountOptions {
  diagnosis: Diagnosis;
  facts: PageFacts;
  start: PanelStart;
  host: string;
  os: string;
  /** The panel's language, loaded before its first render. */
  strings: Strings;
}

export interface PanelHandle {
  /** The page says something new (late content): show the new diagnosis. */
  update(diagnosis: Diagnosis, facts: PageFacts): void;
  /** The keyboard shortcut: open, or fold to the tab. */
  toggle(): void;
  /** The language setting changed: speak another language. */
  setStrings(strings: Strings): void;
  remove(): void;
}

/** The panel's side of the page, once the content script has found the page worth reading. */
export interface PanelController {
  /** Reads the page again (loaded, late content, in-page navigation). */
  read(): Promise<void>;
}

export interface PanelModule {
  /**
   * Takes the page over from the content script's gate. `stopGate` ends the gate's own watching;
   * it is called when the extension goes away (reloaded, updated or removed).
   */
  startPanelController(stopGate: () => void): PanelController;
}
