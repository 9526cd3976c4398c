import type { Article } from '../article/types.js';
import type { Post, SubscriptionMode, Undelivered } from '../feeds/types.js';
import type { Brief } from '../summarize/types.js';
import type { ChannelRef } from './types.js';

export interface FeedRow {
  id: number;
  url: string;
  title: string;
  etag?: string;
  lastModified?: string;
  intervalS: number;
  nextPollAt: number;
  failures: number;
  paused: boolean;
  lastPolledAt?: number;
  lastSuccessAt?: number;
  lastErrorAt?: number;
  lastError?: string;
}

export type FeedPatch = Partial<Omit<FeedRow, 'id' | 'url'>>;

export interface NewSubscription {
  channel: ChannelRef;
  feedId: number;
  include: string[];
  exclude: string[];
  mode: SubscriptionMode;
  digestTime?: string;
  timezone?: string;
  createdAt: number;
}

export interface SubscriptionRow extends NewSubscription {
  id: number;
  channelKey: string;
  primed: boolean;
  lastDigestAt?: number;
}

export interface NewStory {
  feedId: number;
  title: string;
  url?: string;
  publishedAt: number;
  keys: string[];
}

/**
 * How a story reached (or did not reach) a channel. `pending` and `sending` are the outbox;
 * `queued` waits for a digest; `grouped` went out inside an overflow or digest post.
 */
export type DeliveryState =
  | 'pending'
  | 'sending'
  | 'sent'
  | 'queued'
  | 'grouped'
  | 'skipped'
  | 'failed';

export interface NewDelivery {
  channel: ChannelRef;
  subscriptionId?: number;
  storyId?: number;
  kind: Post['kind'];
  state: DeliveryState;
  reason?: string;
  payload?: Post;
  idempotencyKey: string;
  /** Story keys this delivery claims in its channel, so later copies are recognised. */
  claims?: string[];
  groupId?: number;
  createdAt: number;
}

export interface OutboxRow {
  id: number;
  channel: ChannelRef;
  channelKey: string;
  subscriptionId?: number;
  storyId?: number;
  state: DeliveryState;
  payload: Post;
  idempotencyKey: string;
  attempts: number;
}

/** A posted story whose message should be re-rendered with its payload. */
export interface PendingEdit {
  id: number;
  channel: ChannelRef;
  messageId: string;
  payload: Post;
}

/** The subscriptions' storage port: SQLite today, another database tomorrow. */
export interface SubscriptionStore {
  transaction<T>(fn: () => T): T;

  feedByUrl(url: string): FeedRow | undefined;
  getFeed(id: number): FeedRow | undefined;
  addFeed(url: string, intervalS: number, nextPollAt: number): FeedRow;
  updateFeed(id: number, patch: FeedPatch): void;
  /** Feeds with subscribers, not paused, due by `now`, soonest first. */
  dueFeeds(now: number, limit: number): FeedRow[];
  /** Drops a feed nobody subscribes to any more, with what it remembered. */
  removeFeedIfUnused(id: number): void;

  upsertSubscription(subscription: NewSubscription): SubscriptionRow;
  removeSubscription(channelKey: string, feedId: number): boolean;
  subscriptionsOfChannel(channelKey: string): SubscriptionRow[];
  subscriptionsOfFeed(feedId: number): SubscriptionRow[];
  dailySubscriptions(): SubscriptionRow[];
  countSubscriptions(scope: { channelKey: string } | { workspaceKey: string }): number;
  setPrimed(subscriptionId: number): void;
  setLastDigest(subscriptionId: number, at: number): void;

  /** The keys among `keys` this feed has not shown before. */
  unseenKeys(feedId: number, keys: readonly string[]): Set<string>;
  rememberKeys(feedId: number, keys: readonly string[], now: number): void;
  addStory(story: NewStory): number;
  setStoryContent(storyId: number, article: Article, brief: Brief): void;
  storyArticle(storyId: number): Article | undefined;

  /** The delivery that already claimed one of these story keys in the channel, if any. */
  channelClaim(
    channelKey: string,
    keys: readonly string[],
  ): { id: number; state: DeliveryState } | undefined;
  /** Inserts a delivery (and its claims); undefined when its idempotency key exists already. */
  record(delivery: NewDelivery): number | undefined;
  /**
   * Adds an "also reported by" source to a story; once it is sending or sent, its message is
   * marked for an edit (dueEdits). False for a story that went out inside a group post.
   */
  addAlsoReported(deliveryId: number, feedTitle: string): boolean;
  /** Posted stories whose message waits for an edit, on the given platforms, oldest first. */
  dueEdits(limit: number, platforms: readonly string[]): PendingEdit[];
  /** The edit was made, or given up: it is not tried again. */
  editDone(deliveryId: number): void;
  /** Posts due by `now` on the given platforms, oldest first. */
  dueOutbox(now: number, limit: number, platforms: readonly string[]): OutboxRow[];
  /**
   * Claims a due post for sending until `leaseUntil`; false when another worker holds it. A
   * post left "sending" by a crash is due again once its lease ran out.
   */
  claimForSending(id: number, now: number, leaseUntil: number): boolean;
  renewLease(id: number, leaseUntil: number): void;
  markSent(id: number, messageId: string, now: number): void;
  markRetry(id: number, nextAttemptAt: number, error: string): void;
  markFailed(id: number, reason: string): void;
  /** Stories waiting for these subscriptions' digest, oldest first. */
  queuedForDigest(subscriptionIds: readonly number[]): OutboxRow[];
  setGroup(ids: readonly number[], groupId: number): void;
  /** Story ids carried by a digest or overflow post. */
  groupedStories(groupId: number): number[];
  undelivered(channelKey: string, limit: number): Undelivered[];
}
