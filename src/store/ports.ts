import type { Article } from '../article/types.js';
import type { Undelivered } from '../feeds/types.js';
import type { Brief } from '../summarize/types.js';
import type {
  DeliveryState,
  FeedPatch,
  FeedRow,
  NewDelivery,
  NewStory,
  NewSubscription,
  OutboxRow,
  PendingEdit,
  PruneOptions,
  PruneReport,
  SubscriptionRow,
} from './subscription-types.js';
import type { ChannelRef } from './types.js';

// One small port per concern. Channels are passed as ChannelRef: how a channel is keyed in a
// table is the store's business. The same contract suite (test/store/contract.ts) runs against
// every implementation.

/** Feeds and their polling health. */
export interface FeedPort {
  feedByUrl(url: string): FeedRow | undefined;
  getFeed(id: number): FeedRow | undefined;
  addFeed(url: string, intervalS: number, nextPollAt: number): FeedRow;
  updateFeed(id: number, patch: FeedPatch): void;
  /** Feeds with subscribers, not paused, due by `now`, soonest first. */
  dueFeeds(now: number, limit: number): FeedRow[];
  /**
   * Claims up to `limit` due feeds for one poller: each is pushed `leaseMs` into the future, so
   * another process does not poll it too; the poll then sets its real next time. A poller that
   * died leaves its feeds due again once the lease ran out. Soonest due first.
   */
  claimDueFeeds(now: number, limit: number, leaseMs: number): FeedRow[];
  /** Drops a feed nobody subscribes to any more, with what it remembered. */
  removeFeedIfUnused(id: number): void;
}

/** Which channel follows which feed, and how. */
export interface SubscriptionPort {
  upsertSubscription(subscription: NewSubscription): SubscriptionRow;
  /** Also skips the channel's posts of that feed not out yet. */
  removeSubscription(channel: ChannelRef, feedId: number): boolean;
  subscriptionsOfChannel(channel: ChannelRef): SubscriptionRow[];
  subscriptionsOfFeed(feedId: number): SubscriptionRow[];
  dailySubscriptions(): SubscriptionRow[];
  /** Subscriptions of the channel itself, or of its whole workspace (server, team). */
  countSubscriptions(channel: ChannelRef, scope: 'channel' | 'workspace'): number;
  setPrimed(subscriptionId: number): void;
  setLastDigest(subscriptionId: number, at: number): void;
}

/** The items each feed has shown, and the stories made of the new ones. */
export interface StoryPort {
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
}

/** What reached each channel, or did not and why; group (overflow, digest) posts. */
export interface DeliveryPort {
  /** The delivery that already claimed one of these story keys in the channel, if any. */
  channelClaim(
    channel: ChannelRef,
    keys: readonly string[],
  ): { id: number; state: DeliveryState } | undefined;
  /** Inserts a delivery (and its claims); undefined when its idempotency key exists already. */
  record(delivery: NewDelivery): number | undefined;
  /** Stories waiting for these subscriptions' digest, oldest first. */
  queuedForDigest(subscriptionIds: readonly number[]): OutboxRow[];
  setGroup(ids: readonly number[], groupId: number): void;
  /** Story ids carried by a digest or overflow post. */
  groupedStories(groupId: number): number[];
  undelivered(channel: ChannelRef, limit: number): Undelivered[];
}

/** Posts on their way to a platform: claimed under a lease, so a crashed sender's post is due again. */
export interface OutboxPort {
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
  /** Posts waiting to go out (pending or sending) and when the oldest of them was recorded. */
  outboxDepth(): { depth: number; oldestCreatedAt?: number };
}

/** Posted messages re-rendered when another feed reports the same story. */
export interface EditPort {
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
}

/** Forgetting what nothing needs any more. */
export interface RetentionPort {
  /**
   * Deletes one batch of rows nothing needs any more: handled events, feed items long gone and
   * too old to be posted again, settled deliveries and the stories only they referred to.
   * Story claims of a channel are kept, so a copy arriving later is still a duplicate.
   */
  prune(options: PruneOptions): PruneReport;
}
