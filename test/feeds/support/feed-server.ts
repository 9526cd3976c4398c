import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Behaviour =
  | { kind: 'feed'; body: string; type?: string }
  | { kind: 'status'; status: number }
  | { kind: 'hang' }
  | { kind: 'huge'; bytes: number };

/** Feeds served over real HTTP on 127.0.0.1, with ETag / Last-Modified and 304s. */
export async function startFeedServer() {
  const routes = new Map<string, Behaviour>();
  const hits: { path: string; ifNoneMatch?: string; status: number; userAgent?: string }[] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    const route = routes.get(path) ?? { kind: 'status', status: 404 };
    const hit = {
      path,
      ...(req.headers['if-none-match'] ? { ifNoneMatch: req.headers['if-none-match'] } : {}),
      ...(req.headers['user-agent'] ? { userAgent: req.headers['user-agent'] } : {}),
      status: 200,
    };
    hits.push(hit);
    if (route.kind === 'hang') return;
    if (route.kind === 'status') {
      hit.status = route.status;
      res.writeHead(route.status).end('oops');
      return;
    }
    if (route.kind === 'huge') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent < route.bytes) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => {
        sent = route.bytes;
      });
      pump();
      return;
    }
    const etag = `"${createHash('sha1').update(route.body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) {
      hit.status = 304;
      res.writeHead(304, { etag }).end();
      return;
    }
    res
      .writeHead(200, {
        'content-type': route.type ?? 'application/rss+xml; charset=utf-8',
        etag,
        'last-modified': 'Sun, 29 Nov 2026 00:00:00 GMT',
      })
      .end(route.body);
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    set: (path: string, behaviour: Behaviour) => void routes.set(path, behaviour),
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type FeedServer = Awaited<ReturnType<typeof startFeedServer>>;
