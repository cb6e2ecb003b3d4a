import { parseStatusFeed, StatusFeedError } from './parse';
import {
  afterFailure,
  afterSuccess,
  conditionalHeaders,
  dueOnDemand,
  dueOnTick,
  FETCH_TIMEOUT_MS,
  feedUrl,
  MAX_FEED_BYTES,
  type FetchState,
} from './schedule';
import {
  keepWanted,
  readLocalMessages,
  wantedMessageIds,
  withLocalMessages,
} from './local-messages';
import { summarizeServices } from './summarize';
import type { LocalMessages, ServiceStatus, StatusSnapshot } from './types';

/** The parts of a fetch Response the service reads. */
export interface FeedResponse {
  status: number;
  ok: boolean;
  headers: { get(name: string): string | null };
  /** Read chunk by chunk when present, so an oversized body is cut off instead of buffered. */
  body?: ReadableStream<Uint8Array> | null;
  text(): Promise<string>;
}

export type FeedFetch = (
  url: string,
  init: { headers: Record<string, string>; signal: AbortSignal; cache: 'no-store' },
) => Promise<FeedResponse>;

/** Everything the service touches outside itself, so tests can fake it. */
export interface StatusServiceDeps {
  fetch: FeedFetch;
  now(): number;
  readSnapshot(): Promise<StatusSnapshot>;
  writeSnapshot(snapshot: StatusSnapshot): Promise<void>;
  readFetchState(): Promise<FetchState>;
  writeFetchState(state: FetchState): Promise<void>;
  /**
   * Called after each successful fetch (the notifications decide here), one at a time, with
   * Apple's words in the reader's language where its feed had them.
   */
  onFetched?(services: ServiceStatus[]): Promise<void>;
  /**
   * Apple's code of the reader's feed (`de_DE`), or null when the reader reads English: then no
   * second feed is ever asked for.
   */
  readerFeed?(): Promise<string | null>;
}

type SnapshotError = NonNullable<StatusSnapshot['error']>;

class FetchFailure extends Error {
  constructor(
    readonly kind: SnapshotError['kind'],
    message: string,
  ) {
    super(message);
  }
}

const tooLarge = (): FetchFailure =>
  new FetchFailure('malformed', `too-large: the feed is over ${MAX_FEED_BYTES / 1_000_000} MB`);

