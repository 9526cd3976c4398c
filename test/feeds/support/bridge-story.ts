// The story the edit tests post and then see again from a second feed, on the feed side (items)
// and on the platform side (a StoryPost to hand a destination's edit).

import type { StoryPost } from '../../../src/feeds/types.js';
import type { Brief, ChannelRef } from '../../../src/index.js';
import type { FeedServer } from './feed-server.js';
import { body, type Item, rss2 } from './feed-xml.js';
import type { serviceWith } from './service-with.js';

const minute = 60_000;

/** Story `n` of Alpha, published `n` minutes after `t0`. */
export const bridgeItem =
  (t0: number) =>
  (n: number, extra: Partial<Item> = {}): Item => ({
    id: `e-${n}`,
    title: `Edited story ${n} about the bridge ${n}`,
    url: `https://news.example/e/${n}`,
    body: body(`bridge ${n}`),
    date: new Date(t0 + n * minute).toISOString(),
    ...extra,
  });

/** Story 5 as Beta carries it: its own guid, the link with a tracking parameter. */
export const betaCopyOfFive = (item: ReturnType<typeof bridgeItem>) =>
  item(5, { id: 'beta-5', url: 'https://news.example/e/5?utm_source=x' });

/** Subscribes `ch` to Alpha and Beta, then Alpha brings story 5 and it is posted on its own. */
export async function storyFivePosted(
  feeds: FeedServer,
  h: Pick<ReturnType<typeof serviceWith>, 'service' | 'after'>,
  ch: ChannelRef,
  item: ReturnType<typeof bridgeItem>,
) {
  feeds.set('/a.xml', { kind: 'feed', body: rss2('Alpha', [item(1)]) });
  feeds.set('/b.xml', { kind: 'feed', body: rss2('Beta', [item(2)]) });
  await h.service.subscribe(ch, { feed: feeds.url('/a.xml') });
  await h.service.subscribe(ch, { feed: feeds.url('/b.xml') });
  feeds.set('/a.xml', { kind: 'feed', body: rss2('Alpha', [item(5), item(1)]) });
  await h.after(2 * minute);
}

/** A posted story about the bridge reopening; `brief` overrides parts of its brief. */
export const bridgeStory = (
  publishedAt: number,
  alsoReportedBy: string[],
  brief: Partial<Brief> = {},
): StoryPost => ({
  kind: 'story',
  brief: {
    headline: 'Bridge reopens',
    lede: 'The bridge reopened.',
    points: [],
    facts: { people: [], organisations: [], places: [], dates: [], money: [], numbers: [] },
    readingMinutes: 1,
    wordCount: 4,
    source: 'news.example',
    summary: 'The bridge reopened.',
    ...brief,
  },
  articleId: 'a1',
  title: 'Bridge reopens',
  feedTitle: 'Alpha',
  publishedAt: new Date(publishedAt).toISOString(),
  alsoReportedBy,
});
