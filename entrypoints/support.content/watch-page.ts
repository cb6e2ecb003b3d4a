import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { teardown } from '../../lib/content-script/teardown';
import { opensGate } from '../../lib/diagnose/gate';
import { readPage } from '../../lib/diagnose/read-page';
import { readUrl } from '../../lib/diagnose/url';
import { isTogglePanelMessage } from '../../lib/panel/toggle-message';
import { PANEL_HOST, type PanelController } from '../panel/api';
import { loadPanelModule } from './load-panel';

/** Late content (Community threads load posts after the page): re-read, but not for ever. */
const LATE_CONTENT_WINDOW_MS = 30_000;
const MAX_LATE_RUNS = 10;
const DEBOUNCE_MS = 300;

/**
 * Whether the page names a backup (or is a known backup article by its URL). A page that does
 * not is no backup-error page, so nothing more is loaded or read for it (lib/diagnose/gate.ts).
 */
function pageOpensGate(): boolean {
  const page = readPage(document, location.href);
  const url = readUrl(page.url);
  return opensGate(url, [page.title, url.query, page.text]);
}

/**
 * The part that runs on every Apple support page, so it stays small: reads the page with the
 * cheap gate only, and hands over to the panel's controller (loaded with the panel's code) once
 * the page names a backup or the shortcut asks. Until then it touches neither storage nor the
 * settings; it keeps watching late content and in-page navigation, which may bring a backup page.
 */
export function watchPage(ctx: ContentScriptContext): void {
  let controller: PanelController | null = null;
  let queue: Promise<void> = Promise.resolve();

  const evaluate = async (asked: boolean) => {
    if (ctx.isInvalid) return;
    if (!controller) {
      if (!pageOpensGate()) return;
      const module = await loadPanelModule();
      if (ctx.isInvalid) return;
      controller ??= module.startPanelController(ctx);
    }
    await controller.read(asked);
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
      if (controller) controller.shortcut();
      else schedule(true);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  // The extension's APIs may already be gone (see teardown); the panel's controller takes its
  // UI down through its own clean-up on the same ctx.
  ctx.onInvalidated(() =>
    teardown(
      () => observer.disconnect(),
      () => browser.runtime.onMessage.removeListener(onMessage),
    ),
  );

  watchLateContent();
  schedule();
}
