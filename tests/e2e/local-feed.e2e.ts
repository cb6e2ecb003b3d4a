import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UI as JA } from '../../content/strings/locales/ja/ui';
import { openPopup, type ExtensionBrowser } from './harness/browser';
import { feed, switchFeed } from './harness/feeds';
import { ReplayServer } from './harness/replay-server';
import { startReplayed, stopReplayed } from './harness/session';

interface Chrome {
  storage: { local: { set(items: object): Promise<void> } };
}

/** Apple's words about the fixture's outage, in its English and Japanese feeds. */
const ENGLISH_MESSAGE = 'Users may be unable to back up to iCloud & restore from a backup.';
const JAPANESE_MESSAGE =
  'iCloud へのバックアップ、およびバックアップからの復元ができない場合があります。';

describe('Apple’s incident words in the reader’s language', () => {
  const server = new ReplayServer();
  let ext: ExtensionBrowser;
  let outage: { body: string; localBodies: Record<string, string> };

  async function readIn(language: string): Promise<void> {
    await ext.worker.evaluate(async (value) => {
      const { storage } = (globalThis as unknown as { chrome: Chrome }).chrome;
      await storage.local.set({ settings: { language: value } });
    }, language);
  }

  /** The feed files asked for since the log was cleared, by Apple's locale code. */
  const feedsAsked = () =>
    server.feedRequests().map((r) => /system_status_(\w+)\.js$/.exec(r.path)?.[1]);

  beforeAll(async () => {
    outage = {
      body: await feed('backup-outage.json'),
      localBodies: { ja_JP: await feed('backup-outage.ja_JP.json') },
    };
    ext = await startReplayed(server, { body: await feed('all-available.json') });
  });

  afterAll(() => stopReplayed(server, ext));

  beforeEach(() => server.clearLog());

  it('asks the Japanese feed once after the English one and shows Apple’s Japanese words', async () => {
    await readIn('ja');
    const snapshot = await switchFeed(ext, server, outage);
    // The background's own install-time check may still ask the English feed once more.
    expect(feedsAsked().slice(0, 2)).toEqual(['en_US', 'ja_JP']);
    expect(feedsAsked().filter((code) => code === 'ja_JP')).toHaveLength(1);
    expect(snapshot.localMessages?.feed).toBe('ja_JP');

    const popup = await openPopup(ext);
    const hero = await popup.$eval('.hero', (el) => el.textContent ?? '');
    expect(hero).toContain(JA.popup.headline.outage);
    expect(hero).toContain(JAPANESE_MESSAGE);
    expect(hero).not.toContain(ENGLISH_MESSAGE);
    await popup.close();
  });

  it('asks no second feed while the stored Japanese words cover every incident', async () => {
    await readIn('ja');
    await switchFeed(ext, server, outage);
    server.clearLog();
    await switchFeed(ext, server, outage);
    expect(feedsAsked()).toEqual(['en_US']);
  });

  it('asks only the English feed for an English reader, and shows Apple’s English words', async () => {
    await readIn('en');
    await switchFeed(ext, server, outage);
    expect(feedsAsked()).toEqual(['en_US']);
    const popup = await openPopup(ext);
    expect(await popup.$eval('.hero', (el) => el.textContent ?? '')).toContain(ENGLISH_MESSAGE);
    await popup.close();
  });

  it('keeps Apple’s English words, and no error, when the Japanese feed fails', async () => {
    await readIn('ja');
    const snapshot = await switchFeed(ext, server, { ...outage, localBodies: { ja_JP: '<html>' } });
    expect(feedsAsked()).toEqual(['en_US', 'ja_JP']);
    expect(snapshot.error).toBeNull();
    const popup = await openPopup(ext);
    const hero = await popup.$eval('.hero', (el) => el.textContent ?? '');
    expect(hero).toContain(JA.popup.headline.outage);
    expect(hero).toContain(ENGLISH_MESSAGE);
    await popup.close();
  });
});
