import { watchNavigation } from './page-events';
import {
  mayFillLate,
  mayNameBackupArticle,
  mentionsBackup,
  readGateTexts,
} from '../../lib/diagnose/gate';
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
  return mayNameBackupArticle(location) || mentionsBackup(readGateTexts(document, location));
}

/**
 * The part that runs on every Apple support page, so it stays small. Started once the page has
 * settled after loading (start.ts), it reads the page with the cheap gate only, and hands over
 * to the panel's controller (loaded with the panel's code) once the page names a backup. Until
 * then it touches neither the extension's APIs nor storage; it keeps watching in-page navigation
 * and, where a page's text may come late, that text: either may bring a backup page. The
 * controller ends this watching when the extension goes away; so does the function this returns.
 */
export function watchPage(): () => void {
  let stopped = false;
  let controller: PanelController | null = null;
  let queue: Promise<void> = Promise.resolve();
  let readings = 0;

  const markRead = () => {
    if (MARKS_READY && !stopped)
      document.documentElement?.setAttribute(READ_ATTRIBUTE, String(++readings));
  };

  // The page names a backup: the panel's controller reads it, loaded first if need be.
  const handOver = async () => {
    if (!controller) {
      const module = await loadPanelModule();
      if (!module) stop();
      if (!module || stopped) return;
      controller ??= module.startPanelController(stop);
    }
    await controller.read();
  };
  const evaluate = () => (stopped || (!controller && !pageOpensGate()) ? undefined : handOver());
  const schedule = (reading: () => Promise<void> | undefined = evaluate) => {
    queue = queue
      .then(reading)
      .catch(() => undefined)
      .then(markRead);
  };

  let debounce: ReturnType<typeof setTimeout> | undefined;
  const scheduleSoon = () => {
    clearTimeout(debounce);
    debounce = setTimeout(() => schedule(), DEBOUNCE_MS);
  };

  // Late-loading content: debounced, at most MAX_LATE_RUNS times within the window after each
  // page (load or in-page navigation), then the observer is off. Watched only where a page's
  // text may still change: see watchLateContent's callers.
  let runs = 0;
  let windowTimer: ReturnType<typeof setTimeout> | undefined;
  let observer: MutationObserver | undefined;
  const onMutation = (records: MutationRecord[]) => {
    const ours = records.every((r) =>
      [...r.addedNodes, ...r.removedNodes].every((n) =>
        n.nodeName.toLowerCase().startsWith(PANEL_HOST),
      ),
    );
    if (ours) return;
    runs += 1;
    scheduleSoon();
    // A page that rewrites itself for ever costs one more reading, then nothing.
    if (runs >= MAX_LATE_RUNS) observer?.disconnect();
  };
  const watchLateContent = () => {
    runs = 0;
    observer ??= new MutationObserver(onMutation);
    observer.disconnect();
    // An XML document may have no body: watch the whole document then.
    observer.observe(document.body ?? document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    clearTimeout(windowTimer);
    windowTimer = setTimeout(() => observer?.disconnect(), LATE_CONTENT_WINDOW_MS);
  };

  const stopNavigation = watchNavigation(() => {
    watchLateContent();
    scheduleSoon();
  });
  // An article arrives whole (DOMAIN.md §3), so on one that does not name a backup, nothing is
  // watched but in-page navigation: the observer's set-up would be time spent on every such page.
  if (mayFillLate(location)) watchLateContent();
  if (MARKS_READY) document.documentElement?.setAttribute(READY_ATTRIBUTE, READY_VALUE);
  // The first reading is synchronous: on most pages it is the only one, and a promise would cost
  // a microtask checkpoint of its own on every Apple page.
  let opens = false;
  try {
    opens = pageOpensGate();
  } catch {
    // A page the gate cannot read is left alone, as when a later reading fails (schedule).
  }
  if (opens) {
    // The panel follows what the page adds (more posts, a changed message).
    if (!observer) watchLateContent();
    schedule(handOver);
  } else markRead();
  return stop;

  // Called by the panel's controller when the extension goes away under the page, or here when
  // it is already gone. Only the page's own APIs are undone, so nothing here can throw.
  function stop(): void {
    if (stopped) return;
    stopped = true;
    stopNavigation();
    observer?.disconnect();
    clearTimeout(debounce);
    clearTimeout(windowTimer);
    if (MARKS_READY) {
      document.documentElement?.removeAttribute(READY_ATTRIBUTE);
      document.documentElement?.removeAttribute(READ_ATTRIBUTE);
    }
  }
}
