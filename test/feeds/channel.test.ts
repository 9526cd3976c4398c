import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoryPost } from '../../src/feeds/types.js';
import type { ChannelRef } from '../../src/index.js';
import { type FeedServer, startFeedServer } from './support/feed-server.js';
import { atom, body, jsonFeed, rss2 } from './support/feed-xml.js';
import { channel, createHarness, recordingDestination } from './support/harness.js';

const root = join(import.meta.dirname, '..', '..');
const item = (n: number) => ({
  id: `o-${n}`,
  title: `Opml story ${n}`,
  url: `https://news.example/o/${n}`,
  body: body(`port ${n}`),
  date: '2026-11-29T11:00:00Z',
});

let server: FeedServer;
let h: ReturnType<typeof createHarness>;
beforeEach(async () => {
  server = await startFeedServer();
  h = createHarness(
    {
      NEWSBRIEF_MAX_SUBSCRIPTIONS_PER_CHANNEL: '3',
      NEWSBRIEF_MAX_SUBSCRIPTIONS_PER_WORKSPACE: '4',
    },
    { localRoots: [join(root, 'content')] },
  );
});
afterEach(async () => {
  h.close();
  await server.close();
});

describe('a channel and its feeds', () => {
  it('exports its feeds as OPML that another channel imports to the same list', async () => {
    server.set('/one.xml', { kind: 'feed', body: rss2('One', [item(1)]) });
    server.set('/two.atom', { kind: 'feed', body: atom('Two', [item(2)]) });
    server.set('/three.json', {
      kind: 'feed',
      body: jsonFeed('Three', [item(3)]),
      type: 'application/feed+json',
    });
    for (const path of ['/one.xml', '/two.atom', '/three.json'])
      await h.service.subscribe(channel('a'), { feed: server.url(path) });
    const opml = h.service.exportOpml(channel('a'));
    const result = await h.service.importOpml(channel('b', 'w2'), opml);
    expect(result.failed).toEqual([]);
    expect(h.service.list(channel('b', 'w2')).map((s) => [s.feedTitle, s.feedUrl])).toEqual(
      h.service.list(channel('a')).map((s) => [s.feedTitle, s.feedUrl]),
    );
    expect(h.service.list(channel('a')).map((s) => s.feedTitle)).toEqual(['One', 'Two', 'Three']);
  });

  it('enforces the per-channel and per-workspace limits, and unsubscribes by number or title', async () => {
    for (const n of [1, 2, 3, 4])
      server.set(`/${n}.xml`, { kind: 'feed', body: rss2(`Feed ${n}`, [item(n)]) });
    for (const n of [1, 2, 3])
      await h.service.subscribe(channel('a'), { feed: server.url(`/${n}.xml`) });
    await expect(h.service.subscribe(channel('a'), { feed: server.url('/4.xml') })).rejects.toThrow(
      /follows 3 feeds/,
    );
    await h.service.subscribe(channel('b'), { feed: server.url('/4.xml') });
    await expect(h.service.subscribe(channel('c'), { feed: server.url('/4.xml') })).rejects.toThrow(
      /workspace/,
    );
    expect((await h.service.unsubscribe(channel('a'), '2'))?.feedTitle).toBe('Feed 2');
    expect((await h.service.unsubscribe(channel('a'), 'feed 3'))?.feedTitle).toBe('Feed 3');
    expect(await h.service.unsubscribe(channel('a'), 'nope')).toBeUndefined();
    expect(h.service.list(channel('a')).map((s) => s.feedTitle)).toEqual(['Feed 1']);
  });

  it('lets the console follow a local sample feed and briefs its story from the local article', async () => {
    const consoleChannel: ChannelRef = { platform: 'console', channelId: 'console' };
    const printed = recordingDestination('console');
    h.service.addDestination(printed.destination);
    await h.service.subscribe(consoleChannel, { feed: 'content/feeds/politics.rss.xml' });
    await h.service.subscribe(consoleChannel, { feed: join(root, 'content/feeds/sport.json') });
    await h.service.pollOnce();
    const posts = printed.sent.map((s) => s.post as StoryPost);
    expect(posts.map((p) => p.feedTitle)).toEqual([
      'Newsbrief Sample: Politics',
      'Newsbrief Sample: Sport',
    ]);
    expect(posts[0]?.url).toBe(join(root, 'content/feeds/articles/politics-015.txt'));
    expect(posts[0]?.brief.points.length).toBeGreaterThan(0);
    expect(h.articles.recentArticles(consoleChannel, 5)).toHaveLength(2);
    await expect(h.service.subscribe(consoleChannel, { feed: '/etc/passwd' })).rejects.toThrow(
      /http\(s\) link/,
    );
  });
});
