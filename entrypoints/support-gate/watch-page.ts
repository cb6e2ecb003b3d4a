import { watchNavigation } from './page-events';
import { mayNameBackupArticle, mentionsBackup, readGateTexts } from '../../lib/diagnose/gate';
import { MARKS_READY, READ_ATTRIBUTE, READY_ATTRIBUTE, READY_VALUE } from '../../lib/ready-marker';
import { PANEL_HOST, type PanelController } from '../panel/api';
import { loadPanelModule } from './load-panel';

/** Late content (Community threads load posts after the page): re-read, but not for ever. */
const LATE_CONTENT_WINDOW_MS = 30_000;
const MAX_LATE_RUNS = 10;
const DEBOUNCE_MS = 300;

/**
 * Whether the page names a backup (or may be a known backup article by its URL). A page that
 * does not is no backup-error page, so nothing more is loaded or read for it
 * (lib/diagnose/gate.ts).
 */
function pageOpensGate(): boolean {
  const url = new URL(location.href);
  return mayNameBackupArticle(url) || mentionsBackup(readGateTexts(document, url));
}

/**
 * The part that runs on every Apple support page, so it stays small. Started once the page has
 * settled after loading (index.ts), it reads the page with the cheap gate only, and hands over
 * to the panel's controller (loaded with the panel's code) once the page names a backup. Until
 * then it touches neither the extension's APIs nor storage; it keeps watching late content and
 * in-page navigation, which may bring a backup page. The controller ends this watching when the
 * extension goes away.
 */
export function watchPage(): void {
  let stopped = false;
  let controller: PanelController | null = null;
  let queue: Promise<void> = Promise.resolve();

  const evaluate = async () => {
    if (stopped) return;
    if (!controller) {
      if (!pageOpensGate()) return;
      const module = await loadPanelModule();
      if (!module) stop();
      if (!module || stopped) return;
      controller ??= module.startPanelController(stop);
    }
    await controller.read();
  };

  let readings = 0;
  const schedule = () => {
    queue = queue
      .then(evaluate)
      .catch(() => undefined)
      .then(() => {
        if (MARKS_READY && !stopped)
          document.documentElement?.setAttribute(READ_ATTRIBUTE, String(++readings));
      });
  };

  let debounce: ReturnType<typeof setTimeout> | undefined;
  const scheduleSoon = () => {
    clearTimeout(debounce);
    debounce = setTimeout(schedule, DEBOUNCE_MS);
  };

  // Late-loading content: debounced, at most MAX_LATE_RUNS times within the window after each
  // page (load or in-page navigation), then the observer is off.
  let runs = 0;
  let windowTimer: ReturnType<typeof setTimeout> | undefined;
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
    windowTimer = setTimeout(() => observer.disconnect(), LATE_CONTENT_WINDOW_MS);
  };

  const stopNavigation = watchNavigation(() => {
    watchLateContent();
    scheduleSoon();
  });
  watchLateContent();
  schedule();
  if (MARKS_READY) document.documentElement?.setAttribute(READY_ATTRIBUTE, READY_VALUE);

  // Called by the panel's controller when the extension goes away under the page, or here when
  // it is already gone. Only the page's own APIs are undone, so nothing here can throw.
  function stop(): void {
    if (stopped) return;
    stopped = true;
    stopNavigation();
    observer.disconnect();
    clearTimeout(debounce);
    clearTimeout(windowTimer);
    if (MARKS_READY) {
      document.documentElement?.removeAttribute(READY_ATTRIBUTE);
      document.documentElement?.removeAttribute(READ_ATTRIBUTE);
    }
  }
}
