import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * The settings item through WXT's storage on the fake browser: what an older version left in
 * storage is read back as current settings, and the next write stores the current shape. The
 * module is imported afresh in each test, as each extension context defines the item anew.
 */
async function freshItems() {
  vi.resetModules();
  return import('../../lib/storage/browser-items');
}

describe('the settings storage item', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads a version-1 value as version 2, and the next change stores version 2', async () => {
    await fakeBrowser.storage.local.set({
      settings: { panel: 'collapsed', disabledSites: ['HTTPS://discussions.apple.com/thread/9'] },
      settings$: { v: 1 },
    });
    const { getSettings, updateSettings } = await freshItems();
    expect(await getSettings()).toMatchObject({
      panel: 'collapsed',
      disabledSites: ['discussions.apple.com'],
    });
    await updateSettings({ ios: '15' });
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings$).toEqual({ v: 2 });
    expect(stored.settings).toMatchObject({ disabledSites: ['discussions.apple.com'], ios: '15' });
  });

  it('reads a newer version’s value (after a downgrade) without an error', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({
      settings: { panel: 'off', future: true },
      settings$: { v: 99 },
    });
    const { getSettings } = await freshItems();
    expect(await getSettings()).toMatchObject({ panel: 'off' });
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
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
