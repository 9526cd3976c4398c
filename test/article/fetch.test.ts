import { type AddressInfo, createServer as createTcpServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFetcher, type FetcherSettings, httpStatusOf } from '../../src/article/fetch.js';
import { NewsbriefError } from '../../src/errors.js';
import { serve, type TestServer, watchConnections } from '../net/serve.js';

/** A public address that tests never really dial: `dial` routes it to the loopback server. */
const PUBLIC = '93.184.216.34';

const base: FetcherSettings = {
  allowPrivate: false,
  timeoutMs: 3_000,
  maxBytes: 100_000,
  userAgent: 'newsbrief-test',
};

/** A fetcher for which news.example is public and every dial of it lands on 127.0.0.1. */
function publicLooking(extra: Partial<FetcherSettings> = {}) {
  return createFetcher({
    ...base,
    resolve: async (host) => (host === 'news.example' ? [PUBLIC] : ['127.0.0.1']),
    dial: (address) => {
      if (address !== PUBLIC) throw new Error(`test tried to dial ${address}`);
      return '127.0.0.1';
    },
    ...extra,
  });
}

async function refusal(promise: Promise<unknown>): Promise<NewsbriefError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(NewsbriefError);
  return error as NewsbriefError;
}

let server: TestServer;
let sockets: ReturnType<typeof watchConnections>;

beforeEach(() => {
  sockets = watchConnections();
});

afterEach(async () => {
  sockets.restore();
  await server?.close();
  for (const host of sockets.hosts) expect(['127.0.0.1', '::1']).toContain(host);
});

