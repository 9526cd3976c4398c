import { IANAZone } from 'luxon';
import type { Config } from '../config.js';
import { NewsbriefError } from '../errors.js';
import type { FeedRow, SubscriptionRow, SubscriptionStore } from '../store/subscription-types.js';
import type { ChannelRef } from '../store/types.js';
import { parseKeywords } from './filters.js';
import type { PollResult } from './poll.js';
import { isWebUrl, localPath } from './read-feed.js';
import type { SubscribeInput, SubscriptionView } from './types.js';

export interface SubscribeDeps {
  store: SubscriptionStore;
  config: Config;
  now: () => number;
  localRoots: readonly string[];
  poll: (feed: FeedRow) => Promise<PollResult>;
  flush: () => Promise<number>;
}

export function toView(sub: SubscriptionRow, feed: FeedRow): SubscriptionView {
  return {
    id: sub.id,
    feedId: feed.id,
    feedUrl: feed.url,
    feedTitle: feed.title || feed.url,
    mode: sub.mode,
    ...(sub.digestTime ? { digestTime: sub.digestTime } : {}),
    ...(sub.timezone ? { timezone: sub.timezone } : {}),
    include: sub.include,
    exclude: sub.exclude,
    health: {
      failures: feed.failures,
      paused: feed.paused,
      nextPollAt: feed.nextPollAt,
      ...(feed.lastSuccessAt ? { lastSuccessAt: feed.lastSuccessAt } : {}),
      ...(feed.lastErrorAt ? { lastErrorAt: feed.lastErrorAt } : {}),
      ...(feed.lastError ? { lastError: feed.lastError } : {}),
    },
  };
}

/** Where a feed lives: an http(s) URL, or (console only) a file under a local root. */
export function feedLocation(
  channel: ChannelRef,
  feed: string,
  localRoots: readonly string[],
): string {
  const trimmed = feed.trim().replace(/^<(.*)>$/, '$1');
  if (isWebUrl(trimmed)) {
    if (!URL.canParse(trimmed))
      throw new NewsbriefError('bad_input', 'That feed link is not valid.');
    return new URL(trimmed).toString();
  }
  const path = channel.platform === 'console' ? localPath(trimmed, localRoots) : undefined;
  if (path) return path;
  throw new NewsbriefError(
    'bad_input',
    'A feed is an http(s) link to an RSS, Atom or JSON feed, e.g. https://example.org/feed.xml.',
  );
}

/** The channel's subscription named by feed link, title or its number in /subscriptions. */
export function findSubscription(
  store: SubscriptionStore,
  channel: ChannelRef,
  feed: string,
  localRoots: readonly string[],
): SubscriptionView | undefined {
  const views = store.subscriptionsOfChannel(channel).flatMap((sub) => {
    const row = store.getFeed(sub.feedId);
    return row ? [toView(sub, row)] : [];
  });
  const wanted = feed.trim();
  const index = /^\d+$/.test(wanted) ? Number(wanted) - 1 : -1;
  let location = '';
  try {
    location = feedLocation(channel, wanted, localRoots);
  } catch {
    // Not a link: it may be a title or a number.
  }
  return (
    views[index] ??
    views.find((view) => view.feedUrl === location || view.feedUrl === wanted) ??
    views.find((view) => view.feedTitle.toLowerCase() === wanted.toLowerCase())
  );
}

function schedule(input: SubscribeInput) {
  const mode = input.mode ?? (input.time || input.timezone ? 'daily' : 'instant');
  if (mode === 'instant') return { mode } as const;
  const time = input.time ?? '08:00';
  if (!/^([01]?\d|2[0-3]):[0-5]\d$/.test(time))
    throw new NewsbriefError(
      'bad_input',
      'The digest time is HH:MM on a 24-hour clock, e.g. 07:30.',
    );
  const timezone = input.timezone ?? 'UTC';
  if (!IANAZone.isValidZone(timezone))
    throw new NewsbriefError(
      'bad_input',
      `"${timezone}" is not a time zone; try e.g. Europe/London.`,
    );
  return { mode, digestTime: time.padStart(5, '0'), timezone } as const;
}

export function createSubscribe(deps: SubscribeDeps) {
  const { store, config } = deps;

  function checkLimits(channel: ChannelRef): void {
    if (
      store.countSubscriptions(channel, 'channel') >= config.NEWSBRIEF_MAX_SUBSCRIPTIONS_PER_CHANNEL
    )
      throw new NewsbriefError(
        'not_allowed',
        `This channel already follows ${config.NEWSBRIEF_MAX_SUBSCRIPTIONS_PER_CHANNEL} feeds, the most allowed. /unsubscribe one first.`,
      );
    if (
      store.countSubscriptions(channel, 'workspace') >=
      config.NEWSBRIEF_MAX_SUBSCRIPTIONS_PER_WORKSPACE
    )
      throw new NewsbriefError(
        'not_allowed',
        `This workspace already has ${config.NEWSBRIEF_MAX_SUBSCRIPTIONS_PER_WORKSPACE} subscriptions, the most allowed.`,
      );
  }

  /** Subscribes (or updates a subscription), polls the feed at once and queues its one sample. */
  return async function subscribe(channel: ChannelRef, input: SubscribeInput) {
    const url = feedLocation(channel, input.feed, deps.localRoots);
    const plan = schedule(input);
    const keywords = parseKeywords(input.keywords);
    const existingFeed = store.feedByUrl(url);
    const existing =
      existingFeed &&
      store.subscriptionsOfChannel(channel).find((s) => s.feedId === existingFeed.id);
    if (!existing) checkLimits(channel);
    const feed = existingFeed ?? store.addFeed(url, config.NEWSBRIEF_POLL_SECONDS, deps.now());
    // Subscribing again is how a paused feed is resumed.
    if (feed.paused) store.updateFeed(feed.id, { paused: false, failures: 0 });
    const sub = store.upsertSubscription({
      channel,
      feedId: feed.id,
      ...keywords,
      ...plan,
      createdAt: deps.now(),
    });
    const result = sub.primed ? undefined : await deps.poll(feed);
    if (result && !result.ok) {
      store.removeSubscription(channel, feed.id);
      store.removeFeedIfUnused(feed.id);
      throw new NewsbriefError('feed_unreachable', `I couldn't read that feed (${result.error}).`);
    }
    void deps.flush();
    const row = store.getFeed(feed.id) ?? feed;
    return { subscription: toView(sub, row), created: !existing };
  };
}
