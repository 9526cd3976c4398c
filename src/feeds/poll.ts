import { isNewsbriefError } from '../errors.js';
import type { FeedRow, SubscriptionStore } from '../store/subscription-types.js';
import { type BuiltStory, fanOut } from './fan-out.js';
import { storyKeys } from './normalize.js';
import { parseFeedText } from './parse.js';
import { type ReadDeps, readFeed, withAbsoluteLinks } from './read-feed.js';
import { nextPollAfterFailure, nextPollAfterSuccess } from './schedule.js';
import { buildStory, type StoryDeps } from './story.js';
import type { FeedEntry, ParsedFeed } from './types.js';

export interface PollDeps {
  store: SubscriptionStore;
  read: ReadDeps;
  story: StoryDeps;
  now: () => number;
  random: () => number;
  floodCap: number;
  maxFailures: number;
  maxAgeMs: number;
}

export type PollResult = { ok: true; newStories: number } | { ok: false; error: string };

// A feed that suddenly lists thousands of items is read newest-first up to this many.
const maxEntriesPerPoll = 100;

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

/** Oldest first; an undated item is dated by first sight, and ties keep the feed's own order. */
function dated(entries: FeedEntry[], now: number) {
  return entries
    .slice(0, maxEntriesPerPoll)
    .map((entry, index) => ({ entry, keys: storyKeys(entry), at: entry.publishedAt ?? now, index }))
    .sort((a, b) => a.at - b.at || b.index - a.index);
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
    if (!response.notModified) parsed = withAbsoluteLinks(parseFeedText(response.body), feed.url);
  } catch (error) {
    return recordFailure(feed, error, deps);
  }
  const now = deps.now();
  const title = parsed?.title || feed.title || feed.url;
  const items = parsed ? dated(parsed.entries, now) : [];
  const unseen = deps.store.unseenKeys(
    feed.id,
    items.map((item) => item.keys[0] ?? ''),
  );
  const fresh =
    subs.length > unprimed.length ? items.filter((i) => unseen.has(i.keys[0] ?? '')) : [];
  const latest = unprimed.length ? items.at(-1) : undefined;
  const toBuild = latest && !fresh.includes(latest) ? [...fresh, latest] : fresh;
  const built = new Map<(typeof items)[number], Omit<BuiltStory, 'id'>>();
  for (const item of toBuild) {
    const { article, brief } = await buildStory(item.entry, title, deps.story);
    built.set(item, { entry: item.entry, keys: item.keys, publishedAt: item.at, article, brief });
  }
  deps.store.transaction(() => {
    const stories = new Map<(typeof items)[number], BuiltStory>();
    for (const [item, story] of built) {
      const id = deps.store.addStory({
        feedId: feed.id,
        title: story.entry.title,
        ...(story.entry.url ? { url: story.entry.url } : {}),
        publishedAt: story.publishedAt,
        keys: story.keys,
      });
      deps.store.setStoryContent(id, story.article, story.brief);
      stories.set(item, { id, ...story });
    }
    deps.store.rememberKeys(
      feed.id,
      items.map((item) => item.keys[0] ?? ''),
      now,
    );
    const options = { feedTitle: title, now, floodCap: deps.floodCap, maxAgeMs: deps.maxAgeMs };
    const freshStories = fresh.flatMap((item) => stories.get(item) ?? []);
    // Read again: a channel that unsubscribed while the feed was fetched gets nothing.
    const polledFor = new Set(subs.map((sub) => sub.id));
    const current = deps.store.subscriptionsOfFeed(feed.id).filter((s) => polledFor.has(s.id));
    for (const sub of current) {
      if (sub.primed) fanOut(deps.store, sub, freshStories, options);
      else {
        const sample = latest && stories.get(latest);
        if (sample) fanOut(deps.store, sub, [sample], { ...options, sample: true });
        deps.store.setPrimed(sub.id);
      }
    }
    deps.store.updateFeed(feed.id, {
      title,
      ...(parsed ? validators : {}),
      failures: 0,
      paused: false,
      lastPolledAt: now,
      lastSuccessAt: now,
      nextPollAt: nextPollAfterSuccess(feed.intervalS, now, deps.random),
    });
  });
  return { ok: true, newStories: fresh.length };
}
