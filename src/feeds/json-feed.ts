import { createHash } from 'node:crypto';
import { inlineText, textAsHtml } from './clean-text.js';
import { parseFeedDate } from './feed-date.js';
import type { FeedEntry, ParsedFeed } from './types.js';
import { resolveUrl } from './xml-tree.js';

// JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/). Read field by field rather than
// through a schema: real feeds write `null` for absent fields, numbers for ids, the http:// form
// of the version URL, and omit ids; one odd field must not cost the item.

const version = /^https?:\/\/(www\.)?jsonfeed\.org\/version\/1(\.\d+)?\/?$/i;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function str(item: Json, key: string): string | undefined {
  const value = item[key];
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value : undefined;
}

function readItem(item: Json, base: string | undefined): FeedEntry | undefined {
  const html = str(item, 'content_html');
  const text = str(item, 'content_text');
  const summary = str(item, 'summary');
  const content = html ?? (text ? textAsHtml(text) : summary ? textAsHtml(summary) : '');
  const link = str(item, 'url') ?? str(item, 'external_url');
  const url = link && resolveUrl(link, base);
  // The spec requires an id; feeds without one are identified by their link, then their words.
  const guid =
    str(item, 'id')?.trim() ||
    url ||
    (content ? `sha1:${createHash('sha1').update(content).digest('hex').slice(0, 20)}` : '');
  const title = inlineText(str(item, 'title') ?? '', 'auto');
  if (!title && !url && !content && !guid) return undefined;
  const entry: FeedEntry = { title, content };
  if (guid) entry.guid = guid;
  if (url) entry.url = url;
  if (summary && (html || text)) entry.summary = textAsHtml(summary);
  const publishedAt =
    parseFeedDate(str(item, 'date_published')) ?? parseFeedDate(str(item, 'date_modified'));
  if (publishedAt !== undefined) entry.publishedAt = publishedAt;
  return entry;
}

/** Reads a JSON Feed; undefined when the text is not one. An unreadable item is skipped alone. */
export function parseJsonFeed(text: string, location?: string): ParsedFeed | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(data) || !Array.isArray(data.items)) return undefined;
  const declared = str(data, 'version');
  if (declared ? !version.test(declared.trim()) : !str(data, 'title')) return undefined;
  // Relative item URLs resolve against the feed's own address, as in RSS and Atom.
  const entries = data.items.flatMap((item) =>
    isObject(item) ? (readItem(item, location) ?? []) : [],
  );
  return { title: inlineText(str(data, 'title') ?? '', 'auto'), format: 'json', entries };
}
