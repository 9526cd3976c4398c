import { createRequire } from 'node:module';

type XmlParser = typeof import('fast-xml-parser');
// Loaded with the first OPML file, not at start-up.
const require = createRequire(import.meta.url);
let xml: XmlParser | undefined;

import { assertShallowMarkup } from '../article/depth-guard.js';
import { NewsbriefError } from '../errors.js';

const attr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** OPML 2.0 (http://opml.org/spec2.opml): one outline per feed. */
export function toOpml(title: string, feeds: readonly { url: string; title: string }[]): string {
  const outlines = feeds.map(
    (feed) =>
      `    <outline type="rss" text="${attr(feed.title || feed.url)}" title="${attr(feed.title || feed.url)}" xmlUrl="${attr(feed.url)}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    `  <head><title>${attr(title)}</title></head>`,
    '  <body>',
    ...outlines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}

function collect(node: unknown, into: string[]): void {
  if (Array.isArray(node)) {
    for (const child of node) collect(child, into);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  const url = record['@_xmlUrl'];
  if (typeof url === 'string' && url.trim() && !into.includes(url.trim())) into.push(url.trim());
  collect(record.outline, into);
}

/** The feed URLs of an OPML file, folders flattened, in document order. */
export function feedsFromOpml(text: string): string[] {
  assertShallowMarkup(text, 'xml');
  let doc: Record<string, unknown>;
  try {
    xml ??= require('fast-xml-parser') as XmlParser;
    doc = new xml.XMLParser({ ignoreAttributes: false, processEntities: true }).parse(text);
  } catch (cause) {
    throw new NewsbriefError('bad_input', 'That is not an OPML file.', { cause });
  }
  const opml = doc.opml as { body?: unknown } | undefined;
  if (!opml) throw new NewsbriefError('bad_input', 'That is not an OPML file.');
  const urls: string[] = [];
  collect(opml.body, urls);
  return urls;
}
