import type { Fetcher } from '../article/fetch-types.js';
import { decodeFeedBytes } from '../net/feed-charset.js';
import { cutAtWord, htmlText } from './clean-text.js';
import { type Identity, identitiesOf, newItems, postingOrder } from './identity.js';
import { parseFeedText } from './parse.js';
import type { FeedEntry, ParsedFeed } from './types.js';

/** One item as newsbrief reads it: what `newsbrief feed` prints. */
export interface FeedItemView {
  id: string;
  title: string;
  link: string | null;
  /** ISO date, null when the feed dates nothing. */
  published: string | null;
  /** The item's summary (or the start of its body) as clean text. */
  summary: string;
}

export interface FeedView {
  title: string;
  format: ParsedFeed['format'];
  items: FeedItemView[];
}

const summaryChars = 500;

function itemView(entry: FeedEntry, id: string): FeedItemView {
  return {
    id,
    title: entry.title,
    link: entry.url ?? null,
    published: entry.publishedAt === undefined ? null : new Date(entry.publishedAt).toISOString(),
    summary: cutAtWord(htmlText(entry.summary ?? entry.content).replace(/\s+/g, ' '), summaryChars),
  };
}

/**
 * Every story of the feed, each once, in the order a new subscription's poller would post them
 * had none been seen: the same identity and order rules as the poller.
 */
export function viewFeed(feed: ParsedFeed, now = Date.now()): FeedView {
  const identities = identitiesOf(feed.entries);
  const items = feed.entries.map((entry, i) => ({ entry, identity: identities[i] as Identity }));
  const stories = newItems(postingOrder(items, now), () => false);
  return {
    title: feed.title,
    format: feed.format,
    items: stories.map(({ entry, identity }) =>
      itemView(entry, entry.guid ?? entry.url ?? identity.primary),
    ),
  };
}

/** Reads a feed's bytes (a file, standard input) as the poller would. */
export function parseFeedBytes(bytes: Uint8Array, location?: string): ParsedFeed {
  return parseFeedText(decodeFeedBytes(bytes), location);
}

/** Fetches and reads a feed by its URL through the one hardened fetcher. */
export async function fetchFeed(url: string, fetcher: Fetcher): Promise<ParsedFeed> {
  const response = await fetcher.fetchText(url, { accept: 'feed' });
  return parseFeedText(response.body, response.url);
}
