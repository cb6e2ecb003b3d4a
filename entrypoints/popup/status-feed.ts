import { batch, createSignal, onCleanup, type Accessor } from 'solid-js';
import { sendMessage } from '../../lib/messaging/browser-native';
import { getSnapshot, watchSnapshot } from '../../lib/status/browser-snapshot-read';
import { EMPTY_SNAPSHOT } from '../../lib/status/snapshot';
import type { StatusSnapshot } from '../../lib/status/types';

export interface StatusFeed {
  snapshot: Accessor<StatusSnapshot>;
  /** False until the cached snapshot has been read (a few ms); nothing waits on the network. */
  loaded: Accessor<boolean>;
  /** The clock the "N minutes ago" texts use; ticks while the popup is open. */
  now: Accessor<number>;
  /** A check is in flight: asked for here, or running in the background. */
  refreshing: Accessor<boolean>;
  /** The refresh request itself failed (the background did not answer). */
  requestFailed: Accessor<boolean>;
  refresh: () => void;
}

const TICK_MS = 15_000;

/**
 * The popup's view of the one status snapshot the background writes: the cached copy at once
 * (`cached`, a read the entry may start early), then `getStatus` (the background refreshes it when older than 2 minutes), then every change.
 */
export function createStatusFeed(
  clock: () => number = Date.now,
  cached: Promise<StatusSnapshot> = getSnapshot(),
): StatusFeed {
  const [snapshot, setSnapshot] = createSignal<StatusSnapshot>(EMPTY_SNAPSHOT);
  const [loaded, setLoaded] = createSignal(false);
  const [now, setNow] = createSignal(clock());
  const [asking, setAsking] = createSignal(false);
  const [requestFailed, setRequestFailed] = createSignal(false);

  // A fresher snapshot never gets replaced by an older answer arriving late. One batch, so the
  // status is drawn once with the new snapshot and clock, not once per signal.
  const accept = (next: StatusSnapshot) =>
    batch(() => {
      const current = snapshot();
      if ((next.checkedAt ?? 0) >= (current.checkedAt ?? 0) || !loaded()) setSnapshot(next);
      setLoaded(true);
      setNow(clock());
    });

  onCleanup(watchSnapshot(accept));
  const timer = setInterval(() => setNow(clock()), TICK_MS);
  onCleanup(() => clearInterval(timer));

  // The background is asked once the cached copy is on screen: waking its worker competes for
  // the same cores as the first render, and the popup never waits for its answer anyway.
  const askBackground = () => {
    sendMessage('getStatus').then(accept, () => undefined);
  };
  cached.then(accept, () => setLoaded(true)).finally(askBackground);

  const refresh = () => {
    if (asking()) return;
    setAsking(true);
    setRequestFailed(false);
    sendMessage('refreshStatus')
      .then(accept, () => setRequestFailed(true))
      .finally(() => setAsking(false));
  };

  return {
    snapshot,
    loaded,
    now,
    refreshing: () => asking() || snapshot().refreshing,
    requestFailed,
    refresh,
  };
}
