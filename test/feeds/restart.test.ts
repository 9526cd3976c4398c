import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FeedServer, startFeedServer } from './support/feed-server.js';
import { body, type Item, rss2 } from './support/feed-xml.js';

const child = join(import.meta.dirname, 'support', 'crash-child.ts');
const t0 = Date.parse('2026-11-29T12:00:00Z');
const item = (n: number, minutes: number): Item => ({
  id: `r-${n}`,
  title: `Restart story ${n}`,
  url: `https://news.example/r/${n}`,
  body: body(`harbour ${n}`),
  date: new Date(t0 + minutes * 60_000).toISOString(),
});

let server: FeedServer;
let dir: string;
beforeEach(async () => {
  server = await startFeedServer();
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-restart-'));
});
afterEach(() => server.close());

/** Runs one bot process to its end (or its SIGKILL) at the given clock. */
function bot(action: 'subscribe' | 'poll', now: number, crash = '') {
  const run = spawn(
    process.execPath,
    ['--import', 'tsx', child, dir, action, server.url('/r.xml')],
    {
      env: { ...process.env, NEWSBRIEF_TEST_CRASH: crash, NEWSBRIEF_TEST_NOW: String(now) },
    },
  );
  let stderr = '';
  run.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise<{ signal: string | null; status: number | null; stderr: string }>((resolve) =>
    run.on('close', (status, signal) => resolve({ signal, status, stderr })),
  );
}

const lines = (name: string) =>
  existsSync(join(dir, name))
    ? readFileSync(join(dir, name), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { idempotencyKey: string; post?: { title: string } })
    : [];

describe('the delivery outbox across a crash', async () => {
  it('posts a story recorded just before the process was killed exactly once after restart', async () => {
    server.set('/r.xml', { kind: 'feed', body: rss2('Harbour Times', [item(1, -5)]) });
    const killed = await bot('subscribe', t0, 'after-record');
    expect(killed.signal, killed.stderr).toBe('SIGKILL');
    expect(lines('attempts.jsonl')).toEqual([]);
    const restarted = await bot('poll', t0 + 1_000);
    expect(restarted.status, restarted.stderr).toBe(0);
    expect((await bot('poll', t0 + 60_000)).status).toBe(0);
    expect(lines('posts.jsonl').map((p) => p.post?.title)).toEqual(['Restart story 1']);
    expect(lines('attempts.jsonl')).toHaveLength(1);
  });

  it('re-sends with the same idempotency key when killed after the platform confirmed', async () => {
    server.set('/r.xml', { kind: 'feed', body: rss2('Harbour Times', [item(1, -5)]) });
    expect((await bot('subscribe', t0)).status).toBe(0);
    server.set('/r.xml', { kind: 'feed', body: rss2('Harbour Times', [item(2, 1), item(1, -5)]) });
    expect((await bot('poll', t0 + 60_000, 'after-send')).signal).toBe('SIGKILL');
    // Within its lease a post that may be out is left alone; after it, it is sent again.
    expect((await bot('poll', t0 + 61_000)).status).toBe(0);
    expect(lines('attempts.jsonl')).toHaveLength(2);
    expect((await bot('poll', t0 + 121_000)).status).toBe(0);
    const attempts = lines('attempts.jsonl').map((a) => a.idempotencyKey);
    expect(attempts).toHaveLength(3);
    expect(attempts[1]).toBe(attempts[2]);
    expect(lines('posts.jsonl').map((p) => p.post?.title)).toEqual([
      'Restart story 1',
      'Restart story 2',
    ]);
  });
});
