import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher } from '../../src/article/fetch.js';
import { NewsbriefError } from '../../src/errors.js';

const PUBLIC = '93.184.216.34';
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-tls-'));
let cert = '';
let server: Server;
let port = 0;

beforeAll(async () => {
  // A throwaway self-signed certificate for news.example, made here so nothing is downloaded.
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'],
      ...['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1'],
      ...['-subj', '/CN=news.example', '-addext', 'subjectAltName=DNS:news.example'],
    ],
    { stdio: 'ignore' },
  );
  cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
  server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert }, (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<p>secure</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

function fetcher() {
  return createFetcher({
    allowPrivate: false,
    timeoutMs: 3_000,
    maxBytes: 10_000,
    userAgent: 'test',
    ca: cert,
    resolve: async () => [PUBLIC],
    dial: (address) => {
      if (address !== PUBLIC) throw new Error(`test tried to dial ${address}`);
      return '127.0.0.1';
    },
  });
}

describe('https with a pinned address', () => {
  it('verifies the certificate against the host name typed, not the pinned address', async () => {
    const page = await fetcher().fetchText(`https://news.example:${port}/`, { accept: 'html' });
    expect(page.body).toBe('<p>secure</p>');
  });

  it('refuses a certificate made out to another name', async () => {
    const error = await fetcher()
      .fetchText(`https://other.example:${port}/`, { accept: 'html' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NewsbriefError);
    expect((error as NewsbriefError).message).toMatch(/secure \(TLS\) connection to other.example/);
  });
});
