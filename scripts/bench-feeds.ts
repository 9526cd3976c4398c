// `npm run bench:feeds`: 1,000 feeds with 10 new items each, served on 127.0.0.1, followed by
// 5,000 channels. Measures the time to deliver everything, posts/s and peak RSS, and checks
// that every channel got each story exactly once. Bounded: exits by itself within 5 minutes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ChannelRef,
  createEngine,
  createSubscriptions,
  type Destination,
  loadConfig,
} from '../src/index.js';
import { createSqliteArticleStore, openDatabase } from '../src/store/sqlite.js';
import { createSqliteSubscriptionStore } from '../src/store/sqlite-subscriptions.js';
import { startBenchFeedServer } from './bench-feeds-server.js';

// Runs with whatever V8 heap flags it was given (none by default), and says which.
const heapFlags = [...process.execArgv, process.env.NODE_OPTIONS ?? '']
  .filter((a) => a.includes('max-old-space-size') || a.includes('max-semi-space-size'))
  .join(' ');
// `-- --trace-memory` prints a memory line every second, to see which phase holds what.
const traceMemory = process.argv.includes('--trace-memory');
// `-- --store postgres --workers N`: the same feeds delivered by N processes on PostgreSQL.
if (process.argv.includes('--store') && process.argv.includes('postgres')) {
  const { benchPostgres } = await import('./bench-feeds-postgres.js');
  await benchPostgres(process.argv.slice(2));
} else await bench();

async function bench(): Promise<void> {
  const feeds = 1_000;
  const newItems = 10;
  const channels = 5_000;
  const hardStopMs = 300_000;
  const t0 = Date.parse('2026-11-29T12:00:00Z');

  const stopper = setTimeout(() => {
    console.error(`bench-feeds: gave up after ${hardStopMs / 1000} s`);
    process.exit(1);
  }, hardStopMs);

  const feedServer = await startBenchFeedServer({ newItems, t0 });
  const base = feedServer.base;

  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-bench-feeds-'));
  const config = loadConfig({
    NEWSBRIEF_DB: join(dir, 'bench.db'),
    NEWSBRIEF_ALLOW_PRIVATE_URLS: '1',
    NEWSBRIEF_POLL_SECONDS: '60',
    NEWSBRIEF_MAX_SUBSCRIPTIONS_PER_WORKSPACE: '1000',
  });
  const db = openDatabase(config.NEWSBRIEF_DB);
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  let now = t0;
  // The fake platform counts instead of keeping every link: one bit per story of the channel's
  // feed, so the bench's own bookkeeping stays out of the product's memory figures.
  const received = new Uint16Array(channels);
  let posts = 0;
  let duplicated = 0;
  let unexpected = 0;
  function receive(channelId: string, link: string): void {
    const c = Number(channelId.slice(1));
    const match = /\/a\/(\d+)\/(\d+)\?utm_source=rss$/.exec(link);
    const n = Number(match?.[2]);
    const got = received[c];
    if (got === undefined || Number(match?.[1]) !== c % feeds || !(n <= newItems))
      return void unexpected++;
    if (got & (1 << n)) duplicated++;
    else received[c] = got | (1 << n);
  }
  const platform: Destination = {
    platform: 'discord',
    async send(channel, post) {
      await new Promise((resolve) => setImmediate(resolve));
      posts++;
      if (post.kind === 'story') receive(channel.channelId, post.url ?? '');
      else if (post.kind === 'overflow')
        for (const story of post.stories) receive(channel.channelId, story.url ?? '');
      return { messageId: String(posts) };
    },
  };
  const service = createSubscriptions({
    store: createSqliteSubscriptionStore(db),
    articles: createSqliteArticleStore(db),
    engine: createEngine({ config }),
    config,
    destinations: [platform],
    clock: () => now,
  });

  let peakRss = 0;
  let phase = 'subscribe';
  const benchStart = performance.now();
  let traced = 0;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    if (!traceMemory || performance.now() - traced < 1000) return;
    traced = performance.now();
    const t = ((traced - benchStart) / 1000).toFixed(0).padStart(3);
    console.error(
      `${t} s ${phase.padEnd(9)} posts ${String(posts).padStart(5)}  rss ${mb(m.rss)}  heap ${mb(m.heapUsed)}/${mb(m.heapTotal)}  external ${mb(m.external)}  arrayBuffers ${mb(m.arrayBuffers)}`,
    );
  }, 50);

  const channelOf = (c: number): ChannelRef => ({
    platform: 'discord',
    channelId: `c${c}`,
    workspaceId: `w${c % 10}`,
  });
  let started = performance.now();
  for (let c = 0; c < channels; c++)
    await service.subscribe(channelOf(c), { feed: `${base}/f/${c % feeds}.xml` });
  await service.pollOnce();
  const setupS = (performance.now() - started) / 1000;
  const samplePosts = posts;

  const setupRss = peakRss;
  feedServer.nextGeneration();
  phase = 'deliver';
  // Past the poll interval plus its 10% jitter, so every feed is due.
  now += 70_000;
  started = performance.now();
  const report = await service.pollOnce();
  const deliverS = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);

  let lost = 0;
  for (const got of received)
    for (let n = 0; n <= newItems; n++) if ((got & (1 << n)) === 0) lost++;
  const delivered = posts - samplePosts;
  const storiesDelivered = channels * newItems;
  console.log(`feeds ${feeds}, new items per feed ${newItems}, channel subscriptions ${channels}`);
  console.log(
    `node ${process.version}, V8 heap: ${heapFlags ? `set by flags (${heapFlags})` : 'V8 defaults (no heap flags)'}`,
  );
  console.log(`subscribe + samples: ${setupS.toFixed(1)} s (${samplePosts} sample posts)`);
  console.log(
    `deliver everything new: ${deliverS.toFixed(1)} s — ${report.polled} feeds polled, ${report.newStories} new stories, ${delivered} posts (${storiesDelivered} channel-stories; flood cap ${config.NEWSBRIEF_FEED_FLOOD_CAP} per poll, the rest in one "more stories" post)`,
  );
  console.log(
    `throughput: ${(delivered / deliverS).toFixed(0)} posts/s, ${(storiesDelivered / deliverS).toFixed(0)} channel-stories/s`,
  );
  console.log(`peak RSS: ${mb(peakRss)} (${mb(setupRss)} by the end of subscribing)`);
  console.log(`duplicated: ${duplicated}, lost: ${lost}, unexpected: ${unexpected}`);
  const ok =
    duplicated === 0 &&
    lost === 0 &&
    unexpected === 0 &&
    deliverS <= 60 &&
    peakRss <= 300 * 1024 * 1024;
  console.log(ok ? 'PASS: all delivered once, within 60 s and 300 MB' : 'FAIL: see figures above');
  db.close();
  await feedServer.close();
  rmSync(dir, { recursive: true, force: true });
  clearTimeout(stopper);
  process.exit(ok ? 0 : 1);
}
