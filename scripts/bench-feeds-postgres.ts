// `npm run bench:feeds -- --store postgres --workers N [--kill] [--feeds F --channels C]`:
// the bench's feeds and channels on a fresh PostgreSQL schema, delivered by N worker processes
// (scripts/bench-feeds-worker.ts). With --kill one worker is SIGKILLed every 5 s and replaced.
// Prints the time, posts/s, peak RSS per worker, and duplicated / lost channel-stories.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createEngine, createSubscriptions, type Destination, loadConfig } from '../src/index.js';
import { openPostgresStores } from '../src/store/postgres/index.js';
import { startBenchFeedServer } from './bench-feeds-server.js';

const option = (args: readonly string[], name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const worker = join(import.meta.dirname, 'bench-feeds-worker.ts');

export async function benchPostgres(args: readonly string[]): Promise<void> {
  const workers = option(args, '--workers', 1);
  const feeds = option(args, '--feeds', 1_000);
  const channels = option(args, '--channels', 5_000);
  const kill = args.includes('--kill');
  const newItems = 10;
  const t0 = Date.parse('2026-11-29T12:00:00Z');
  const url = process.env.NEWSBRIEF_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `nb_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const server = await startBenchFeedServer({ newItems, t0 });
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-bench-pg-'));
  try {
    const setupS = await subscribeAll(url, schema, server, feeds, channels, t0);
    server.nextGeneration();
    const run = await deliver(url, schema, dir, workers, kill, t0 + 70_000, admin);
    report(dir, { feeds, channels, newItems, workers, kill, setupS, ...run });
  } finally {
    await server.close();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Subscribes every channel through the service, as /subscribe would (samples discarded). */
async function subscribeAll(
  url: string,
  schema: string,
  server: Awaited<ReturnType<typeof startBenchFeedServer>>,
  feeds: number,
  channels: number,
  t0: number,
): Promise<number> {
  const started = performance.now();
  const stores = openPostgresStores({ url, schema });
  const config = loadConfig({
    NEWSBRIEF_ALLOW_PRIVATE_URLS: '1',
    NEWSBRIEF_POLL_SECONDS: '60',
    NEWSBRIEF_MAX_SUBSCRIPTIONS_PER_WORKSPACE: '1000',
  });
  const discard: Destination = { platform: 'discord', send: async () => ({ messageId: 'x' }) };
  const service = createSubscriptions({
    store: stores.subscriptions,
    articles: stores.articles,
    engine: createEngine({ config }),
    config,
    destinations: [discard],
    clock: () => t0,
  });
  for (let c = 0; c < channels; c++)
    await service.subscribe(
      { platform: 'discord', channelId: `c${c}`, workspaceId: `w${c % 10}` },
      { feed: server.feedUrl(c % feeds) },
    );
  await service.pollOnce();
  stores.close();
  return (performance.now() - started) / 1000;
}

async function deliver(
  url: string,
  schema: string,
  dir: string,
  count: number,
  kill: boolean,
  clockBase: number,
  admin: pg.Client,
) {
  const started = Date.now();
  const start = () =>
    spawn(
      process.execPath,
      ['--import', 'tsx', worker, url, schema, dir, String(clockBase), String(started)],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
  const live = new Set<ChildProcess>(Array.from({ length: count }, start));
  let kills = 0;
  const killer = kill
    ? setInterval(() => {
        const victim = [...live][Math.floor(Math.random() * live.size)];
        if (!victim) return;
        victim.kill('SIGKILL');
        live.delete(victim);
        live.add(start());
        kills++;
      }, 5_000)
    : undefined;
  // Done when every feed was read since the workers started and no post is waiting.
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const { rows } = await admin.query(
      `SELECT (SELECT count(*)::int FROM ${schema}.feeds WHERE coalesce(last_success_at, 0) < $1) AS feeds,
         (SELECT count(*)::int FROM ${schema}.deliveries WHERE state IN ('pending', 'sending')) AS posts`,
      [clockBase],
    );
    if (rows[0]?.feeds === 0 && rows[0]?.posts === 0) break;
    if (Date.now() - started > 900_000) throw new Error('bench-feeds: gave up after 15 minutes');
  }
  const seconds = (Date.now() - started) / 1000;
  clearInterval(killer);
  await Promise.all(
    [...live].map((child) => {
      if (child.exitCode !== null || child.signalCode !== null) return undefined;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      return exited;
    }),
  );
  return { seconds, kills };
}

function report(
  dir: string,
  r: {
    feeds: number;
    channels: number;
    newItems: number;
    workers: number;
    kill: boolean;
    setupS: number;
    seconds: number;
    kills: number;
  },
): void {
  const files = readdirSync(dir);
  const lines = files
    .filter((f) => f.startsWith('sent-'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').trim().split('\n').filter(Boolean));
  const keys = new Set<string>();
  const stories = new Map<string, string>();
  let duplicated = 0;
  let resent = 0;
  for (const line of lines) {
    const [channel, link, key = ''] = line.split(' ');
    const story = `${channel} ${/\/a\/(\d+\/\d+)/.exec(link ?? '')?.[1]}`;
    keys.add(key);
    const earlier = stories.get(story);
    // The same key again is a re-send after a kill, which a platform checking nonces drops.
    if (earlier === key) resent++;
    else if (earlier !== undefined) duplicated++;
    else stories.set(story, key);
  }
  let lost = 0;
  for (let c = 0; c < r.channels; c++)
    for (let n = 1; n <= r.newItems; n++) if (!stories.has(`c${c} ${c % r.feeds}/${n}`)) lost++;
  const peaks = files
    .filter((f) => f.startsWith('mem-'))
    .map((f) => Number(readFileSync(join(dir, f), 'utf8')));
  console.log(
    `postgres, ${r.workers} worker process(es)${r.kill ? `, one SIGKILLed every 5 s (${r.kills} kills)` : ''}: feeds ${r.feeds}, new items per feed ${r.newItems}, channel subscriptions ${r.channels}`,
  );
  console.log(`subscribe + samples (one process): ${r.setupS.toFixed(1)} s`);
  console.log(
    `deliver everything new: ${r.seconds.toFixed(1)} s, ${keys.size} posts, ${(keys.size / r.seconds).toFixed(0)} posts/s`,
  );
  console.log(
    `peak RSS per worker (of those stopped cleanly): ${peaks.map(mb).join(', ') || 'none'}`,
  );
  console.log(
    `duplicated: ${duplicated}, lost: ${lost}, re-sent with the same key after a kill: ${resent}`,
  );
  process.exitCode = duplicated === 0 && lost === 0 ? 0 : 1;
}
