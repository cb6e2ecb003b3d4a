import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PRIMARY_BACKUP_SERVICE } from '../../content/services';
import { pageServices, parseAsOf, readAsOfText, readStatusPageRows } from '../../lib/status/page';
import { sameService } from '../../lib/status/names';
import type { PageReading } from './card';

/** Apple's page draws its rows after load; we stop waiting for them after this long. */
const WAIT_FOR_ROWS_MS = 15_000;

/**
 * Reads the page now and again as Apple's script draws it, until the iCloud Backup row is there
 * or the wait is over. Observer and timer end with the content script (through ctx).
 */
export function watchStatusPage(
  ctx: ContentScriptContext,
  onReading: (reading: PageReading) => void,
): void {
  let done = false;
  let observer: MutationObserver | null = null;
  const stop = (): void => {
    done = true;
    observer?.disconnect();
  };
  const read = (): void => {
    if (done) return;
    const rows = readStatusPageRows(document);
    if (rows.length === 0) return;
    const now = Date.now();
    onReading({ services: pageServices(rows), at: parseAsOf(readAsOfText(document), now) ?? now });
    if (rows.some((r) => sameService(r.status.name, PRIMARY_BACKUP_SERVICE))) stop();
  };
  read();
  if (done) return;
  let pending = false;
  observer = new MutationObserver(() => {
    // Many mutations arrive per render: read once per frame.
    if (pending) return;
    pending = true;
    ctx.requestAnimationFrame(() => {
      pending = false;
      read();
    });
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.setTimeout(stop, WAIT_FOR_ROWS_MS);
  ctx.onInvalidated(stop);
}
