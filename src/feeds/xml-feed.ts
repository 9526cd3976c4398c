import { inlineText, looksLikeHtml, textAsHtml } from './clean-text.js';
import { parseFeedDate } from './feed-date.js';
import type { FeedEntry, ParsedFeed } from './types.js';
import {
  attr,
  baseOf,
  child,
  childrenNamed,
  innerMarkup,
  isNode,
  parseXml,
  resolveUrl,
  textOf,
  type XmlNode,
} from './xml-tree.js';

// RSS 0.9x/1.0/2.0 and Atom 0.3/1.0, with or without namespace prefixes, also when a page wraps
// the feed (an XHTML body holding an Atom feed). Items are looked for anywhere below the feed
// element, so an item a broken template nested in another is still read.

type Kind = 'text' | 'html' | 'auto';

const feedRoots = new Set(['rss', 'rdf:rdf', 'atom:feed', 'feed']);
const itemKeys = new Set(['item', 'atom:entry', 'entry']);

function find(node: XmlNode, wanted: Set<string>): XmlNode | undefined {
  for (const c of node.children) {
    if (!isNode(c)) continue;
    if (wanted.has(c.key)) return c;
    const found = find(c, wanted);
    if (found) return found;
  }
  return undefined;
}

function collectItems(node: XmlNode, into: XmlNode[]): XmlNode[] {
  for (const c of node.children) {
    if (!isNode(c)) continue;
    if (itemKeys.has(c.key)) into.push(c);
    collectItems(c, into);
  }
  return into;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function fromBase64(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4) return undefined;
  try {
    return strictUtf8.decode(Buffer.from(compact, 'base64'));
  } catch {
    return undefined;
  }
}

/** An Atom text construct (type text|html|xhtml, Atom 0.3 mode), or an RSS element, as markup. */
function construct(node: XmlNode, fallback: Kind): { value: string; kind: Kind } {
  const type = (attr(node, 'type') ?? '').toLowerCase();
  const mode = (attr(node, 'mode') ?? '').toLowerCase();
  if (type === 'xhtml' || type.includes('xhtml') || (mode === 'xml' && type.includes('html'))) {
    const div = child(node, 'xhtml:div');
    return { value: innerMarkup(div ?? node), kind: 'html' };
  }
  // Markup written into an RSS element unescaped is read as the HTML it is meant to be.
  if (!type && node.children.some(isNode)) return { value: innerMarkup(node), kind: 'html' };
  let value = textOf(node);
  // Atom 1.0 §3.1.1.3: content of any other media type (not text/*, not XML) is base64; a
  // custom type whose text does not decode to UTF-8 was written as text all the same.
  const binary = type.includes('/') && !type.startsWith('text/') && !type.includes('xml');
  if (mode === 'base64' || binary) value = fromBase64(value) ?? value;
  if (type === 'html' || type === 'text/html' || mode === 'escaped') return { value, kind: 'html' };
  if (type === 'text' || type === 'text/plain') return { value, kind: 'text' };
  return { value, kind: fallback };
}

function asHtml({ value, kind }: { value: string; kind: Kind }): string {
  return kind === 'html' || (kind === 'auto' && looksLikeHtml(value)) ? value : textAsHtml(value);
}

const titleOf = (node: XmlNode | undefined) => {
  if (!node) return '';
  const { value, kind } = construct(node, 'auto');
  return inlineText(value, kind);
};

const isWeb = (url: string) => /^https?:\/\//i.test(url);

function itemLink(item: XmlNode, location: string | undefined): string | undefined {
  const links = [...childrenNamed(item, 'link'), ...childrenNamed(item, 'atom:link')];
  const text = links.find((l) => !l.attrs.href && textOf(l).trim());
  if (text) return resolveUrl(textOf(text), baseOf(text, location));
  const alternates = links.filter(
    (l) => l.attrs.href && (attr(l, 'rel') ?? 'alternate') === 'alternate',
  );
  const best =
    alternates.find((l) => /html/.test(attr(l, 'type') ?? 'html')) ??
    alternates[0] ??
    links.find((l) => l.attrs.href && attr(l, 'rel') !== 'self' && attr(l, 'rel') !== 'enclosure');
  const href = best && attr(best, 'href');
  if (best && href) return resolveUrl(href, baseOf(best, location));
  // A permalink guid, or an Atom id that is a web address, is the item's link (as feedparser reads).
  const guid = child(item, 'guid');
  if (guid && attr(guid, 'ispermalink') !== 'false' && isWeb(textOf(guid).trim()))
    return textOf(guid).trim();
  const idNode = child(item, 'atom:id', 'id');
  const id = idNode && resolveUrl(textOf(idNode), baseOf(idNode, undefined));
  return id && isWeb(id) ? id : undefined;
}

