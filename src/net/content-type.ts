import type { FetchOptions } from '../article/fetch-types.js';
import { NewsbriefError } from '../errors.js';

const htmlTypes = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);
const feedTypes = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/feed+json',
  'application/xml',
  'text/xml',
  'application/json',
  'text/plain',
  // Servers in the wild send feeds under these too (and a feed may be wrapped in an XHTML page);
  // the feed reader refuses what is not a feed, with its own reason.
  'text/html',
  'application/xhtml+xml',
  'application/octet-stream',
  'binary/octet-stream',
]);

export function mimeOf(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

/** Throws unless the response's type is one the caller can read; a missing type is let through. */
export function checkContentType(accept: FetchOptions['accept'], contentType: string): void {
  const mime = mimeOf(contentType);
  if (accept === 'any' || mime === '') return;
  if (accept === 'html' && htmlTypes.has(mime)) return;
  if (accept === 'feed' && (feedTypes.has(mime) || /\+(xml|json)$/.test(mime))) return;
  const wanted = accept === 'html' ? 'a web page' : 'a news feed (RSS, Atom or JSON Feed)';
  // The type comes from the remote server, so only a plain-looking one is echoed to the chat.
  const shown = /^[\w.+-]{1,60}\/[\w.+-]{1,60}$/.test(mime) ? mime : 'an unknown type';
  throw new NewsbriefError(
    'unsupported_content',
    `That link is ${shown}, not ${wanted}, so newsbrief can't read it.`,
  );
}
