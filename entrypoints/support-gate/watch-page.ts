import { watchNavigation } from './page-events';
import type { startWatching, Watching } from './watching';
import { readGate, type GateReading } from '../../lib/diagnose/gate';
import { MARKS_READY, READ_ATTRIBUTE, READY_ATTRIBUTE, READY_VALUE } from '../../lib/ready-marker';

/**
 * The part that runs on every Apple support page, so it stays small. Started once the page has
 * settled after loading (start.ts), it reads the page with the cheap gate only. On most pages
 * that is all: the page does not name a backup, and only in-page navigation is watched. Where
 * the page may still change into a backup page (its text comes late, or it navigated) or names
 * one, the watching takes over: `startWatching` (watching.ts), which the build keeps in a
 * function that a page only compiles when it needs it (modules/gate-build.ts). Until then this
 * touches neither the extension's APIs nor storage. The panel's controller ends the watching
 * when the extension goes away; so does the function this returns.
 */
export function watchPage(start: typeof startWatching): () => void {
  let stopped = false;
  let readings = 0;
  let watching: Watching | undefined;
  const markRead = () => {
    if (MARKS_READY && !stopped)
      document.documentElement?.setAttribute(READ_ATTRIBUTE, String(++readings));
  };
  // A page that does not name a backup (or may be a known backup article by its URL) is no
  // backup-error page, so nothing more is loaded or read for it (lib/diagnose/gate.ts).
  const opensGate = () => readGate(document, document.URL).opens;
  const watch = () => (watching ??= start(opensGate, markRead, stop));
  const stopNavigation = watchNavigation(() => watch().navigated());
  if (MARKS_READY) document.documentElement?.setAttribute(READY_ATTRIBUTE, READY_VALUE);
  // The first reading is synchronous: on most pages it is the only one, and a promise would cost
  // a microtask checkpoint of its own on every Apple page.
  let first: GateReading = { opens: false, fillsLate: false };
  try {
    first = readGate(document, document.URL);
  } catch {
    // A page the gate cannot read is left alone, as when a later reading fails (watching.ts).
  }
  if (first.opens) watch().opened();
  else {
    // An article arrives whole (DOMAIN.md §3), so on one that does not name a backup, nothing
    // is watched but in-page navigation: more would be time spent on every such page.
    if (first.fillsLate) watch().watchLateContent();
    // Only a test build marks its readings: the shipped one need not compile markRead here.
    if (MARKS_READY) markRead();
  }
  return stop;

  // Called by the panel's controller when the extension goes away under the page, or when it
  // is already gone. Only the page's own APIs are undone, so nothing here can throw.
  function stop(): void {
    if (stopped) return;
    stopped = true;
    stopNavigation();
    watching?.stop();
    if (MARKS_READY) {
      document.documentElement?.removeAttribute(READY_ATTRIBUTE);
      document.documentElement?.removeAttribute(READ_ATTRIBUTE);
    }
  }
}
