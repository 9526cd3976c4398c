import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FeedServer, startFeedServer } from '../feeds/support/feed-server.js';
import { body, type Item, rss2 } from '../feeds/support/feed-xml.js';
import { createTestSchema, dropTestSchema } from '../store/support/stores.js';

const child = join(import.meta.dirname, 'support', 'pg-bot.ts');
const t0 = Date.parse('2026-11-29T12:00:00Z');
// Fictional stories on a local feed.
const item = (n: number, minutes: number): Item => ({
  id: `s-${n}`,
  title: `Shared story ${n}`,
  url: `https://news.example/s/${n}`,
  body: body(`harbour ${n}`),
  date: new Date(t0 + minutes * 60_000).toISOString(),
});

let server: FeedServer;
let dir: string;
let schema: string;
beforeEach(async () => {
  server = await startFeedServer();
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-scale-'));
  schema = await createTestSchema();
});
afterEach(async () => {
  await server.close();
  await dropTestSchema(schema);
});

/** Runs one bot process on the shared schema to its end (or its SIGKILL) at the given clock. */
function bot(action: 'subscribe' | 'poll', now: number, crash = '', channels = 1) {
  const args = [schema, dir, action, server.url('/s.xml'), String(channels)];
  const run = spawn(process.execPath, ['--import', 'tsx', child, ...args], {
    env: { ...process.env, NEWSBRIEF_TEST_CRASH: crash, NEWSBRIEF_TEST_NOW: String(now) },
  });
  let stderr = '';
  run.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise<{ signal: string | null; status: number | null; stderr: string }>((resolve) =>
    run.on('close', (status, signal) => resolve({ signal, status, stderr })),
  );
}

interface Line {
  idempotencyKey: string;
  channel: string;
  pid: number;
  post?: { title: string };
}
const lines = (name: string): Line[] =>
  existsSync(join(dir, name))
    ? readFileSync(join(dir, name), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Line)
    : [];

// Each test starts several bot processes (tsx, the engine) one after another.
describe('the delivery outbox on PostgreSQL, across processes', { timeout: 120_000 }, () => {
  it('has two processes polling at once send each story to each channel once between them', async () => {
    server.set('/s.xml', { kind: 'feed', body: rss2('Harbour Times', [item(1, -5)]) });
    expect((await bot('subscribe', t0, '', 6)).status).toBe(0);
    const stories = [4, 3, 2].map((n) => item(n, n));
    server.set('/s.xml', { kind: 'feed', body: rss2('Harbour Times', [...stories, item(1, -5)]) });
    const runs = await Promise.all([bot('poll', t0 + 60_000), bot('poll', t0 + 60_000)]);
    expect(runs.map((run) => run.status)).toEqual([0, 0]);
    const attempts = lines('attempts.jsonl');
    // 6 samples at subscribe, then 3 new stories in each of 6 channels.
    expect(attempts).toHaveLength(6 + 18);
    expect(new Set(attempts.map((a) => a.idempotencyKey)).size).toBe(24);
    for (let c = 1; c <= 6; c++)
      expect(
        lines('posts.jsonl')
          .filter((p) => p.channel === `c${c}`)
          .map((p) => p.post?.title),
      ).toEqual(['Shared story 1', 'Shared story 2', 'Shared story 3', 'Shared story 4']);
  });

  it('posts a story recorded by a process killed before sending once, from another process', async () => {
    server.set('/s.xml', { kind: 'feed', body: rss2('Harbour Times', [item(1, -5)]) });
    const killed = await bot('subscribe', t0, 'after-record');
    expect(killed.signal, killed.stderr).toBe('SIGKILL');
    expect(lines('attempts.jsonl')).toEqual([]);
    const runs = await Promise.all([bot('poll', t0 + 1_000), bot('poll', t0 + 1_000)]);
    expect(runs.map((run) => run.status)).toEqual([0, 0]);
    expect(lines('posts.jsonl').map((p) => p.post?.title)).toEqual(['Shared story 1']);
    expect(lines('attempts.jsonl')).toHaveLength(1);
  });

  it('re-sends once, with the same key, a post whose sender was killed after the platform confirmed', async () => {
    server.set('/s.xml', { kind: 'feed', body: rss2('Harbour Times', [item(1, -5)]) });
    expect((await bot('subscribe', t0)).status).toBe(0);
    server.set('/s.xml', { kind: 'feed', body: rss2('Harbour Times', [item(2, 1), item(1, -5)]) });
    expect((await bot('poll', t0 + 60_000, 'after-send')).signal).toBe('SIGKILL');
    // Within its lease a post that may be out is left alone; after it, one process re-sends it.
    const runs = await Promise.all([bot('poll', t0 + 121_000), bot('poll', t0 + 121_000)]);
    expect(runs.map((run) => run.status)).toEqual([0, 0]);
    const attempts = lines('attempts.jsonl');
    expect(attempts).toHaveLength(3);
    expect(attempts[1]?.idempotencyKey).toBe(attempts[2]?.idempotencyKey);
    expect(attempts[1]?.pid).not.toBe(attempts[2]?.pid);
    expect(lines('posts.jsonl').map((p) => p.post?.title)).toEqual([
      'Shared story 1',
      'Shared story 2',
    ]);
  });
});
