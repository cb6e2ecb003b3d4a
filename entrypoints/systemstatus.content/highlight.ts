import { BACKUP_SERVICES, PRIMARY_BACKUP_SERVICE } from '../../content/services';
import type { SourcedView } from './card';
import { sameService } from '../../lib/status/names';
import { readStatusPageRows } from '../../lib/status/page';
import { ACCENT_COLORS, STATE_COLORS } from '../../lib/status/state-colors';

export const HIGHLIGHT_ATTRIBUTE = 'data-backup-doctor-highlight';

/** Whether the row is drawn light on dark (its text is light): the dark blue would fade there. */
function onDark(row: HTMLElement): boolean {
  const rgb = /(\d+)\D+(\d+)\D+(\d+)/.exec(getComputedStyle(row).color);
  if (!rgb) return false;
  return 0.299 * Number(rgb[1]) + 0.587 * Number(rgb[2]) + 0.114 * Number(rgb[3]) > 150;
}

/**
 * Outlines the iCloud Backup row and any related row in trouble, in every layout the page shows. An outline takes no space, so
 * Apple's layout does not move; the old inline values are put back by the returned function.
 */
export function highlightRows(views: readonly SourcedView[]): () => void {
  const undo: (() => void)[] = [];
  readStatusPageRows(document).forEach(({ row, status: { name, state }, match }) => {
    if (!(row instanceof HTMLElement)) return;
    if (!BACKUP_SERVICES.some((s) => sameService(s, name))) return;
    const view = views.find((v) => sameService(v.name, name));
    // A row found by a guessed localised name is marked only when it shows what the feed says.
    if (match === 'guessed' && view?.state !== state) return;
    const primary = sameService(name, PRIMARY_BACKUP_SERVICE);
    const trouble = view !== undefined && view.state !== 'available' && view.state !== 'unknown';
    if (!primary && !trouble) return;
    // Trouble in the badge's colours; otherwise our accent, light or dark as the row is drawn.
    const color =
      trouble && view
        ? STATE_COLORS.light[view.state]
        : ACCENT_COLORS[onDark(row) ? 'dark' : 'light'];
    const before = {
      outline: row.style.outline,
      outlineOffset: row.style.outlineOffset,
      borderRadius: row.style.borderRadius,
    };
    row.setAttribute(HIGHLIGHT_ATTRIBUTE, primary ? 'primary' : 'trouble');
    row.style.outline = `3px solid ${color}`;
    row.style.outlineOffset = '3px';
    row.style.borderRadius = '6px';
    undo.push(() => {
      row.removeAttribute(HIGHLIGHT_ATTRIBUTE);
      Object.assign(row.style, before);
    });
  });
  return () => undo.forEach((fn) => fn());
}
