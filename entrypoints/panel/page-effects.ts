import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findTextRanges } from './find-ranges';
import { NARROW_WINDOW, PANEL_WIDTH } from './initial-view';

/** The highlight's name in CSS.highlights and in the page's ::highlight() rule. */
const HIGHLIGHT = 'backup-doctor';
/**
 * Our class on <html> while the open panel narrows Apple's layout. The margin itself is in the
 * manifest's page stylesheet (public/panel-page.css), which goes with the extension.
 */
const BESIDE_CLASS = 'backup-doctor-beside';

/** Marks our <style> element on the page. */
const STYLE_MARK = 'page';
// The margin's width comes from here (PANEL_WIDTH), so the page sheet and the panel agree.
const PAGE_CSS = `::highlight(${HIGHLIGHT}) { background-color: #ffd84d; color: #111; }
html.${BESIDE_CLASS} { --backup-doctor-panel-width: ${PANEL_WIDTH}px; }`;

export interface PageEffects {
  /** Narrows Apple's layout so the open panel sits beside the text, on a wide enough window. */
  setPanelOpen(open: boolean): void;
  /** Highlights the quotes on the page and scrolls to the first; false when none is found. */
  showQuotes(quotes: readonly string[]): boolean;
  clearQuotes(): void;
  /** Removes everything this added to the page. */
  remove(): void;
}

/**
 * What the panel changes on Apple's page, all reversible: one <style> element, one class on
 * <html>, and a named CSS highlight. Apple's text nodes are never touched.
 */
export function createPageEffects(ctx: ContentScriptContext, doc: Document): PageEffects {
  // One left by an older copy of this script that could not clean up (see the controller).
  for (const old of doc.querySelectorAll(`style[data-backup-doctor="${STYLE_MARK}"]`)) old.remove();
  const style = doc.createElement('style');
  style.dataset.backupDoctor = STYLE_MARK;
  style.textContent = PAGE_CSS;
  doc.head.append(style);
  let open = false;

  const layout = () => {
    const beside = open && (doc.defaultView?.innerWidth ?? 0) >= NARROW_WINDOW;
    doc.documentElement.classList.toggle(BESIDE_CLASS, beside);
  };
  ctx.addEventListener(window, 'resize', layout);

  const clearQuotes = () => {
    if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(HIGHLIGHT);
  };

  const effects: PageEffects = {
    setPanelOpen(next) {
      open = next;
      layout();
    },
    showQuotes(quotes) {
      if (typeof CSS === 'undefined' || !('highlights' in CSS)) return false;
      // Never count our own panel's text as the page's.
      const ranges = findTextRanges(doc, doc.body, quotes).filter(
        (r) => !r.startContainer.parentElement?.closest('backup-doctor-panel'),
      );
      if (ranges.length === 0) {
        clearQuotes();
        return false;
      }
      CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
      const reduce = doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches;
      ranges[0]?.startContainer.parentElement?.scrollIntoView({
        block: 'center',
        behavior: reduce ? 'auto' : 'smooth',
      });
      return true;
    },
    clearQuotes,
    remove() {
      clearQuotes();
      doc.documentElement.classList.remove(BESIDE_CLASS);
      style.remove();
    },
  };
  ctx.onInvalidated(() => effects.remove());
  return effects;
}
