import { describe, expect, it } from 'vitest';
import type { StoryPost } from '../../src/feeds/types.js';
import { body, type Item, rss2 } from './support/feed-xml.js';
import { channel, start, useFeedHarness } from './support/harness.js';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

const feeds = useFeedHarness();

const item = (name: string, at: number): Item => ({
  id: `r-${name}`,
  title: `Story ${name} about the old mill`,
  url: `https://news.example/r/${name}`,
  body: body(`mill ${name}`),
  date: new Date(at).toISOString(),
});
const list = (items: Item[]) =>
  feeds.server.set('/r.xml', { kind: 'feed', body: rss2('Mill News', items) });
// Items remembered, counted by their guid keys (each item also leaves link and fingerprint keys).
const remembered = () =>
  (
    feeds.h.db.prepare("SELECT count(*) AS n FROM feed_items WHERE key LIKE 'g:%'").get() as {
      n: number;
    }
  ).n;
const titles = () => feeds.h.sent.map((s) => (s.post as StoryPost).title);

describe('pruning what a feed has shown', () => {
  it('forgets items long gone from the feed, and posts none of them when the feed lists them again', async () => {
    const shown = item('shown', start - hour);
    const backlog = item('backlog', start - 2 * hour);
    list([shown, backlog]);
    await feeds.h.service.subscribe(channel('c1'), { feed: feeds.server.url('/r.xml') });
    const keeper = item('keeper', start + minute);
    list([keeper]);
    await feeds.h.after(2 * minute);
    expect(titles()).toEqual([shown.title, keeper.title]);
    expect(remembered()).toBe(3);

    // A month of "not modified" is no evidence that the items left the feed.
    await feeds.h.after(31 * day);
    expect(remembered()).toBe(3);
    const fresh = item('fresh', feeds.h.clock.now);
    list([fresh, keeper]);
    await feeds.h.after(hour);
    expect(remembered()).toBe(2);
    // Their link and fingerprint keys went with them; the feed's identity marker stays.
    expect(feeds.h.db.prepare('SELECT count(*) AS n FROM feed_items').get()).toEqual({ n: 7 });
    expect(titles()).toEqual([shown.title, keeper.title, fresh.title]);

    // Re-dated to today, the posted story is still a duplicate; the backlog item is too old.
    list([{ ...shown, date: new Date(feeds.h.clock.now).toISOString() }, backlog, fresh, keeper]);
    await feeds.h.after(2 * minute);
    expect(titles()).toEqual([shown.title, keeper.title, fresh.title]);
    const reasons = feeds.h.service.undelivered(channel('c1')).map((u) => u.reason);
    expect(reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^duplicate/),
        expect.stringMatching(/^too old/),
      ]),
    );
    expect(reasons).toHaveLength(2);
  });
});

describe('ids SQLite hands out again', () => {
  it('posts the sample again when a channel unsubscribes and subscribes anew to a feed', async () => {
    list([item('first', start - minute)]);
    await feeds.h.service.subscribe(channel('c1'), { feed: feeds.server.url('/r.xml') });
    await feeds.h.service.unsubscribe(channel('c1'), feeds.server.url('/r.xml'));
    feeds.h.clock.now += minute;
    list([item('second', start)]);
    await feeds.h.service.subscribe(channel('c1'), { feed: feeds.server.url('/r.xml') });
    await feeds.h.after(1000);
    expect(titles()).toEqual([item('first', 0).title, item('second', 0).title]);
  });
});
