import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { generate } from 'selfsigned';

/** Where our hand-written copies of Apple's sites live: `sites/<host>/<path>`. */
export const SITES_DIR = path.resolve(import.meta.dirname, '../../fixtures/sites');

/** The hosts Chromium is told to resolve to this server. */
export const REPLAYED_HOSTS = ['support.apple.com', 'discussions.apple.com', 'www.apple.com'];

/** Paths of Apple's status feeds (consumer and developer); their answers come from the scenario. */
export const FEED_PATH_PATTERN =
  /^\/support\/systemstatus\/data\/(developer\/)?system_status_[a-z]{2}_[A-Z]{2}\.js$/;

/** How the replayed status feed answers: a body, an HTTP status, a delay, extra headers. */
export interface FeedScenario {
  body: string;
  status?: number;
  delayMs?: number;
  /** Never answer at all (the request hangs until the client gives up). */
  hang?: boolean;
  headers?: Record<string, string>;
}

export interface LoggedRequest {
  host: string;
  path: string;
  query: string;
  method: string;
  headers: IncomingMessage['headers'];
  at: number;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Maps `/en-us/102563` to `<host>/en-us/102563.html`, `/x/` to `<host>/x/index.html`, etc. */
async function resolveFixture(host: string, urlPath: string): Promise<string | null> {
  const base = path.join(SITES_DIR, host);
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidates = [
    path.join(base, clean),
    path.join(base, `${clean}.html`),
    path.join(base, clean, 'index.html'),
  ];
  for (const file of candidates) {
    if (!file.startsWith(base + path.sep)) continue;
    if (await isFile(file)) return file;
  }
  return null;
}

/**
 * A local HTTPS server that stands in for Apple's sites. Chromium reaches it through
 * `--host-resolver-rules`, so the background worker's fetches are replayed too.
 */
export class ReplayServer {
  readonly requests: LoggedRequest[] = [];
  private server: Server | null = null;
  private feed: FeedScenario = { body: '', status: 404 };
  private readonly hanging = new Set<ServerResponse>();

  get port(): number {
    return (this.server?.address() as AddressInfo).port;
  }

  async start(): Promise<void> {
    const pems = await generate([{ name: 'commonName', value: 'apple.com.test' }], {
      keyType: 'ec',
      curve: 'P-256',
      notAfterDate: new Date(Date.now() + 2 * 24 * 3600 * 1000),
    });
    this.server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
    const server = this.server;
    this.server = null;
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  /** Chromium flags that send Apple's hosts here and every other host nowhere. */
  hostResolverRules(): string {
    const maps = REPLAYED_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${this.port}`);
    return [...maps, 'MAP * ~NOTFOUND'].join(', ');
  }

  setFeed(scenario: FeedScenario): void {
    this.feed = scenario;
  }

  clearLog(): void {
    this.requests.length = 0;
  }

  feedRequests(): LoggedRequest[] {
    return this.requests.filter(
      (r) => r.host === 'www.apple.com' && FEED_PATH_PATTERN.test(r.path),
    );
  }

  /** Resolves once `count` feed requests have arrived (or rejects after `timeoutMs`). */
  async waitForFeedRequests(count = 1, timeoutMs = 10_000): Promise<LoggedRequest[]> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const seen = this.feedRequests();
      if (seen.length >= count) return seen;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`expected ${count} feed request(s), saw ${this.feedRequests().length}`);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    this.requests.push({
      host,
      path: url.pathname,
      query: url.search,
      method: req.method ?? 'GET',
      headers: req.headers,
      at: Date.now(),
    });
    if (host === 'www.apple.com' && FEED_PATH_PATTERN.test(url.pathname)) {
      await this.answerFeed(res);
      return;
    }
    const file = await resolveFixture(host, url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = CONTENT_TYPES[path.extname(file)] ?? 'text/html; charset=utf-8';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(await readFile(file));
  }

  private async answerFeed(res: ServerResponse): Promise<void> {
    const scenario = this.feed;
    if (scenario.hang) {
      this.hanging.add(res);
      res.on('close', () => this.hanging.delete(res));
      return;
    }
    if (scenario.delayMs) await new Promise((r) => setTimeout(r, scenario.delayMs));
    if (res.destroyed) return;
    res.writeHead(scenario.status ?? 200, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-cache',
      ...scenario.headers,
    });
    res.end(scenario.body);
  }
}
