import { createHash } from 'node:crypto';
import type { FeedEntry } from './types.js';

// Parameters that only say who sent the reader; dropping them makes one story one link.
const tracking =
  /^(utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|oly_.*|vero_.*|__s|ref_src|cmpid|ocid|rss|feature)$/i;

/** The link without tracking parameters, fragment, default port or parameter order. */
export function normaliseLink(link: string): string {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return link.trim();
  }
  url.hash = '';
  const kept = [...url.searchParams].filter(([name]) => !tracking.test(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  return url.toString();
}

function words(text: string): string[] {
  return text
    .replace(/<[^>]*>/g, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A hash of the story's words, so a re-published story with a new guid and link is still known. */
export function fingerprint(entry: Pick<FeedEntry, 'title' | 'content'>): string {
  const text = [...words(entry.title), '|', ...words(entry.content).slice(0, 60)].join(' ');
  return createHash('sha1').update(text).digest('hex').slice(0, 20);
}

/** Every key a story is known by: guid, normalised link, content fingerprint. */
export function storyKeys(entry: FeedEntry): string[] {
  const keys: string[] = [];
  if (entry.guid) keys.push(`g:${entry.guid}`);
  if (entry.url) keys.push(`l:${normaliseLink(entry.url)}`);
  keys.push(`f:${fingerprint(entry)}`);
  return keys;
}
