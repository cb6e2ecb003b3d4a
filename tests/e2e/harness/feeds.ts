import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { StatusSnapshot } from '../../../lib/status/types';
import { callBackground, type ExtensionSession } from './browser';
import type { FeedScenario, ReplayServer } from './replay-server';

const FEEDS = path.resolve(import.meta.dirname, '../../fixtures/feeds');

/** One of our feed fixtures (tests/fixtures/feeds/<name>), as the replay server would send it. */
export function feed(name: string): Promise<string> {
  return readFile(path.join(FEEDS, name), 'utf8');
}

/** Switches the replayed feed and has the background fetch it now; resolves with its snapshot. */
export function switchFeed(
  ext: ExtensionSession,
  server: ReplayServer,
  answer: FeedScenario,
): Promise<StatusSnapshot> {
  server.setFeed(answer);
  return callBackground<StatusSnapshot>(ext, { type: 'refreshStatus' });
}
