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
  /** When the delivery was recorded (epoch ms): no attempt to send it came earlier. */
  createdAt: number;
}

/** A posted story whose message should be re-rendered with its payload. */
export interface PendingEdit {
  id: number;
  channel: ChannelRef;
  messageId: string;
  payload: Post;
  /** The payload's revision: an outcome is only recorded if no source was added since. */
  revision: number;
  /** Failed tries so far; rate limits do not count. */
  attempts: number;
}

/** What one batch of pruning may delete (epoch ms cutoffs); see SubscriptionStore.prune. */
export interface PruneOptions {
  now: number;
  /** Handled platform events recorded before this. */
  handledBefore: number;
  /** Feed items gone from their feed for this long (measured over successful reads)... */
  absentMs: number;
  /** ...and dated before this, so that if the feed lists one again it is refused as too old. */
  tooOldBefore: number;
  /** Settled deliveries (sent, grouped, skipped, failed) recorded before this. */
  settledBefore: number;
  /** Latest skipped or failed deliveries kept per channel, whatever their age. */
  keepUndelivered: number;
  /** Rows of each kind deleted at most. */
  batch: number;
}

/** Rows deleted by one batch of pruning. */
export interface PruneReport {
  handledEvents: number;
  feedItems: number;
  deliveries: number;
  stories: number;
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
  /**
   * Records that the feed lists these items now (an empty list, as after "not modified",
   * changes nothing), with each item's own date when it has one (parallel to `keys`).
   */
  rememberKeys(
    feedId: number,
    keys: readonly string[],
    now: number,
    publishedAt?: readonly (number | undefined)[],
  ): void;
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
   * Adds an "also reported by" source to a story, or to its entry in the overflow or digest
   * post that carried it; once that message is sending or sent, it is marked for an edit
   * (dueEdits). False for a story that was never posted (skipped, failed).
   */
  addAlsoReported(deliveryId: number, feedTitle: string): boolean;
  /** Posted messages whose edit is due by `now`, on the given platforms, most overdue first. */
  dueEdits(limit: number, platforms: readonly string[], now: number): PendingEdit[];
  /** The edit of this revision was made; a newer revision stays due. */
  editDone(deliveryId: number, revision: number): void;
  /** The edit is tried again at `at`; `counted` is false for a rate limit, never a failure. */
  editRetry(deliveryId: number, at: number, error: string, counted: boolean): void;
  /** The edit of this revision will not be made (logged with its reason); a newer one will. */
  editGiveUp(deliveryId: number, revision: number, reason: string): void;
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
  /**
   * Deletes one batch of rows nothing needs any more: handled events, feed items long gone and
   * too old to be posted again, settled deliveries and the stories only they referred to.
   * Story claims of a channel are kept, so a copy arriving later is still a duplicate.
   */
  prune(options: PruneOptions): PruneReport;
}
