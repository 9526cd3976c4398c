// Fictional feeds: every title and paragraph here is made up for the test.
import { describe, expect, it } from 'vitest';
import type { StoryPost } from '../../src/feeds/types.js';
import { body, type Item, rss2 } from './support/feed-xml.js';
import { channel, start, useFeedHarness } from './support/harness.js';

const minute = 60_000;
const iso = (offsetMin: number) => new Date(start + offsetMin * minute).toISOString();
const item = (n: number, offsetMin: number, extra: Partial<Item> = {}): Item => ({
  id: `big-${n}`,
  title: `Harbour report number ${n}`,
  url: `https://news.example/big/${n}`,
  body: body(`harbour district ${n}`),
  date: iso(offsetMin),
  ...extra,
});

// Newest first, an item an hour apart: 300 items reach back twelve days.
const backlog = Array.from({ length: 300 }, (_, i) => item(300 - i, -60 * (i + 1)));

const feeds = useFeedHarness({
  NEWSBRIEF_MAX_BYTES: '2000000',
  NEWSBRIEF_FEED_FLOOD_CAP: '20',
  NEWSBRIEF_FEED_MAX_AGE_DAYS: '30',
});

const posted = () =>
  feeds.h.sent.filter((s) => s.post.kind === 'story').map((s) => (s.post as StoryPost).title);

describe('a feed of hundreds of items', () => {
  it('delivers items appended at the end, inserted at the top and sharing an old guid, once each', async () => {
    feeds.server.set('/big.xml', { kind: 'feed', body: rss2('Big Harbour', backlog) });
    await feeds.h.service.subscribe(channel('c1'), { feed: feeds.server.url('/big.xml') });
    await feeds.h.service.pollOnce();
    expect(posted()).toEqual(['Harbour report number 300']);

    const top = [item(302, -1), item(301, -2)];
    const end = [item(303, -3), item(304, -4)];
    // Two new stories that reuse the guid of an old one, each with its own link and words.
    const sharing = [305, 306].map((n) =>
      item(n, n - 311, { id: 'big-17', url: `https://news.example/big/${n}` }),
    );
    feeds.server.set('/big.xml', {
      kind: 'feed',
      body: rss2('Big Harbour', [...top, ...sharing, ...backlog, ...end]),
    });
    await feeds.h.after(2 * minute);
    await feeds.h.after(2 * minute);
    // Each once, oldest first, as they were published.
    expect(posted().slice(1)).toEqual(
      [305, 306, 304, 303, 301, 302].map((n) => `Harbour report number ${n}`),
    );

    // The same document again, and a republished old story (same guid, same link, new date).
    const republished = item(17, 0, { title: 'Harbour report number 17' });
    feeds.server.set('/big.xml', {
      kind: 'feed',
      body: rss2('Big Harbour', [republished, ...top, ...sharing, ...backlog, ...end]),
    });
    await feeds.h.after(2 * minute);
    await feeds.h.after(2 * minute);
    expect(posted()).toHaveLength(7);
  });

  it('reads a feed listed oldest first, posting what was appended at its end', async () => {
    const oldestFirst = [...backlog].reverse();
    feeds.server.set('/old.xml', { kind: 'feed', body: rss2('Old First', oldestFirst) });
    await feeds.h.service.subscribe(channel('c1'), { feed: feeds.server.url('/old.xml') });
    await feeds.h.service.pollOnce();
    expect(posted()).toEqual(['Harbour report number 300']);
    feeds.server.set('/old.xml', {
      kind: 'feed',
      body: rss2('Old First', [...oldestFirst, item(301, -2), item(302, -1)]),
    });
    await feeds.h.after(2 * minute);
    await feeds.h.after(2 * minute);
    expect(posted()).toEqual([
      'Harbour report number 300',
      'Harbour report number 301',
      'Harbour report number 302',
    ]);
  });

  it('posts a very long title cut at a word, with the link whole and the lede kept', async () => {
    feeds.server.set('/long.xml', { kind: 'feed', body: rss2('Long', [item(1, -60)]) });
    await feeds.h.service.subscribe(channel('c1'), { feed: feeds.server.url('/long.xml') });
    await feeds.h.service.pollOnce();
    const title = `${'Harbour council votes on the long awaited ferry timetable '.repeat(8)}again`;
    feeds.server.set('/long.xml', {
      kind: 'feed',
      body: rss2('Long', [item(2, -1, { title }), item(1, -60)]),
    });
    await feeds.h.after(2 * minute);
    const post = feeds.h.sent.at(-1)?.post as StoryPost;
    expect(post.title.length).toBeLessThanOrEqual(150);
    expect(post.title).toMatch(/^Harbour council votes .* (\w+)…$/);
    expect(post.brief.headline).toBe(post.title);
    expect(post.url).toBe('https://news.example/big/2');
    expect(post.brief.lede).toMatch(/harbour district 2/);
  });

  it('reposts nothing from a feed whose items were remembered by guid alone, before this rule', async () => {
    feeds.server.set('/big.xml', { kind: 'feed', body: rss2('Big Harbour', backlog) });
    await feeds.h.service.subscribe(channel('c1'), { feed: feeds.server.url('/big.xml') });
    await feeds.h.service.pollOnce();
    // What a database written by the guid-only rule holds: one guid key an item, no marker.
    feeds.h.db.prepare("DELETE FROM feed_items WHERE key NOT LIKE 'g:%'").run();
    const moved = backlog.map((old) => ({ ...old, url: `${old.url}?moved=1` }));
    feeds.server.set('/big.xml', {
      kind: 'feed',
      body: rss2('Big Harbour', [item(301, -1), ...moved]),
    });
    await feeds.h.after(2 * minute);
    await feeds.h.after(2 * minute);
    expect(posted()).toEqual(['Harbour report number 300', 'Harbour report number 301']);
  });

  it('posts every new story of a feed whose items all share one guid and the home page link', async () => {
    const home = (n: number, minutes: number) =>
      item(n, minutes, { id: 'constant', url: 'https://news.example/' });
    const three = [home(3, -10), home(2, -20), home(1, -30)];
    feeds.server.set('/home.xml', { kind: 'feed', body: rss2('Home', three) });
    await feeds.h.service.subscribe(channel('c1'), { feed: feeds.server.url('/home.xml') });
    await feeds.h.service.pollOnce();
    const five = [home(5, -1), home(4, -2), ...three];
    feeds.server.set('/home.xml', { kind: 'feed', body: rss2('Home', five) });
    await feeds.h.after(2 * minute);
    await feeds.h.after(2 * minute);
    feeds.server.set('/home.xml', { kind: 'feed', body: rss2('Home', [...five].reverse()) });
    await feeds.h.after(2 * minute);
    await feeds.h.after(2 * minute);
    expect(posted()).toEqual([3, 4, 5].map((n) => `Harbour report number ${n}`));
  });
});
