import { loadPanelModule } from './load-panel';
import { PANEL_HOST, type PanelController } from '../panel/api';

/** Late content (Community threads load posts after the page): re-read, but not for ever. */
const LATE_CONTENT_WINDOW_MS = 30_000;
const MAX_LATE_RUNS = 10;
const DEBOUNCE_MS = 300;

/** What watchPage asks of the watching that follows a page which may become a backup page. */
export interface Watching {
  /** The page named a backup at its first reading: the panel's controller reads it. */
  opened(): void;
  /** The page navigated in place: read it again, and what loads after it. */
  navigated(): void;
  /** The page's text may still come (readGate finds it `fillsLate`): read it again when it does. */
  watchLateContent(): void;
  stop(): void;
}

/**
 * Readings after the first, one at a time, and the hand-over to the panel's controller (loaded
 * with the panel's code) once the page names a backup (`opensGate`, watch-page.ts). `markRead`
 * follows each reading; `stopGate` ends all the gate's watching.
 */
export function startWatching(
  opensGate: () => boolean,
  markRead: () => void,
  stopGate: () => void,
): Watching {
  let stopped = false;
  let controller: PanelController | null = null;
  let queue: Promise<void> = Promise.resolve();

  // The page names a backup: the panel's controller reads it, loaded first if need be.
  const handOver = async () => {
    if (!controller) {
      const module = await loadPanelModule();
      if (!module) stopGate();
      if (!module || stopped) return;
      controller ??= module.startPanelController(stopGate);
    }
    await controller.read();
  };
  const evaluate = () => (stopped || (!controller && !opensGate()) ? undefined : handOver());
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
  // page (load or in-page navigation), then the observer is off.
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

  return {
    opened() {
      // The panel follows what the page adds (more posts, a changed message).
      if (!observer) watchLateContent();
      schedule(handOver);
    },
    navigated() {
      watchLateContent();
      scheduleSoon();
    },
    watchLateContent,
    stop() {
      stopped = true;
      observer?.disconnect();
      clearTimeout(debounce);
      clearTimeout(windowTimer);
    },
  };
}