describe('refusing addresses before any socket opens', () => {
  const classes: [string, RegExp][] = [
    ['127.0.0.1', /loopback/],
    ['10.1.2.3', /private network/],
    ['172.16.0.9', /private network/],
    ['192.168.1.1', /private network/],
    ['169.254.10.10', /link-local/],
    ['fe80::1', /link-local/],
    ['fd12:3456::1', /unique-local/],
    ['224.0.0.1', /multicast/],
    ['ff02::1', /multicast/],
    ['0.0.0.0', /unspecified/],
    ['::', /unspecified/],
    ['255.255.255.255', /broadcast/],
    ['100.64.0.1', /carrier-grade NAT/],
    ['169.254.169.254', /cloud metadata/],
    ['fd00:ec2::254', /cloud metadata/],
    ['::ffff:127.0.0.1', /loopback/],
    ['::ffff:169.254.169.254', /cloud metadata/],
    ['64:ff9b::a00:1', /private network/],
    ['2002:7f00:1::', /loopback/],
    ['192.0.2.10', /reserved/],
  ];
  it.each(classes)('refuses a host that resolves to %s', async (address, reason) => {
    const fetcher = createFetcher({ ...base, resolve: async () => [address] });
    const error = await refusal(fetcher.fetchText('http://news.example/a', { accept: 'html' }));
    expect(error.code).toBe('fetch_refused');
    expect(error.message).toMatch(reason);
    expect(error.message).toMatch(/which newsbrief won't fetch/);
    expect(sockets.hosts).toEqual([]);
  });

  it('refuses a host when any one of its addresses is private', async () => {
    const fetcher = createFetcher({ ...base, resolve: async () => [PUBLIC, '10.0.0.1'] });
    const error = await refusal(fetcher.fetchText('http://news.example/', { accept: 'html' }));
    expect(error.code).toBe('fetch_refused');
    expect(sockets.hosts).toEqual([]);
  });

  it('refuses address literals in the link itself, however they are spelled', async () => {
    const fetcher = createFetcher({ ...base, resolve: async () => [PUBLIC] });
    for (const link of [
      'http://127.0.0.1/',
      'http://2130706433/',
      'http://0x7f.1/',
      'http://[::1]/',
      'http://[::ffff:7f00:1]/',
      'http://169.254.169.254/latest/meta-data/',
      'http://[fd00:ec2::254]/',
    ]) {
      const error = await refusal(fetcher.fetchText(link, { accept: 'any' }));
      expect(error.code, link).toBe('fetch_refused');
    }
    expect(sockets.hosts).toEqual([]);
  });

  it('keeps cloud metadata refused even when private addresses are allowed', async () => {
    const fetcher = createFetcher({ ...base, allowPrivate: true });
    const error = await refusal(fetcher.fetchText('http://169.254.169.254/', { accept: 'any' }));
    expect(error.message).toMatch(/cloud metadata/);
    expect(sockets.hosts).toEqual([]);
  });

  it('refuses every scheme but http and https, and links with credentials', async () => {
    const fetcher = createFetcher({ ...base, allowPrivate: true });
    for (const link of [
      'file:///etc/passwd',
      'ftp://example.com/x',
      'javascript:alert(1)',
      'data:text/html,hi',
      'gopher://127.0.0.1:6379/',
      'http://user:secret@127.0.0.1/',
    ]) {
      const error = await refusal(fetcher.fetchText(link, { accept: 'any' }));
      expect(error.code, link).toBe('fetch_refused');
    }
    expect((await refusal(fetcher.fetchText('not a link', { accept: 'any' }))).code).toBe(
      'bad_input',
    );
    expect(sockets.hosts).toEqual([]);
  });
});

describe('redirects', () => {
  it('refuses a redirect from a public-looking link to 127.0.0.1', async () => {
    server = await serve((request, response) => {
      if (request.url === '/go') response.writeHead(302, { location: `${server.origin}/secret` });
      response.end('secret');
    });
    const fetcher = publicLooking();
    const error = await refusal(
      fetcher.fetchText(`http://news.example:${server.port}/go`, { accept: 'html' }),
    );
    expect(error.code).toBe('fetch_refused');
    expect(error.message).toMatch(/loopback/);
    expect(server.hits).toEqual(['/go']);
  });

  it('refuses a redirect to 169.254.169.254 without opening a socket to it', async () => {
    server = await serve((_request, response) => {
      response.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/iam' });
      response.end();
    });
    const fetcher = publicLooking({ allowPrivate: true });
    const error = await refusal(
      fetcher.fetchText(`http://news.example:${server.port}/`, { accept: 'html' }),
    );
    expect(error.message).toMatch(/cloud metadata/);
    expect(sockets.hosts).toEqual(['127.0.0.1']);
  });

  it('checks the name again on every redirect, so DNS rebinding is refused', async () => {
    server = await serve((request, response) => {
      if (request.url === '/first') response.writeHead(302, { location: '/second' });
      response.end('second');
    });
    const answers = [[PUBLIC], ['127.0.0.1']];
    const fetcher = publicLooking({ resolve: async () => answers.shift() ?? ['127.0.0.1'] });
    const error = await refusal(
      fetcher.fetchText(`http://news.example:${server.port}/first`, { accept: 'html' }),
    );
    expect(error.message).toMatch(/loopback/);
    expect(server.hits).toEqual(['/first']);
  });

  it('fails clearly on a redirect without a location or to an invalid link', async () => {
    server = await serve((request, response) => {
      response.writeHead(302, request.url === '/bad' ? { location: 'http://[bad' } : {});
      response.end();
    });
    const fetcher = publicLooking();
    const bad = await refusal(
      fetcher.fetchText(`http://news.example:${server.port}/bad`, { accept: 'html' }),
    );
    expect(bad.message).toMatch(/redirected to a link that isn't valid/);
    const nowhere = await refusal(
      fetcher.fetchText(`http://news.example:${server.port}/`, { accept: 'html' }),
    );
    expect(nowhere.message).toMatch(/redirected without saying where/);
  });

  it('follows five redirects and refuses the sixth', async () => {
    server = await serve((request, response) => {
      const hop = Number(request.url?.slice(1));
      if (hop < 99) response.writeHead(302, { location: `/${hop + 1}` });
      else response.writeHead(200, { 'content-type': 'text/html' });
      response.end(`<p>hop ${hop}</p>`);
    });
    const fetcher = publicLooking();
    const page = await fetcher.fetchText(`http://news.example:${server.port}/94`, {
      accept: 'html',
    });
    expect(page.body).toBe('<p>hop 99</p>');
    expect(page.url).toBe(`http://news.example:${server.port}/99`);
    const error = await refusal(
      fetcher.fetchText(`http://news.example:${server.port}/1`, { accept: 'html' }),
    );
    expect(error.message).toMatch(/more than 5 times/);
    expect(server.hits.slice(6)).toEqual(['/1', '/2', '/3', '/4', '/5', '/6']);
  });
});

describe('loopback when allowed', () => {
  it('lets loopback through with allowPrivate and reports the page', async () => {
    server = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v1"' });
      response.end('<h1>Caf\u00e9 news</h1>');
    });
    const page = await createFetcher({ ...base, allowPrivate: true }).fetchText(
      `${server.origin}/page`,
      { accept: 'html' },
    );
    expect(page).toMatchObject({ status: 200, body: '<h1>Caf\u00e9 news</h1>' });
    expect(page.headers.etag).toBe('"v1"');
    expect(page.contentType).toMatch(/text\/html/);
  });

  it('refuses the same loopback server by default', async () => {
    server = await serve((_request, response) => response.end('hi'));
    const error = await refusal(createFetcher(base).fetchText(server.origin, { accept: 'any' }));
    expect(error.message).toMatch(/loopback/);
    expect(server.hits).toEqual([]);
  });
});

