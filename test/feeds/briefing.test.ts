import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoryPost } from '../../src/feeds/types.js';
import { type FeedServer, startFeedServer } from './support/feed-server.js';
import { body, type Item, rss2 } from './support/feed-xml.js';
import { channel, createHarness, start } from './support/harness.js';

const minute = 60_000;
// Long enough to be briefed from the feed's own words, so no linked page is fetched.
const item = (feed: string, n: number, offsetMin: number): Item => ({
  id: `${feed}-${n}`,
  title: `Story ${n} from ${feed} about the harbour`,
  url: `https://${feed}.example/${n}`,
  body: `${body(`${feed} ${n}`)} ${body(`the ${feed} harbour`)}`,
  date: new Date(start + offsetMin * minute).toISOString(),
});

let server: FeedServer;
beforeEach(async () => {
  server = await startFeedServer();
});
afterEach(async () => {
  await server.close();
});

describe('briefing feed stories', () => {
  it('briefs a feed story once however many channels subscribe to the feed', async () => {
    const h = createHarness();
    const stored = () =>
      (h.db.prepare('SELECT count(*) AS n FROM stories').get() as { n: number }).n;
    server.set('/a.xml', {
      kind: 'feed',
      body: rss2('Alpha', [item('a', 2, -1), item('a', 1, -5)]),
    });
    for (const id of ['c1', 'c2', 'c3'])
      await h.service.subscribe(channel(id), { feed: server.url('/a.xml') });
    await h.service.pollOnce();
    const samples = h.sent.map((s) => s.post as StoryPost);
    expect(samples.map((post) => post.title)).toEqual(
      Array(3).fill('Story 2 from a about the harbour'),
    );
    expect(new Set(samples.map((post) => post.brief.lede)).size).toBe(1);
    expect(stored()).toBe(1);

    server.set('/a.xml', {
      kind: 'feed',
      body: rss2('Alpha', [item('a', 3, 1), item('a', 2, -1), item('a', 1, -5)]),
    });
    await h.after(2 * minute);
    await h.service.subscribe(channel('c4'), { feed: server.url('/a.xml') });
    await h.service.pollOnce();
    const titles = h.sent
      .slice(3)
      .map((s) => `${s.channel.channelId} ${(s.post as StoryPost).title}`);
    expect(titles.sort()).toEqual(
      ['c1', 'c2', 'c3', 'c4'].map((id) => `${id} Story 3 from a about the harbour`),
    );
    expect(stored()).toBe(2);
    // Still readable as context in every channel, from the one stored story.
    expect(h.articles.recentArticles(channel('c4'), 1)[0]?.url).toBe('https://a.example/3');
    h.close();
  });

  it('briefs the sample anew for a feed followed again after everyone left it', async () => {
    const h = createHarness();
    server.set('/a.xml', { kind: 'feed', body: rss2('Alpha', [item('a', 1, -5)]) });
    await h.service.subscribe(channel('c1'), { feed: server.url('/a.xml') });
    await h.service.pollOnce();
    expect(await h.service.unsubscribe(channel('c1'), server.url('/a.xml'))).toBeDefined();
    h.clock.now += minute;
    await h.service.subscribe(channel('c2'), { feed: server.url('/a.xml') });
    await h.service.pollOnce();
    expect(h.sent.map((s) => `${s.channel.channelId} ${(s.post as StoryPost).title}`)).toEqual([
      'c1 Story 1 from a about the harbour',
      'c2 Story 1 from a about the harbour',
    ]);
    expect(h.articles.recentArticles(channel('c2'), 1)[0]?.url).toBe('https://a.example/1');
    h.close();
  });
});
