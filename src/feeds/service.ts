import type { Config } from '../config.js';
import type { Engine } from '../engine.js';
import { NewsbriefError } from '../errors.js';
import { channelKey } from '../store/sqlite.js';
import type { FeedRow, SubscriptionStore } from '../store/subscription-types.js';
import type { ArticleStore, ChannelRef } from '../store/types.js';
import { queueDueDigests } from './digest.js';
import { createHostLimit } from './host-limit.js';
import { feedsFromOpml, toOpml } from './opml.js';
import { createOutbox } from './outbox.js';
import { type PollDeps, type PollResult, pollFeed } from './poll.js';
import { pruneIfDue } from './retention.js';
import { createSamples } from './samples.js';
import { createSubscribe, findSubscription, toView } from './subscribe.js';
import type { Destination, SubscribeInput, SubscriptionView, Undelivered } from './types.js';

export interface SubscriptionsLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface SubscriptionsDeps {
  store: SubscriptionStore;
  articles: ArticleStore;
  engine: Pick<Engine, 'brief' | 'fetcher'>;
  config: Config;
  destinations?: readonly Destination[];
  /** Epoch ms; tests pass a clock they move. */
  clock?: () => number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Folders local feed files may come from, for console channels only (e.g. content/). */
  localRoots?: readonly string[];
  log?: SubscriptionsLog;
  /** Test hooks: after a poll recorded its posts, and after the platform confirmed one. */
  hooks?: { afterRecord?: () => void; afterSend?: () => void };
  /** How often start() looks for due feeds, digests and posts. */
  tickMs?: number;
  /** Feeds polled at once (each host still limited by NEWSBRIEF_FEED_HOST_CONCURRENCY). */
  pollConcurrency?: number;
}

export interface PollReport {
  polled: number;
  failed: number;
  newStories: number;
  digests: number;
  handled: number;
}

/** How long a claimed feed is left to its poller before another process may poll it. */
const feedLeaseMs = 60_000;

const quiet: SubscriptionsLog = { info() {}, warn() {}, error() {} };

