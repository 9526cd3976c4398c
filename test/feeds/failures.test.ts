import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoryPost } from '../../src/feeds/types.js';
import { DestinationError } from '../../src/index.js';
import { type FeedServer, startFeedServer } from './support/feed-server.js';
import { body, type Item, rss2 } from './support/feed-xml.js';
import { channel, createHarness, start } from './support/harness.js';

const minute = 60_000;
const item = (n: number, offsetMin: number): Item => ({
  id: `s-${n}`,
  title: `Story ${n} from the valley`,
  url: `https://news.example/${n}`,
  body: body(`valley ${n}`),
  date: new Date(start + offsetMin * minute).toISOString(),
});

let server: FeedServer;
let h: ReturnType<typeof createHarness>;
beforeEach(async () => {
  server = await startFeedServer();
  h = createHarness({ NEWSBRIEF_FEED_MAX_FAILURES: '3' });
});
afterEach(async () => {
  h.close();
  await server.close();
});

const titles = () => h.sent.map((s) => (s.post as StoryPost).title);

describe('feeds that fail', () => {
  it('keeps delivering the good feed while others are malformed, 500, hanging or 50 MB', async () => {
    const paths = ['/good.xml', '/malformed.xml', '/error.xml', '/hang.xml', '/huge.xml'];
    for (const [i, path] of paths.entries()) {
      server.set(path, { kind: 'feed', body: rss2(`Feed ${i}`, [item(i * 10, -9)]) });
      await h.service.subscribe(channel(`c${i}`), { feed: server.url(path) });
    }
    server.set('/malformed.xml', {
      kind: 'feed',
      body: '<?xml version="1.0"?><html><body><h1>Maintenance</h1></body></html>',
    });
    server.set('/error.xml', { kind: 'status', status: 500 });
    server.set('/hang.xml', { kind: 'hang' });
    server.set('/huge.xml', { kind: 'huge', bytes: 50_000_000 });
    for (let round = 1; round <= 3; round++) {
      server.set('/good.xml', {
        kind: 'feed',
        body: rss2('Feed 0', [item(round, round), item(0, -9)]),
      });
      const report = await h.after(2 ** round * minute);
      expect(report.failed).toBe(4);
    }
    expect(titles().filter((t) => /Story [123] /.test(t))).toEqual([
      'Story 1 from the valley',
      'Story 2 from the valley',
      'Story 3 from the valley',
    ]);
    const health = paths.map((_, i) => h.service.list(channel(`c${i}`))[0]?.health);
    expect(health[0]).toMatchObject({ paused: false, failures: 0, lastSuccessAt: h.clock.now });
    expect(health[1]?.lastError).toMatch(/^feed_malformed/);
    expect(health[2]?.lastError).toMatch(/HTTP 500/);
    expect(health[3]?.lastError).toMatch(/time|abort|reach/i);
    expect(health[4]?.lastError).toMatch(/too_large|large/i);
    expect(health.slice(1).every((x) => x?.paused && x.failures === 3)).toBe(true);
  });

  it('backs off exponentially and resumes a paused feed when subscribed again', async () => {
    server.set('/a.xml', { kind: 'feed', body: rss2('Alpha', [item(1, -9)]) });
    await h.service.subscribe(channel('c1'), { feed: server.url('/a.xml') });
    server.set('/a.xml', { kind: 'status', status: 503 });
    const gaps: number[] = [];
    for (let i = 0; i < 3; i++) {
      const due = h.service.list(channel('c1'))[0]?.health.nextPollAt ?? 0;
      gaps.push(due - h.clock.now);
      await h.after(due - h.clock.now);
    }
    expect(gaps).toEqual([60_000, 60_000, 120_000]);
    expect(h.service.list(channel('c1'))[0]?.health.paused).toBe(true);
    const polls = server.hits.length;
    await h.after(24 * 60 * minute);
    expect(server.hits.length).toBe(polls);
    server.set('/a.xml', { kind: 'feed', body: rss2('Alpha', [item(2, 0), item(1, -9)]) });
    await h.service.subscribe(channel('c1'), { feed: server.url('/a.xml') });
    expect(h.service.list(channel('c1'))[0]?.health).toMatchObject({ paused: false, failures: 0 });
  });

  it('waits out a platform rate limit and then posts, dropping nothing', async () => {
    server.set('/a.xml', { kind: 'feed', body: rss2('Alpha', [item(1, -9)]) });
    h.failNext(new DestinationError('You are being rate limited.', { retryAfterMs: 1500 }));
    h.failNext(new DestinationError('You are being rate limited.', { retryAfterMs: 700 }));
    await h.service.subscribe(channel('c1'), { feed: server.url('/a.xml') });
    await h.service.pollOnce();
    expect(h.sleeps).toEqual([1500, 700]);
    expect(titles()).toEqual(['Story 1 from the valley']);
  });

  it('records the platform error when a post is refused for good', async () => {
    server.set('/a.xml', { kind: 'feed', body: rss2('Alpha', [item(1, -9)]) });
    h.failNext(new DestinationError('Missing Access', { permanent: true }));
    await h.service.subscribe(channel('c1'), { feed: server.url('/a.xml') });
    await h.service.pollOnce();
    expect(h.sent).toEqual([]);
    expect(h.service.undelivered(channel('c1'))).toEqual([
      expect.objectContaining({ state: 'failed', reason: 'failed: Missing Access' }),
    ]);
  });

  it('retries a post that failed for a moment, keeping the channel in order', async () => {
    server.set('/a.xml', { kind: 'feed', body: rss2('Alpha', [item(1, -9)]) });
    await h.service.subscribe(channel('c1'), { feed: server.url('/a.xml') });
    await h.service.pollOnce();
    server.set('/a.xml', {
      kind: 'feed',
      body: rss2('Alpha', [item(3, 2), item(2, 1), item(1, -9)]),
    });
    h.failNext(new DestinationError('socket hang up'));
    await h.after(2 * minute);
    expect(titles()).toEqual(['Story 1 from the valley']);
    await h.after(minute);
    expect(titles()).toEqual([
      'Story 1 from the valley',
      'Story 2 from the valley',
      'Story 3 from the valley',
    ]);
  });
});
