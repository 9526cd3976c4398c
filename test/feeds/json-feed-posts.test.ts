// The real JSON Feeds of feeds-in-the-wild, through the real poller and SQLite: every item is
// delivered, or recorded as too old for the channel, and none is lost.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channel, useFeedHarness } from './support/harness.js';

const corpus = join(import.meta.dirname, '..', 'fixtures', 'feeds-in-the-wild', 'feeds');
const jsonFeeds = readdirSync(corpus).filter((file) => file.endsWith('.json'));
const day = 86_400_000;

const feeds = useFeedHarness({
  NEWSBRIEF_MAX_BYTES: '2000000',
  NEWSBRIEF_FEED_FLOOD_CAP: '50',
  NEWSBRIEF_FEED_MAX_AGE_DAYS: '365',
});

type JsonItem = Record<string, unknown>;

describe('the real JSON Feeds, polled', () => {
  it.each(jsonFeeds)('%s: every item reaches the channel once', async (file) => {
    const feed = JSON.parse(readFileSync(join(corpus, file), 'utf8')) as { items: JsonItem[] };
    // Links point at the local server (where they 404), so no test reaches the internet.
    const items = feed.items.map((item, i) => ({
      ...item,
      ...(item.url ? { url: feeds.server.url(`/page/${i}`) } : {}),
      ...(item.external_url ? { external_url: feeds.server.url(`/ext/${i}`) } : {}),
    }));
    const dates = feed.items.flatMap((item) => Date.parse(String(item.date_published)) || []);
    // The channel reads the feed a day after its newest item.
    if (dates.length) feeds.h.clock.now = Math.max(...dates) + day;
    const type = 'application/feed+json';
    feeds.server.set('/f.json', {
      kind: 'feed',
      type,
      body: JSON.stringify({ ...feed, items: [] }),
    });
    await feeds.h.service.subscribe(channel('c1'), { feed: feeds.server.url('/f.json') });
    await feeds.h.service.pollOnce();
    feeds.server.set('/f.json', { kind: 'feed', type, body: JSON.stringify({ ...feed, items }) });
    await feeds.h.after(10 * 60_000);
    await feeds.h.after(10 * 60_000);
    const rows = feeds.h.db
      .prepare("SELECT state, reason FROM deliveries WHERE kind = 'story'")
      .all() as { state: string; reason: string | null }[];
    expect(rows).toHaveLength(items.length);
    const tooOld = rows.filter((row) => row.reason?.startsWith('too old'));
    const delivered = rows.filter((row) => row.state === 'sent' || row.state === 'grouped');
    expect(delivered.length + tooOld.length).toBe(items.length);
    expect(delivered.length, JSON.stringify(rows.slice(0, 3))).toBeGreaterThan(0);
    const old = feeds.h.clock.now - 365 * day;
    expect(tooOld).toHaveLength(dates.filter((d) => d < old).length);
  });
});