/** The subscription service: subscribe, poll, dedupe, deliver through the outbox, digests. */
export function createSubscriptions(deps: SubscriptionsDeps) {
  const { store, config } = deps;
  const now = deps.clock ?? (() => Date.now());
  const log = deps.log ?? quiet;
  const localRoots = deps.localRoots ?? [];
  const destinations: Destination[] = [...(deps.destinations ?? [])];
  const samples = createSamples();
  const pollDeps: PollDeps = {
    store,
    samples,
    now,
    random: deps.random ?? Math.random,
    floodCap: config.NEWSBRIEF_FEED_FLOOD_CAP,
    maxFailures: config.NEWSBRIEF_FEED_MAX_FAILURES,
    maxAgeMs: config.NEWSBRIEF_FEED_MAX_AGE_DAYS * 86_400_000,
    read: {
      fetcher: deps.engine.fetcher,
      withHost: createHostLimit(config.NEWSBRIEF_FEED_HOST_CONCURRENCY),
      localRoots,
      maxBytes: config.NEWSBRIEF_MAX_BYTES,
    },
    story: { engine: deps.engine, localRoots, maxBytes: config.NEWSBRIEF_MAX_BYTES },
  };
  const outbox = createOutbox({
    store,
    articles: deps.articles,
    destinations,
    now,
    sleep: deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    log,
    concurrency: 16,
    maxAttempts: 5,
    ...(deps.hooks?.afterSend ? { afterSend: deps.hooks.afterSend } : {}),
  });

  // One poll of a feed at a time: a subscribe and the timer may both want it.
  const inFlight = new Map<number, Promise<PollResult>>();
  async function poll(feed: FeedRow): Promise<PollResult> {
    const previous = inFlight.get(feed.id);
    if (previous) await previous;
    const current = pollFeed(store.getFeed(feed.id) ?? feed, pollDeps);
    inFlight.set(feed.id, current);
    try {
      const result = await current;
      deps.hooks?.afterRecord?.();
      return result;
    } finally {
      if (inFlight.get(feed.id) === current) inFlight.delete(feed.id);
    }
  }

  const flush = () =>
    outbox.flush().catch((error: unknown) => {
      log.error({ err: error }, 'delivering posts failed');
      return 0;
    });

  const subscribe = createSubscribe({ store, config, now, localRoots, poll, flush });

  /** Polls the due feeds and queues due digests; sending is left to the outbox. */
  async function pollDue(): Promise<PollReport> {
    const report: PollReport = { polled: 0, failed: 0, newStories: 0, digests: 0, handled: 0 };
    // Claimed one at a time as a poller frees up, not read all at once: processes sharing a
    // PostgreSQL store poll different feeds, and one that dies holds few of them.
    const claim = () => store.claimDueFeeds(now(), 1, feedLeaseMs)[0];
    const poller = async () => {
      for (let feed = claim(); feed; feed = claim()) {
        const current = feed;
        const result = await poll(current).catch((error: unknown) => {
          log.error({ err: error, feed: current.url }, 'feed poll crashed');
          return { ok: false, error: String(error) } as const;
        });
        report.polled++;
        if (result.ok) report.newStories += result.newStories;
        else {
          report.failed++;
          log.warn({ feed: current.url, error: result.error }, 'feed poll failed');
        }
      }
    };
    await Promise.all(Array.from({ length: deps.pollConcurrency ?? 8 }, poller));
    report.digests = queueDueDigests(store, now());
    pruneIfDue(store, now(), pollDeps.maxAgeMs);
    return report;
  }

  /** One full round, awaited to the end: polls, digests and every post due. */
  async function pollOnce(): Promise<PollReport> {
    const report = await pollDue();
    report.handled = await flush();
    return report;
  }

  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<unknown> | undefined;
  let stopped = true;
  // The outbox drains on its own, so a channel waiting out a rate limit does not stall polling.
  const tick = () => {
    ticking = pollDue()
      .then(() => void flush())
      .catch((error: unknown) => log.error({ err: error }, 'subscription tick failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, deps.tickMs ?? 1000);
      });
  };

  return {
    subscribe: (channel: ChannelRef, input: SubscribeInput) => subscribe(channel, input),
    async unsubscribe(channel: ChannelRef, feed: string): Promise<SubscriptionView | undefined> {
      const found = findSubscription(store, channel, feed, localRoots);
      if (!found) return undefined;
      store.removeSubscription(channel, found.feedId);
      store.removeFeedIfUnused(found.feedId);
      samples.forget(found.feedId);
      return found;
    },
    list: (channel: ChannelRef): SubscriptionView[] =>
      store.subscriptionsOfChannel(channel).flatMap((sub) => {
        const feed = store.getFeed(sub.feedId);
        return feed ? [toView(sub, feed)] : [];
      }),
    undelivered: (channel: ChannelRef, limit = 10): Undelivered[] =>
      store.undelivered(channel, limit),
    exportOpml(channel: ChannelRef): string {
      const feeds = store
        .subscriptionsOfChannel(channel)
        .flatMap((sub) => store.getFeed(sub.feedId) ?? []);
      return toOpml(`newsbrief subscriptions of ${channelKey(channel)}`, feeds);
    },
    async importOpml(channel: ChannelRef, opml: string) {
      const added: string[] = [];
      const failed: { url: string; reason: string }[] = [];
      for (const url of feedsFromOpml(opml)) {
        try {
          added.push((await subscribe(channel, { feed: url })).subscription.feedUrl);
        } catch (error) {
          if (!(error instanceof NewsbriefError)) throw error;
          failed.push({ url, reason: error.message });
        }
      }
      return { added, failed };
    },
    addDestination(destination: Destination): void {
      const index = destinations.findIndex((d) => d.platform === destination.platform);
      if (index >= 0) destinations.splice(index, 1);
      destinations.push(destination);
    },
    pollOnce,
    start(): void {
      if (!stopped) return;
      stopped = false;
      tick();
    },
    async stop(): Promise<void> {
      stopped = true;
      clearTimeout(timer);
      await ticking;
    },
  };
}

export type Subscriptions = ReturnType<typeof createSubscriptions>;
