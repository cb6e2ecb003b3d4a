import type { StatusSnapshot } from '../../../lib/status/types';
import {
  callBackground,
  launchWithExtension,
  type ExtensionBrowser,
  type LaunchOptions,
} from './browser';
import type { FeedScenario, ReplayServer } from './replay-server';

export interface SessionOptions extends LaunchOptions {
  /** Have the background fetch the feed before the tests start, so a snapshot is cached. */
  refresh?: boolean;
}

/** Starts the replay server with `feed`, then Chromium with the built extension against it. */
export async function startReplayed(
  server: ReplayServer,
  feed: FeedScenario,
  { refresh = false, ...launch }: SessionOptions = {},
): Promise<ExtensionBrowser> {
  await server.start();
  server.setFeed(feed);
  const ext = await launchWithExtension(server, launch);
  if (refresh) await callBackground<StatusSnapshot>(ext, { type: 'refreshStatus' });
  return ext;
}

/** Closes what `startReplayed` opened, whatever of it had started. */
export async function stopReplayed(
  server: ReplayServer,
  ext: ExtensionBrowser | undefined,
): Promise<void> {
  await ext?.close();
  await server.stop();
}
