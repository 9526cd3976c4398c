import { createRequire } from 'node:module';
import { assertShallowMarkup } from '../article/depth-guard.js';
import { NewsbriefError } from '../errors.js';
import { parseJsonFeed } from './json-feed.js';
import type { FeedEntry, ParsedFeed } from './types.js';

type FeedParser = typeof import('@rowanmanning/feed-parser');
// Loaded with the first feed, not at start-up (with its XML parser, ~60 ms).
const require = createRequire(import.meta.url);
let feedParser: FeedParser | undefined;
const parseFeed: FeedParser['parseFeed'] = (xml) => {
  feedParser ??= require('@rowanmanning/feed-parser') as FeedParser;
  return feedParser.parseFeed(xml);
};

const plain = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** RSS 2.0, RSS 1.0/RDF and Atom through @rowanmanning/feed-parser; JSON Feed on our own. */
export function parseFeedText(body: string): ParsedFeed {
  const text = body.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('{')) {
    const json = parseJsonFeed(text);
    if (json) return json;
    throw new NewsbriefError('feed_malformed', 'That is JSON but not a JSON Feed.');
  }
  assertShallowMarkup(text, 'xml');
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(text);
  } catch (cause) {
    throw new NewsbriefError('feed_malformed', 'That is not an RSS, Atom or JSON feed.', { cause });
  }
  const type = feed.meta.type as string;
  const entries = feed.items.map((item): FeedEntry => {
    const content = item.content ?? item.description ?? '';
    const published = item.published ?? item.updated;
    return {
      title: plain(item.title ?? '') || plain(content).slice(0, 120) || '(untitled)',
      content,
      ...(item.id ? { guid: item.id } : {}),
      ...(item.url ? { url: item.url } : {}),
      ...(published ? { publishedAt: published.getTime() } : {}),
    };
  });
  return {
    title: feed.title ?? '',
    format: type === 'atom' ? 'atom' : type === 'rdf' ? 'rdf' : 'rss',
    entries,
  };
}
