import type { StatusSnapshot } from '../../../lib/status/types';
import {
  callBackground,
  launchWithExtension,
  type ExtensionBrowser,
  type ExtensionSession,
  type LaunchOptions,
} from './browser';
import { feed } from './feeds';
import type { FeedScenario, ReplayServer } from './replay-server';

export interface SessionOptions extends LaunchOptions {
  /** Have the background fetch the feed before the tests start, so a snapshot is cached. */
  refresh?: boolean;
}

/**
 * Starts the replay server with `feed`, then a browser through `launch` (Chromium, Firefox)
 * against it; with `refresh`, has the background fetch the feed before the tests start.
 */
export async function startReplayedWith<T extends ExtensionSession>(
  server: ReplayServer,
  feed: FeedScenario,
  launch: (server: ReplayServer) => Promise<T>,
  refresh = false,
): Promise<T> {
  await server.start();
  server.setFeed(feed);
  const ext = await launch(server);
  if (refresh) await callBackground<StatusSnapshot>(ext, { type: 'refreshStatus' });
  return ext;
}

/** Starts the replay server with `feed`, then Chromium with the built extension against it. */
export function startReplayed(
  server: ReplayServer,
  feed: FeedScenario,
  { refresh = false, ...launch }: SessionOptions = {},
): Promise<ExtensionBrowser> {
  return startReplayedWith(server, feed, (s) => launchWithExtension(s, launch), refresh);
}

/**
 * The usual start: Apple's feed with every service available, already fetched by the background,
 * so a snapshot is cached before the tests begin.
 */
export async function startAvailable(
  server: ReplayServer,
  launch: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  return startReplayed(
    server,
    { body: await feed('all-available.json') },
    { refresh: true, ...launch },
  );
}

/** Closes what `startReplayed` opened, whatever of it had started. */
export async function stopReplayed(
  server: ReplayServer,
  ext: ExtensionSession | undefined,
): Promise<void> {
  await ext?.close();
  await server.stop();
}