const dateKeys = [
  'pubdate',
  'dc:date',
  'atom:published',
  'published',
  'atom:issued',
  'issued',
  'dcterms:issued',
  'dcterms:created',
  'atom:updated',
  'updated',
  'atom:modified',
  'modified',
  'dcterms:modified',
];

function itemDate(item: XmlNode): number | undefined {
  for (const key of dateKeys) {
    const node = child(item, key);
    const ms = node && parseFeedDate(textOf(node));
    if (ms !== undefined) return ms;
  }
  return undefined;
}

const fullKeys = ['content:encoded', 'atom:content', 'content'];
const shortKeys = ['description', 'atom:summary', 'summary', 'itunes:summary', 'itunes:subtitle'];

/** The item's fullest body and, when it also has one, its separate summary, both as HTML. */
function itemBodies(item: XmlNode): { content: string; summary?: string } {
  const full = fullKeys
    .map((key) => child(item, key))
    .find((node) => node && !node.attrs.src && (textOf(node).trim() || node.children.some(isNode)));
  const short = shortKeys
    .map((key) => child(item, key))
    .find((node) => node && textOf(node).trim());
  const media = child(child(item, 'media:group') ?? item, 'media:description');
  const content = full ?? short ?? media;
  const html = content ? asHtml(construct(content, 'auto')) : '';
  if (!full || !short) return { content: html };
  return { content: html, summary: asHtml(construct(short, 'auto')) };
}

/** The first element of that name below the node, at any depth (media:title inside media:group). */
function below(node: XmlNode, key: string): XmlNode | undefined {
  for (const c of node.children) {
    if (!isNode(c)) continue;
    const found = c.key === key ? c : below(c, key);
    if (found) return found;
  }
  return undefined;
}

function readItem(item: XmlNode, location: string | undefined): FeedEntry | undefined {
  const title =
    titleOf(child(item, 'title', 'atom:title', 'dc:title')) || titleOf(below(item, 'media:title'));
  const url = itemLink(item, location);
  const { content, summary } = itemBodies(item);
  const id = child(item, 'guid', 'atom:id', 'id');
  const guid = (id && textOf(id).trim()) || attr(item, 'rdf:about');
  if (!title && !url && !content.trim() && !guid && !child(item, 'enclosure')) return undefined;
  const publishedAt = itemDate(item);
  const entry: FeedEntry = { title, content };
  if (guid) entry.guid = guid;
  if (url) entry.url = url;
  if (summary) entry.summary = summary;
  if (publishedAt !== undefined) entry.publishedAt = publishedAt;
  return entry;
}

/**
 * Reads an RSS or Atom document; undefined when the text holds no feed element. A document of
 * bare items (an Atom entry document, a channel without <rss>) is read as the feed it stands for.
 */
export function parseXmlFeed(text: string, location?: string): ParsedFeed | undefined {
  const document = parseXml(text);
  const bare = find(document, new Set(['channel', ...itemKeys])) && document;
  const root = find(document, feedRoots) ?? bare;
  if (!root) return undefined;
  const channel =
    root.key === 'rss' || root.key === 'rdf:rdf' || root === bare ? child(root, 'channel') : root;
  const format =
    root.key === 'rdf:rdf'
      ? 'rdf'
      : root.key === 'rss' || find(root, new Set(['item']))
        ? 'rss'
        : 'atom';
  const entries = collectItems(root, []).flatMap((item) => readItem(item, location) ?? []);
  return {
    title: titleOf(channel && child(channel, 'title', 'atom:title', 'dc:title')),
    format,
    entries,
  };
}