describe('limits on time and size', () => {
  it('gives up on a server that never answers', async () => {
    server = await serve(() => {});
    const fetcher = createFetcher({ ...base, allowPrivate: true, timeoutMs: 300 });
    const started = Date.now();
    const error = await refusal(fetcher.fetchText(server.origin, { accept: 'html' }));
    expect(error.code).toBe('fetch_timeout');
    expect(error.message).toMatch(/took too long/);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('gives up on a body that trickles past the total time', async () => {
    server = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => response.write('<p>slow</p>'), 50);
      response.on('close', () => clearInterval(timer));
    });
    const fetcher = createFetcher({ ...base, allowPrivate: true, timeoutMs: 400 });
    expect((await refusal(fetcher.fetchText(server.origin, { accept: 'html' }))).code).toBe(
      'fetch_timeout',
    );
  });

  it('stops when the caller cancels, mid-body', async () => {
    server = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => response.write('<p>more</p>'), 20);
      response.on('close', () => clearInterval(timer));
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const fetcher = createFetcher({ ...base, allowPrivate: true });
    const error = await refusal(
      fetcher.fetchText(server.origin, { accept: 'html', signal: controller.signal }),
    );
    expect(error.code).toBe('fetch_failed');
    expect(error.message).toMatch(/cancelled/);
  });

  it('gives up on a TLS handshake that never comes within the connect timeout', async () => {
    const silent = createTcpServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const fetcher = createFetcher({
      ...base,
      allowPrivate: true,
      connectTimeoutMs: 200,
      timeoutMs: 5_000,
    });
    const error = await refusal(fetcher.fetchText(`https://127.0.0.1:${port}/`, { accept: 'any' }));
    silent.close();
    expect(error.code).toBe('fetch_timeout');
    expect(error.message).toMatch(/to connect/);
  });

  it('stops reading an endless body as soon as it passes the byte cap', async () => {
    let closed = false;
    server = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(16_384, 'a');
      const pump = (): void => {
        while (!closed && response.write(chunk)) {}
        if (!closed) response.once('drain', pump);
      };
      response.on('close', () => {
        closed = true;
      });
      pump();
    });
    const fetcher = createFetcher({ ...base, allowPrivate: true, maxBytes: 50_000 });
    const error = await refusal(fetcher.fetchText(server.origin, { accept: 'html' }));
    expect(error.code).toBe('too_large');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(true);
  });

  it('refuses a declared length over the cap without reading it', async () => {
    server = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html', 'content-length': '900000' });
      response.end(Buffer.alloc(900_000, 'a'));
    });
    const fetcher = createFetcher({ ...base, allowPrivate: true });
    expect((await refusal(fetcher.fetchText(server.origin, { accept: 'html' }))).code).toBe(
      'too_large',
    );
  });

  it('counts decompressed bytes, so a compression bomb is refused', async () => {
    const bomb = gzipSync(Buffer.alloc(20_000_000, 'a'));
    server = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      response.end(bomb);
    });
    const fetcher = createFetcher({ ...base, allowPrivate: true });
    expect(bomb.length).toBeLessThan(base.maxBytes);
    expect((await refusal(fetcher.fetchText(server.origin, { accept: 'html' }))).code).toBe(
      'too_large',
    );
  });

  it('reads a gzip page that fits', async () => {
    server = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      response.end(gzipSync('<p>small</p>'));
    });
    const page = await createFetcher({ ...base, allowPrivate: true }).fetchText(server.origin, {
      accept: 'html',
    });
    expect(page.body).toBe('<p>small</p>');
  });
});

