import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFetcher } from '../../src/article/fetch.js';
import { NewsbriefError } from '../../src/errors.js';
import { classifyAddress } from '../../src/net/address.js';
import { serve, type TestServer, watchConnections } from './serve.js';

const settings = { allowPrivate: false, timeoutMs: 2_000, maxBytes: 50_000, userAgent: 't' };

let server: TestServer | undefined;
let sockets: ReturnType<typeof watchConnections>;

beforeEach(() => {
  sockets = watchConnections();
});

afterEach(async () => {
  sockets.restore();
  await server?.close();
  server = undefined;
});

describe('IPv4-compatible IPv6 addresses (::/96)', () => {
  it.each([
    ['::127.0.0.1', 'loopback'],
    ['[::127.0.0.1]', 'loopback'],
    ['::7f00:1', 'loopback'],
    ['::a00:1', 'private'],
    ['::a9fe:a9fe', 'metadata'],
    ['::8.8.8.8', 'reserved'],
    ['::808:808', 'reserved'],
  ])('classifies %s as %s, never public', (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });

  it('refuses links to them before any socket opens, while a server listens on loopback', async () => {
    let reached = 0;
    server = await serve((_request, response) => {
      reached++;
      response.end('<html><body><p>fictional page</p></body></html>');
    });
    const port = new URL(server.origin).port;
    // Resolution would hand back the loopback server: only the literal's class may stop it.
    const fetcher = createFetcher({ ...settings, resolve: async () => ['127.0.0.1'] });
    for (const host of ['[::127.0.0.1]', '[::7f00:1]', '[0:0:0:0:0:0:7f00:1]', '[::8.8.8.8]']) {
      const error = await fetcher.fetchText(`http://${host}:${port}/`, { accept: 'any' }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, host).toBeInstanceOf(NewsbriefError);
      expect((error as NewsbriefError).code, host).toBe('fetch_refused');
    }
    expect(reached).toBe(0);
    expect(sockets.hosts).toEqual([]);
  });
});
