import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * The settings item through WXT's storage on the fake browser: what an older version left in
 * storage is migrated once and read back sanitized. The module is imported afresh in each test
 * because WXT runs migrations when the item is defined.
 */
async function freshItems() {
  vi.resetModules();
  return import('../../lib/storage/browser-items');
}

describe('the settings storage item', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('migrates a version-1 value and records version 2', async () => {
    await fakeBrowser.storage.local.set({
      settings: { panel: 'collapsed', disabledSites: ['HTTPS://discussions.apple.com/thread/9'] },
      settings$: { v: 1 },
    });
    const { getSettings } = await freshItems();
    expect(await getSettings()).toMatchObject({
      panel: 'collapsed',
      disabledSites: ['discussions.apple.com'],
    });
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings$).toEqual({ v: 2 });
    expect(stored.settings).toMatchObject({ disabledSites: ['discussions.apple.com'] });
  });

  it('reads garbage as the defaults instead of crashing', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage', settings$: { v: 2 } });
    const { getSettings } = await freshItems();
    const { DEFAULT_SETTINGS } = await import('../../lib/storage/schema');
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a change merged into the current settings', async () => {
    const { getSettings, updateSettings } = await freshItems();
    await updateSettings({ ios: '11-14' });
    expect(await getSettings()).toMatchObject({ ios: '11-14', panel: 'open' });
  });

  it('clears saved progress and says how many problems had some', async () => {
    const { clearProgress, getProgress, progressItem } = await freshItems();
    await progressItem.setValue({
      a: { done: ['x'], fixed: false, updatedAt: 1 },
      b: { done: [], fixed: true, updatedAt: 2 },
    });
    expect(await clearProgress()).toBe(2);
    expect(await getProgress()).toEqual({});
    expect(await clearProgress()).toBe(0);
  });
});
