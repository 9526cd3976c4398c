import { isNewsbriefError } from '../errors.js';
import type { FeedRow, SubscriptionRow, SubscriptionStore } from '../store/subscription-types.js';
import { type BuiltStory, fanOut } from './fan-out.js';
import { type Identity, identitiesOf, identityMarker, newItems, postingOrder } from './identity.js';
import { parseFeedText } from './parse.js';
import { type ReadDeps, readFeed, withAbsoluteLinks } from './read-feed.js';
import type { Samples } from './samples.js';
import { nextPollAfterFailure, nextPollAfterSuccess } from './schedule.js';
import { buildStory, type StoryDeps, withPostTitle } from './story.js';
import type { FeedEntry, ParsedFeed } from './types.js';

export interface PollDeps {
  store: SubscriptionStore;
  /** Each feed's newest stored story, offered to a new subscriber as its sample. */
  samples?: Samples;
  read: ReadDeps;
  story: StoryDeps;
  now: () => number;
  random: () => number;
  floodCap: number;
  maxFailures: number;
  maxAgeMs: number;
}

export type PollResult = { ok: true; newStories: number } | { ok: false; error: string };

// A runaway feed (a bug printing its archive) is read up to this many items; real feeds of
// hundreds of items (podcasts, archives) are read whole, whatever their order.
const maxEntriesPerPoll = 5000;

function describe(error: unknown): string {
  if (isNewsbriefError(error)) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

function recordFailure(feed: FeedRow, error: unknown, deps: PollDeps): PollResult {
  const now = deps.now();
  const failures = feed.failures + 1;
  const message = describe(error);
  deps.store.updateFeed(feed.id, {
    failures,
    paused: failures >= deps.maxFailures,
    lastPolledAt: now,
    lastErrorAt: now,
    lastError: message,
    nextPollAt: nextPollAfterFailure(feed.intervalS, failures, now, deps.random),
  });
  return { ok: false, error: message };
}

interface Item {
  entry: FeedEntry;
  identity: Identity;
  /** The keys a channel's claim on the story is made with. */
  keys: string[];
  at: number;
}

/** Every item of the feed in posting order, oldest first. */
function ordered(entries: FeedEntry[], now: number): Item[] {
  const read = entries.slice(0, maxEntriesPerPoll);
  const identities = identitiesOf(read);
  const items = read.map((entry, i): Item => {
    const identity = identities[i] as Identity;
    const posted = withPostTitle(entry);
    return { entry: posted, identity, keys: identity.claims, at: entry.publishedAt ?? now };
  });
  return postingOrder(items, now);
}

/**
 * Polls one feed: a conditional request, then every item it has not shown before goes to each
 * subscription; a subscription not yet primed gets the latest item as its sample and no backlog.
 */
export async function pollFeed(feed: FeedRow, deps: PollDeps): Promise<PollResult> {
  const subs = deps.store.subscriptionsOfFeed(feed.id);
  if (!subs.length) return { ok: true, newStories: 0 };
  const unprimed = subs.filter((sub) => !sub.primed);
  let parsed: ParsedFeed | undefined;
  let validators: { etag?: string; lastModified?: string } = {};
  try {
    // A new subscriber needs the items themselves, so it may not be answered "not modified".
    const response = await readFeed(feed.url, unprimed.length ? {} : feed, deps.read);
    validators = { etag: response.etag, lastModified: response.lastModified };
    if (!response.notModified)
      parsed = withAbsoluteLinks(parseFeedText(response.body, feed.url), feed.url);
  } catch (error) {
    return recordFailure(feed, error, deps);
  }
  const now = deps.now();
  const title = parsed?.title || feed.title || feed.url;
  const modified = parsed !== undefined;
  // Past this point only the items to brief are referenced: the rest of the feed (every item's
  // text) can be collected while the new ones are briefed.
  const items = parsed ? ordered(parsed.entries, now) : [];
  const keys = items.flatMap((item) => item.identity.keys);
  const dates = items.flatMap((item) => item.identity.keys.map(() => item.entry.publishedAt));
  if (items.length) {
    keys.push(identityMarker);
    dates.push(undefined);
  }
  const unseen = deps.store.unseenKeys(feed.id, keys);
  const fresh = subs.length > unprimed.length ? newItems(items, (key) => !unseen.has(key)) : [];
  const newest = items.at(-1);
  const latest = unprimed.length ? newest : undefined;
  const stored =
    latest && !fresh.includes(latest) ? deps.samples?.find(deps.store, feed.id, latest) : undefined;
  const toBuild = latest && !fresh.includes(latest) && !stored ? [...fresh, latest] : fresh;
  const built: { item: Item; story: BuiltStory }[] = [];
  for (const item of toBuild) {
    const { article, brief } = await buildStory(item.entry, title, deps.story);
    const { entry, keys, at } = item;
    built.push({ item, story: { id: 0, entry, keys, publishedAt: at, article, brief } });
  }
  const newestStory = built.find(({ item }) => item === newest)?.story;
  recordRound(
    feed,
    stored && latest ? [...built, { item: latest, story: stored }] : built,
    { subs, fresh, latest, keys, dates, title, now, modified, validators },
    deps,
  );
  if (newestStory) deps.samples?.remember(feed.id, newestStory);
  return { ok: true, newStories: fresh.length };
}

interface Round {
  subs: SubscriptionRow[];
  fresh: Item[];
  latest: Item | undefined;
  keys: string[];
  dates: (number | undefined)[];
  title: string;
  now: number;
  modified: boolean;
  validators: { etag?: string; lastModified?: string };
}

/** Stores the briefed stories and what each subscription gets, in one transaction (the outbox). */
function recordRound(
  feed: FeedRow,
  built: readonly { item: Item; story: BuiltStory }[],
  round: Round,
  deps: PollDeps,
): void {
  const { subs, fresh, latest, keys, dates, title, now, modified, validators } = round;
  deps.store.transaction(() => {
    const stories = new Map<Item, BuiltStory>();
    for (const { item, story } of built) {
      stories.set(item, story);
      if (story.id) continue;
      story.id = deps.store.addStory({
        feedId: feed.id,
        title: story.entry.title,
        ...(story.entry.url ? { url: story.entry.url } : {}),
        publishedAt: story.publishedAt,
        keys: story.keys,
      });
      deps.store.setStoryContent(story.id, story.article, story.brief);
    }
    deps.store.rememberKeys(feed.id, keys, now, dates);
    const options = { feedTitle: title, now, floodCap: deps.floodCap, maxAgeMs: deps.maxAgeMs };
    // Built once a round, not per channel: the spread is cheap at this rate.
    const sampleOptions = { ...options, sample: true };
    const freshStories = fresh.flatMap((item) => stories.get(item) ?? []);
    // Read again: a channel that unsubscribed while the feed was fetched gets nothing.
    const polledFor = new Set(subs.map((sub) => sub.id));
    const current = deps.store.subscriptionsOfFeed(feed.id).filter((s) => polledFor.has(s.id));
    for (const sub of current) {
      if (sub.primed) fanOut(deps.store, sub, freshStories, options);
      else {
        const sample = latest && stories.get(latest);
        if (sample) fanOut(deps.store, sub, [sample], sampleOptions);
        deps.store.setPrimed(sub.id);
      }
    }
    deps.store.updateFeed(feed.id, {
      title,
      ...(modified ? validators : {}),
      failures: 0,
      paused: false,
      lastPolledAt: now,
      lastSuccessAt: now,
      nextPollAt: nextPollAfterSuccess(feed.intervalS, now, deps.random),
    });
  });
}
