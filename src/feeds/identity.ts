import { fingerprint, normaliseLink } from './normalize.js';
import { untitled } from './parse.js';
import type { FeedEntry } from './types.js';

/**
 * What makes two items of one feed the same story. A guid alone does not: feeds in the wild give
 * different stories one guid (a template's constant, a reused slug). An item with a guid is known
 * when its guid was seen together with its link (with its words, when it has no link); without a
 * guid, its link (else its words) decides. A story re-sent under a new guid or at a new link is
 * new to the feed, and then caught by the channel's claims on its link and words (fan-out), so
 * it is not posted twice.
 */
export interface Identity {
  /** The key a story was known by before this rule: its guid, else link, else fingerprint. */
  primary: string;
  /** Every key of the item, remembered for the feed. */
  keys: string[];
  /** Keys that mark the same story in a channel's other feeds (guids are a feed's own). */
  claims: string[];
  /** The guid key and the link key (the fingerprint key without a link), for an item with a guid. */
  pair?: [string, string];
}

/** Remembered with a feed's keys: its items' link and fingerprint keys were stored too. */
export const identityMarker = 'v:identity-2';

function identity(entry: FeedEntry, guid: string | undefined, link: string | undefined): Identity {
  const print = `f:${fingerprint(entry)}`;
  const primary = guid || link || print;
  const keys = [guid, link, print].filter((key): key is string => Boolean(key));
  // An item with no words has no fingerprint worth claiming: empty items are not one story.
  const worded = entry.title !== untitled || entry.content.trim() !== '';
  const claims = [...(link ? [link] : guid ? [guid] : []), ...(worded || !guid ? [print] : [])];
  return guid ? { primary, keys, claims, pair: [guid, link || print] } : { primary, keys, claims };
}

const guidKey = (entry: FeedEntry) => entry.guid && `g:${entry.guid}`;
const linkKey = (entry: FeedEntry) => entry.url && `l:${normaliseLink(entry.url)}`;

/**
 * The identities of a feed's items. A guid or link that the feed gives to items of different
 * titles (a template's constant guid, every item linking to the home page) identifies none of
 * them, and is left out: the items are told apart by what remains.
 */
export function identitiesOf(entries: readonly FeedEntry[]): Identity[] {
  const titles = new Map<string, Set<string>>();
  for (const entry of entries)
    for (const key of [guidKey(entry), linkKey(entry)]) {
      if (!key) continue;
      const seen = titles.get(key) ?? new Set<string>();
      seen.add(entry.title.toLowerCase());
      titles.set(key, seen);
    }
  const own = (key: string | undefined) =>
    key && (titles.get(key)?.size ?? 0) < 2 ? key : undefined;
  return entries.map((entry) => identity(entry, own(guidKey(entry)), own(linkKey(entry))));
}

/**
 * Whether the item is a story the feed already showed. `stored` answers for the feed's stored
 * keys, `taken` for the items taken earlier in this poll. A feed whose keys were stored before the
 * identity marker holds only primary keys: for those, the primary key decides, as it did.
 */
export function isKnown(
  identity: Identity,
  stored: (key: string) => boolean,
  taken: (key: string) => boolean,
): boolean {
  if (!stored(identityMarker) && stored(identity.primary)) return true;
  const seen = (key: string) => taken(key) || stored(key);
  if (!identity.pair) return seen(identity.primary);
  return seen(identity.pair[0]) && seen(identity.pair[1]);
}

/**
 * The order new items are posted in, oldest first. An undated item is dated `now` (first sight);
 * items with one date keep the feed's own order, read newest-first or oldest-first as the
 * feed's dated items run, since feeds come both ways.
 */
export function postingOrder<T extends { entry: FeedEntry }>(
  items: readonly T[],
  now: number,
): T[] {
  let rising = 0;
  let falling = 0;
  let previous: number | undefined;
  for (const { entry } of items) {
    if (entry.publishedAt === undefined) continue;
    if (previous !== undefined && entry.publishedAt > previous) rising++;
    if (previous !== undefined && entry.publishedAt < previous) falling++;
    previous = entry.publishedAt;
  }
  const direction = rising > falling ? 1 : -1;
  return items
    .map((item, index) => ({ item, index, at: item.entry.publishedAt ?? now }))
    .sort((a, b) => a.at - b.at || direction * (a.index - b.index))
    .map(({ item }) => item);
}

/** The items a feed shows for the first time, in posting order, each story once. */
export function newItems<T extends { entry: FeedEntry; identity: Identity }>(
  ordered: readonly T[],
  stored: (key: string) => boolean,
): T[] {
  const taken = new Set<string>();
  const fresh: T[] = [];
  for (const item of ordered) {
    if (isKnown(item.identity, stored, (key) => taken.has(key))) continue;
    fresh.push(item);
    for (const key of item.identity.keys) taken.add(key);
  }
  return fresh;
}
