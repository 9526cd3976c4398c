import { describe, expect, it } from 'vitest';
import type { OverflowPost, StoryPost } from '../../src/feeds/types.js';
import { body, type Item, rss2 } from './support/feed-xml.js';
import { channel, start, useFeedHarness } from './support/harness.js';

const minute = 60_000;
const iso = (offsetMin: number) => new Date(start + offsetMin * minute).toISOString();
const item = (n: number, offsetMin: number, extra: Partial<Item> = {}): Item => ({
  id: `story-${n}`,
  title: `Story number ${n} about town ${n}`,
  url: `https://news.example/${n}`,
  body: body(`town ${n}`),
  date: iso(offsetMin),
  ...extra,
});

const feeds = useFeedHarness();

const stories = () =>
  feeds.h.sent.filter((s) => s.post.kind === 'story').map((s) => s.post as StoryPost);

describe('subscriptions', () => {
  it('posts the latest story as a sample on subscribe and none of the backlog', async () => {
    feeds.server.set('/a.xml', {
      kind: 'feed',
      body: rss2('Alpha News', [item(3, -1), item(2, -5), item(1, -9)]),
    });
    const result = await feeds.h.service.subscribe(channel('c1'), {
      feed: feeds.server.url('/a.xml'),
    });
    await feeds.h.service.pollOnce();
    expect(result.subscription.feedTitle).toBe('Alpha News');
    expect(stories().map((s) => s.title)).toEqual(['Story number 3 about town 3']);
    expect(stories()[0]?.brief.lede).toMatch(/town 3/);
    expect(feeds.h.articles.recentArticles(channel('c1'), 5).map((a) => a.url)).toEqual([
      'https://news.example/3',
    ]);
  });

  it('posts a new story once, in later polls too, and honours 304 when nothing changed', async () => {
    feeds.server.set('/a.xml', { kind: 'feed', body: rss2('Alpha', [item(1, -9)]) });
    await feeds.h.service.subscribe(channel('c1'), { feed: feeds.server.url('/a.xml') });
    await feeds.h.service.pollOnce();
    await feeds.h.after(2 * minute);
    expect(feeds.server.hits.at(-1)?.status).toBe(304);
    expect(feeds.server.hits.at(-1)?.ifNoneMatch).toBeTruthy();
    expect(feeds.server.hits.at(-1)?.userAgent).toMatch(/^newsbrief\/\d+\.\d+\.\d+ \(\+https?:/);
    feeds.server.set('/a.xml', { kind: 'feed', body: rss2('Alpha', [item(2, 1), item(1, -9)]) });
    await feeds.h.after(2 * minute);
    await feeds.h.after(2 * minute);
    await feeds.h.after(2 * minute);
    expect(stories().map((s) => s.title)).toEqual([
      'Story number 1 about town 1',
      'Story number 2 about town 2',
    ]);
  });

  it('posts a story carried by two feeds of a channel once, naming the other source', async () => {
    feeds.server.set('/a.xml', { kind: 'feed', body: rss2('Alpha', [item(1, -9)]) });
    feeds.server.set('/b.xml', { kind: 'feed', body: rss2('Beta', [item(9, -9)]) });
    await feeds.h.service.subscribe(channel('c1'), { feed: feeds.server.url('/a.xml') });
    await feeds.h.service.subscribe(channel('c1'), { feed: feeds.server.url('/b.xml') });
    const shared = item(5, 1, {
      id: 'beta-guid-5',
      url: 'https://news.example/5?utm_source=beta&fbclid=x',
    });
    feeds.server.set('/a.xml', { kind: 'feed', body: rss2('Alpha', [item(5, 1), item(1, -9)]) });
    feeds.server.set('/b.xml', { kind: 'feed', body: rss2('Beta', [shared, item(9, -9)]) });
    await feeds.h.after(2 * minute);
    const fives = stories().filter((s) => s.title.includes('number 5'));
    expect(fives).toHaveLength(1);
    expect(fives[0]?.alsoReportedBy).toEqual([fives[0]?.feedTitle === 'Alpha' ? 'Beta' : 'Alpha']);
    expect(feeds.h.service.undelivered(channel('c1')).map((u) => u.reason)).toEqual([
      expect.stringMatching(/^duplicate/),
    ]);
  });

  it('recognises a story re-published with a new guid and a tracking-laden link', async () => {
    feeds.server.set('/a.xml', { kind: 'feed', body: rss2('Alpha', [item(1, -9)]) });
    await feeds.h.service.subscribe(channel('c1'), { feed: feeds.server.url('/a.xml') });
    const again = item(1, 3, {
      id: 'fresh-guid',
      url: 'https://news.example/1?utm_medium=rss&gclid=abc#top',
    });
    feeds.server.set('/a.xml', { kind: 'feed', body: rss2('Alpha', [again, item(1, -9)]) });
    await feeds.h.after(2 * minute);
    expect(stories()).toHaveLength(1);
    expect(feeds.h.service.undelivered(channel('c1'))[0]?.reason).toMatch(/^duplicate/);
  });

  it('caps a flood at five posts in publication order and lists the rest in one message', async () => {
    feeds.server.set('/a.xml', { kind: 'feed', body: rss2('Alpha', [item(0, -9)]) });
    await feeds.h.service.subscribe(channel('c1'), { feed: feeds.server.url('/a.xml') });
    const burst = [8, 7, 6, 5, 4, 3, 2, 1].map((n) => item(n, n));
    feeds.server.set('/a.xml', { kind: 'feed', body: rss2('Alpha', [...burst, item(0, -9)]) });
    await feeds.h.after(2 * minute);
    const titles = feeds.h.sent
      .slice(1)
      .map((s) => (s.post.kind === 'story' ? s.post.title : s.post.kind));
    expect(titles).toEqual(
      [1, 2, 3, 4, 5].map((n) => `Story number ${n} about town ${n}`).concat('overflow'),
    );
    const overflow = feeds.h.sent.at(-1)?.post as OverflowPost;
    expect(overflow.stories.map((s) => s.url)).toEqual(
      [6, 7, 8].map((n) => `https://news.example/${n}`),
    );
  });

  it('dates undated items by first sight and still delivers them', async () => {
    feeds.server.set('/a.xml', { kind: 'feed', body: rss2('Alpha', [item(1, -9)]) });
    await feeds.h.service.subscribe(channel('c1'), { feed: feeds.server.url('/a.xml') });
    feeds.server.set('/a.xml', {
      kind: 'feed',
      body: rss2('Alpha', [item(2, 0, { date: undefined }), item(1, -9)]),
    });
    await feeds.h.after(2 * minute);
    const undated = stories().find((s) => s.title.includes('number 2'));
    expect(undated?.publishedAt).toBe(new Date(feeds.h.clock.now).toISOString());
  });

  it('records why a filtered or too old story was not posted', async () => {
    feeds.server.set('/a.xml', { kind: 'feed', body: rss2('Alpha', [item(1, -9)]) });
    await feeds.h.service.subscribe(channel('c1'), {
      feed: feeds.server.url('/a.xml'),
      keywords: 'town, -harbour',
    });
    const harbour = item(2, 1, { title: 'Harbour closes for repairs in town' });
    const unrelated = item(3, 2, {
      title: 'Cricket result',
      body: 'The match ended in a draw after rain.',
    });
    const ancient = item(4, -60 * 24 * 30);
    feeds.server.set('/a.xml', {
      kind: 'feed',
      body: rss2('Alpha', [unrelated, harbour, ancient, item(1, -9)]),
    });
    await feeds.h.after(2 * minute);
    expect(stories().map((s) => s.title)).toEqual(['Story number 1 about town 1']);
    const reasons = feeds.h.service
      .undelivered(channel('c1'))
      .map((u) => `${u.title}: ${u.reason}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Harbour closes.*filtered: mentions "harbour"/),
        expect.stringMatching(/^Cricket result: filtered: mentions none of "town"/),
        expect.stringMatching(/^Story number 4.*too old/),
      ]),
    );
  });

  it('refuses a feed it cannot read, and a local path outside the console', async () => {
    feeds.server.set('/bad.xml', { kind: 'feed', body: '<html><body>not a feed</body></html>' });
    await expect(
      feeds.h.service.subscribe(channel('c1'), { feed: feeds.server.url('/bad.xml') }),
    ).rejects.toThrow(/couldn't read that feed/);
    await expect(
      feeds.h.service.subscribe(channel('c1'), { feed: 'content/feeds/world.xml' }),
    ).rejects.toThrow(/http\(s\) link/);
    expect(feeds.h.service.list(channel('c1'))).toEqual([]);
  });
});
