import { assertShallowMarkup } from '../article/depth-guard.js';
import { NewsbriefError } from '../errors.js';
import { cutAtWord, htmlText } from './clean-text.js';
import { parseJsonFeed } from './json-feed.js';
import type { FeedEntry, ParsedFeed } from './types.js';
import { parseXmlFeed } from './xml-feed.js';

/** A title for an item that has none: its first words. */
function titleFromText(content: string): string {
  const text = htmlText(content).split('\n')[0] ?? '';
  const sentence = /^.{20,}?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  return cutAtWord(sentence, 100);
}

/** The title of an item that has neither a title nor any words to make one from. */
export const untitled = '(untitled)';

function finished(entry: FeedEntry): FeedEntry {
  if (!entry.title) entry.title = titleFromText(entry.content) || untitled;
  return entry;
}

/**
 * RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.0/1.1. `location` (the feed's URL) resolves
 * relative links where the feed gives no xml:base.
 */
export function parseFeedText(body: string, location?: string): ParsedFeed {
  const text = body.replace(/^\uFEFF/, '').trimStart();
  if (!text.startsWith('{')) assertShallowMarkup(text, 'xml');
  const feed = text.startsWith('{') ? parseJsonFeed(text, location) : parseXmlFeed(text, location);
  if (!feed) {
    const what = text.startsWith('{') ? 'That is JSON but not a JSON Feed.' : undefined;
    throw new NewsbriefError('feed_malformed', what ?? 'That is not an RSS, Atom or JSON feed.');
  }
  feed.entries = feed.entries.map(finished);
  return feed;
}
