import { nativeBrowser } from '../messaging/browser-native';
import { CJK_TABLES_PATH } from './cjk';
import { addCjkPart, readSignalPart } from './signal-table';

/** One load per page: every later reading of the page has the part already. */
let loading: Promise<void> | null = null;

/**
 * Adds the CJK part of the tables from the extension's file (modules/signal-tables.ts), for a page
 * that holds a CJK character. Never fails: a file that cannot be read or is not such a part
 * leaves the core, and the page is diagnosed with it.
 */
export function loadCjkTables(): Promise<void> {
  loading ??= (async () => {
    try {
      const response = await fetch(nativeBrowser().runtime.getURL(CJK_TABLES_PATH as '/'));
      const part = response.ok ? readSignalPart(await response.json()) : null;
      if (part) addCjkPart(part);
    } catch {
      // Missing or unreadable: the core's tables below.
    }
  })();
  return loading;
}
