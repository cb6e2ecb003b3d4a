import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { REPLAYED_HOSTS, type ReplayServer } from './replay-server';

/**
 * A loopback HTTP proxy for browsers that cannot remap host names (Firefox has no
 * --host-resolver-rules): it tunnels `CONNECT <Apple host>:443` to the replay server and refuses
 * every other host and every plain-HTTP request, so the browser under test reaches nothing else.
 * Refused destinations are logged (`refused`) so a test can see what the browser tried to reach.
 */
export class ConnectProxy {
  readonly refused: string[] = [];
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();

  constructor(private readonly replay: ReplayServer) {}

  get port(): number {
    return (this.server?.address() as AddressInfo).port;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.refused.push(req.url ?? '');
      res.writeHead(403, { 'content-type': 'text/plain' }).end('refused by the test proxy');
    });
    this.server.on('connect', (req, client: Socket) => {
      this.track(client);
      const target = req.url ?? '';
      const [host, port] = target.split(':');
      if (!host || port !== '443' || !REPLAYED_HOSTS.includes(host)) {
        this.refused.push(target);
        client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
        return;
      }
      const upstream = this.track(connect(this.replay.port, '127.0.0.1'));
      upstream.once('connect', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      const close = () => {
        client.destroy();
        upstream.destroy();
      };
      upstream.on('error', close);
      client.on('error', close);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    const server = this.server;
    this.server = null;
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  private track(socket: Socket): Socket {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    return socket;
  }
}