/** The body as text, abandoned (and the download cancelled) past `maxBytes`. */
async function readCapped(response: FeedResponse, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  if (!response.body) {
    const text = await response.text();
    if (text.length > maxBytes) throw tooLarge();
    return text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * The one writer of the status snapshot. Never two fetches at once: callers share the request in
 * flight. Keeps the last good services when an attempt fails, and records the failure beside them.
 */
export class StatusService {
  private inFlight: Promise<StatusSnapshot> | null = null;

  constructor(private readonly deps: StatusServiceDeps) {}

  /** Fetches now (or joins the fetch in flight) and resolves with the snapshot it stored. */
  refresh(): Promise<StatusSnapshot> {
    this.inFlight ??= this.attempt().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  /** The timer: fetch unless backing off after failures. */
  async tick(): Promise<StatusSnapshot> {
    const state = await this.deps.readFetchState();
    if (this.inFlight || dueOnTick(state, this.deps.now())) return this.refresh();
    return this.deps.readSnapshot();
  }

  /**
   * Answers from the stored snapshot at once, never waiting for the network (the popup renders
   * from cache). When the last check is older than 2 minutes it starts a refresh in the
   * background and says so with `refreshing: true`; the result reaches callers through storage.
   */
  async getStatus(): Promise<StatusSnapshot> {
    const [snapshot, state] = await Promise.all([
      this.deps.readSnapshot(),
      this.deps.readFetchState(),
    ]);
    if (this.inFlight) return { ...snapshot, refreshing: true };
    if (!dueOnDemand(snapshot.checkedAt, state, this.deps.now())) return snapshot;
    void this.refresh();
    return { ...snapshot, refreshing: true };
  }

  /** After the worker was stopped mid-fetch, the stored `refreshing` flag is stale: clear it. */
  async recover(): Promise<void> {
    if (this.inFlight) return;
    const snapshot = await this.deps.readSnapshot();
    if (snapshot.refreshing) await this.deps.writeSnapshot({ ...snapshot, refreshing: false });
  }

  private async attempt(): Promise<StatusSnapshot> {
    const before = await this.deps.readSnapshot();
    const state = await this.deps.readFetchState();
    await this.deps.writeSnapshot({ ...before, refreshing: true });
    let next: StatusSnapshot;
    let fresh = false;
    try {
      const outcome = await this.fetchFeed(before, state);
      const at = this.deps.now();
      if (outcome.kind === 'unchanged') {
        next = { ...before, checkedAt: at, error: null, refreshing: false };
        await this.deps.writeFetchState(afterSuccess(state));
      } else {
        next = {
          ...before,
          services: outcome.services,
          fetchedAt: at,
          checkedAt: at,
          error: null,
          refreshing: false,
        };
        await this.deps.writeFetchState(afterSuccess(outcome.validators));
        fresh = true;
      }
      next = { ...next, localMessages: await this.localMessages(next) };
    } catch (error) {
      const at = this.deps.now();
      const failure =
        error instanceof FetchFailure ? error : new FetchFailure('network', String(error));
      next = {
        ...before,
        checkedAt: at,
        error: { kind: failure.kind, message: failure.message, at },
        refreshing: false,
      };
      await this.deps.writeFetchState(afterFailure(state, at));
    }
    await this.deps.writeSnapshot(next);
    // Only a new answer from Apple can start or end an incident; a 304 or a failure cannot.
    if (fresh && next.services) {
      const services = withLocalMessages(
        next.services,
        next.localMessages,
        await this.readerFeed(),
      );
      await this.deps.onFetched?.(services).catch(() => undefined);
    }
    return next;
  }

  /**
   * Apple's words in the reader's language, after a good answer from the English feed: at most
   * one more request, and only when the reader's language is not English and the words stored
   * do not already cover every incident listed. A failure keeps what was known: the English
   * words stand in, and the English state is not touched.
   */
  private async localMessages(snapshot: StatusSnapshot): Promise<LocalMessages | null> {
    const feed = await this.readerFeed();
    const known = snapshot.localMessages ?? null;
    if (feed === null || !snapshot.services) return null;
    const wanted = wantedMessageIds(snapshot.services);
    if (wanted.length === 0) return null;
    const kept = known?.feed === feed ? keepWanted(known, wanted) : null;
    if (kept && wanted.every((id) => id in kept.byMessageId)) return kept;
    try {
      const answer = await this.request(feedUrl(this.deps.now(), feed), {});
      if (answer === null) return kept;
      return readLocalMessages(feed, parseStatusFeed(answer.body), wanted, this.deps.now());
    } catch {
      return kept;
    }
  }

  /** The reader's feed code; English when it cannot be read (the English words always work). */
  private async readerFeed(): Promise<string | null> {
    return (await this.deps.readerFeed?.().catch(() => null)) ?? null;
  }

  /**
   * One request to a feed within the timeout and the size cap: its body, or null for a 304.
   * Failures come back as FetchFailure (network, timeout, http, or an oversized body).
   */
  private async request(
    url: string,
    headers: Record<string, string>,
  ): Promise<{ body: string; response: FeedResponse } | null> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
    try {
      const response = await this.deps.fetch(url, {
        headers,
        signal: controller.signal,
        cache: 'no-store',
      });
      if (response.status === 304) return null;
      if (!response.ok) {
        throw new FetchFailure('http', `Apple’s feed answered HTTP ${response.status}`);
      }
      return { body: await readCapped(response, MAX_FEED_BYTES), response };
    } catch (error) {
      if (error instanceof FetchFailure) throw error;
      if (controller.signal.aborted) {
        throw new FetchFailure('timeout', `No answer within ${FETCH_TIMEOUT_MS / 1000} s`);
      }
      throw new FetchFailure('network', error instanceof Error ? error.message : String(error));
    } finally {
      clearTimeout(timer);
    }
  }

  private async fetchFeed(
    before: StatusSnapshot,
    state: FetchState,
  ): Promise<
    | { kind: 'unchanged' }
    | {
        kind: 'fresh';
        services: ServiceStatus[];
        validators: Pick<FetchState, 'etag' | 'lastModified'>;
      }
  > {
    // Validators only when we hold the data a 304 would point back to.
    const headers = before.services ? conditionalHeaders(state) : {};
    const answer = await this.request(feedUrl(this.deps.now()), headers);
    if (answer === null) {
      if (before.services) return { kind: 'unchanged' };
      throw new FetchFailure(
        'http',
        'Apple’s feed answered HTTP 304 to a request without validators',
      );
    }
    try {
      const services = summarizeServices(parseStatusFeed(answer.body), this.deps.now());
      return {
        kind: 'fresh',
        services,
        validators: {
          etag: answer.response.headers.get('ETag'),
          lastModified: answer.response.headers.get('Last-Modified'),
        },
      };
    } catch (error) {
      if (error instanceof StatusFeedError) {
        const kind = error.reason === 'unrecognised-format' ? 'format' : 'malformed';
        throw new FetchFailure(kind, `${error.reason}: ${error.message}`);
      }
      throw error;
    }
  }
}
