import type { Page } from 'puppeteer';
import { READ_ATTRIBUTE } from '../../../lib/ready-marker';
import type { ExtensionBrowser } from './browser';

/**
 * Waits until the gate has finished `count` readings of the page, each ending in its decision
 * (panel shown, updated, or nothing): after late content, the proof that the extension looked
 * again (for the first reading, `waitForReading` in browser.ts).
 */
export async function waitForReadings(page: Page, count: number, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (attribute, n) => Number(document.documentElement.getAttribute(attribute) ?? 0) >= n,
    { timeout },
    READ_ATTRIBUTE,
    count,
  );
}

/** The gate's finished readings so far. */
export async function readings(page: Page): Promise<number> {
  return page.evaluate(
    (attribute) => Number(document.documentElement.getAttribute(attribute) ?? 0),
    READ_ATTRIBUTE,
  );
}

interface StorageLike {
  chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
}

/**
 * Waits until `storage.local[key]` in the background passes `test`: the proof that a write has
 * landed before the test leaves the page (instead of giving it a moment).
 */
export async function waitForStored(
  ext: ExtensionBrowser,
  key: string,
  test: (value: unknown) => boolean,
  timeout = 5_000,
): Promise<void> {
  const deadline = Date.now() + timeout;
  const read = () =>
    ext.worker.evaluate(
      async (k) => (await (globalThis as unknown as StorageLike).chrome.storage.local.get(k))[k],
      key,
    );
  while (!test(await read())) {
    if (Date.now() > deadline) throw new Error(`storage.local.${key} never passed the test`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
