import { BACKUP_SERVICES, PRIMARY_BACKUP_SERVICE } from '../../content/services';
import type { SourcedView } from './card';
import { sameService } from '../../lib/status/names';
import { readStatusPageRows } from '../../lib/status/page';
import { ACCENT_COLORS, STATE_COLORS } from '../../lib/status/state-colors';

export const HIGHLIGHT_ATTRIBUTE = 'data-backup-doctor-highlight';

/**
 * Outlines the iCloud Backup row and any related row in trouble. An outline takes no space, so
 * Apple's layout does not move; the old inline values are put back by the returned function.
 */
export function highlightRows(views: readonly SourcedView[]): () => void {
  const undo: (() => void)[] = [];
  readStatusPageRows(document).forEach(({ row, status: { name } }) => {
    if (!(row instanceof HTMLElement)) return;
    if (!BACKUP_SERVICES.some((s) => sameService(s, name))) return;
    const view = views.find((v) => sameService(v.name, name));
    const primary = sameService(name, PRIMARY_BACKUP_SERVICE);
    const trouble = view !== undefined && view.state !== 'available' && view.state !== 'unknown';
    if (!primary && !trouble) return;
    // Apple's status page is light: the light theme's colours.
    const color = trouble && view ? STATE_COLORS.light[view.state] : ACCENT_COLORS.light;
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
