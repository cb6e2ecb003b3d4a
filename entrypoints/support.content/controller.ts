import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { diagnose, readPage } from '../../lib/diagnose';
import { initialView } from '../../lib/panel/initial-view';
import { isTogglePanelMessage } from '../../lib/panel/toggle-message';
import { watchInvalidation } from '../../lib/content-script/browser-watch-invalidation';
import { teardown } from '../../lib/content-script/teardown';
import { platformOs } from '../../lib/plan/browser-platform';
import { getSettings, watchSettings } from '../../lib/storage/browser-items';
import { getPanelSite } from '../../lib/storage/browser-panel-sites';
import { OWN_PANEL_SELECTOR, PANEL_HOST, type PanelHandle } from '../panel/api';
import { loadPanelModule } from './load-panel';

/** Late content (Community threads load posts after the page): re-read, but not for ever. */
const LATE_CONTENT_WINDOW_MS = 30_000;
const MAX_LATE_RUNS = 10;
const DEBOUNCE_MS = 300;

/**
 * Reads the page, diagnoses it, and keeps the panel in step: mounted only on a backup-error
 * page, updated when late content or an in-page navigation changes what the page says, removed
 * when it no longer is one, and gone with the content script.
 */
export function startPanelController(ctx: ContentScriptContext): void {
  const host = location.hostname;
  let panel: PanelHandle | null = null;
  let stopWatching = (): void => undefined;
  let queue: Promise<void> = Promise.resolve();

  const unmount = () => {
    stopWatching();
    panel?.remove();
    panel = null;
  };

  /** `asked`: the person pressed the shortcut, which opens the panel whatever the settings. */
  const evaluate = async (asked: boolean) => {
    if (ctx.isInvalid) return;
    const d = diagnose(readPage(document, location.href));
    if (!d.isBackupError) {
      unmount();
      return;
    }
    if (panel) {
      panel.update(d);
      if (asked) panel.toggle();
      return;
    }
    const settings = await getSettings();
    const blocked = settings.panel === 'off' || settings.disabledSites.includes(host);
    if ((blocked && !asked) || ctx.isInvalid) return;
    // Never two panels, even if another copy of this script (an older version) left one. An
    // element of the page that merely shares our host's name is not a panel of ours.
    if (document.querySelector(OWN_PANEL_SELECTOR)) return;
    const site = await getPanelSite(host);
    const mode = settings.panel === 'off' ? 'open' : settings.panel;
    const start = asked ? 'open' : initialView(mode, site, window.innerWidth);
    const module = await loadPanelModule();
    if (ctx.isInvalid) return;
    panel = await module.mountPanel(ctx, { diagnosis: d, start, host, os: platformOs(navigator) });
    stopWatching = watchInvalidation(ctx);
  };

  const schedule = (asked = false) => {
    queue = queue.then(() => evaluate(asked)).catch(() => undefined);
  };

  let debounce: number | undefined;
  const scheduleSoon = () => {
    clearTimeout(debounce);
    debounce = ctx.setTimeout(() => schedule(), DEBOUNCE_MS);
  };

  // Late-loading content: debounced, at most MAX_LATE_RUNS times within the window after each
  // page (load or in-page navigation), then the observer is off.
  let runs = 0;
  let windowTimer: number | undefined;
  const observer = new MutationObserver((records) => {
    const ours = records.every((r) =>
      [...r.addedNodes, ...r.removedNodes].every((n) =>
        n.nodeName.toLowerCase().startsWith(PANEL_HOST),
      ),
    );
    if (ours) return;
    runs += 1;
    scheduleSoon();
    // A page that rewrites itself for ever costs one more reading, then nothing.
    if (runs >= MAX_LATE_RUNS) observer.disconnect();
  });
  const watchLateContent = () => {
    runs = 0;
    observer.disconnect();
    // An XML document may have no body: watch the whole document then.
    observer.observe(document.body ?? document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    clearTimeout(windowTimer);
    windowTimer = ctx.setTimeout(() => observer.disconnect(), LATE_CONTENT_WINDOW_MS);
  };

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    watchLateContent();
    scheduleSoon();
  });

  // The keyboard shortcut, relayed by the background.
  const onMessage = (message: unknown) => {
    if (isTogglePanelMessage(message)) {
      if (panel) panel.toggle();
      else schedule(true);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  // Turned off (for every site or this one) in the options: go now; turned back on: come back.
  const unwatchSettings = watchSettings((settings) => {
    if (settings.panel === 'off' || settings.disabledSites.includes(host)) unmount();
    else if (!panel) schedule();
  });

  // Our UI first: the extension's APIs may already be gone (see teardown).
  ctx.onInvalidated(() =>
    teardown(
      unmount,
      () => observer.disconnect(),
      () => browser.runtime.onMessage.removeListener(onMessage),
      unwatchSettings,
    ),
  );

  watchLateContent();
  schedule();
}