describe('content and status', () => {
  it('refuses content the caller cannot read, naming its type', async () => {
    server = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'image/png' });
      response.end(Buffer.alloc(10));
    });
    const fetcher = createFetcher({ ...base, allowPrivate: true });
    const error = await refusal(fetcher.fetchText(server.origin, { accept: 'html' }));
    expect(error.code).toBe('unsupported_content');
    expect(error.message).toMatch(/image\/png, not a web page/);
    expect((await refusal(fetcher.fetchText(server.origin, { accept: 'feed' }))).code).toBe(
      'unsupported_content',
    );
    const any = await fetcher.fetchText(server.origin, { accept: 'any' });
    expect(any.status).toBe(200);
  });

  it('accepts feed types for feeds and refuses them for pages', async () => {
    server = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      response.end('<rss version="2.0"><channel/></rss>');
    });
    const fetcher = createFetcher({ ...base, allowPrivate: true });
    expect((await fetcher.fetchText(server.origin, { accept: 'feed' })).body).toMatch(/^<rss/);
    expect((await refusal(fetcher.fetchText(server.origin, { accept: 'html' }))).code).toBe(
      'unsupported_content',
    );
  });

  it('returns 304 with an empty body and passes conditional headers on', async () => {
    server = await serve((request, response) => {
      response.writeHead(request.headers['if-none-match'] === '"v1"' ? 304 : 200);
      response.end();
    });
    const fetcher = createFetcher({ ...base, allowPrivate: true });
    const page = await fetcher.fetchText(server.origin, {
      accept: 'feed',
      headers: { 'if-none-match': '"v1"' },
    });
    expect(page).toMatchObject({ status: 304, body: '' });
  });

  it('fails with the HTTP status for 4xx and 5xx answers', async () => {
    server = await serve((request, response) => {
      response.writeHead(request.url === '/gone' ? 410 : 503);
      response.end('no');
    });
    const fetcher = createFetcher({ ...base, allowPrivate: true });
    const gone = await refusal(fetcher.fetchText(`${server.origin}/gone`, { accept: 'feed' }));
    expect(gone.code).toBe('fetch_failed');
    expect(gone.message).toMatch(/HTTP 410/);
    expect(httpStatusOf(gone)).toBe(410);
    expect(httpStatusOf(await refusal(fetcher.fetchText(server.origin, { accept: 'html' })))).toBe(
      503,
    );
  });

  it('decodes the declared or meta charset, defaulting to UTF-8', async () => {
    const pages: Record<string, [string, Buffer]> = {
      '/latin1': ['text/html; charset=iso-8859-1', Buffer.from([0x63, 0x61, 0x66, 0xe9])],
      '/cp1252': ['text/plain; charset=windows-1252', Buffer.from([0x93, 0x68, 0x69, 0x94])],
      '/meta': ['text/html', Buffer.from('<meta charset="iso-8859-1"><p>\xe9</p>', 'latin1')],
      '/utf8': ['text/html', Buffer.from('caf\u00e9', 'utf8')],
    };
    server = await serve((request, response) => {
      const [type, body] = pages[request.url ?? ''] ?? ['text/plain', Buffer.alloc(0)];
      response.writeHead(200, { 'content-type': type });
      response.end(body);
    });
    const fetcher = createFetcher({ ...base, allowPrivate: true });
    const read = async (path: string) =>
      (await fetcher.fetchText(`${server.origin}${path}`, { accept: 'html' })).body;
    expect(await read('/latin1')).toBe('caf\u00e9');
    expect(await read('/cp1252')).toBe('\u201chi\u201d');
    expect(await read('/meta')).toMatch(/<p>\u00e9<\/p>/);
    expect(await read('/utf8')).toBe('caf\u00e9');
  });

  it('says it could not reach a server that refuses the connection', async () => {
    server = await serve(() => {});
    const port = server.port;
    await server.close();
    const fetcher = createFetcher({ ...base, allowPrivate: true });
    const error = await refusal(fetcher.fetchText(`http://127.0.0.1:${port}/`, { accept: 'html' }));
    expect(error.code).toBe('fetch_failed');
    expect(error.message).toMatch(/couldn't reach 127.0.0.1/);
  });
});
