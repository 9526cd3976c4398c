import type { Post, SubscriptionMode } from '../feeds/types.js';
import type {
  DeliveryPort,
  EditPort,
  FeedPort,
  OutboxPort,
  RetentionPort,
  StoryPort,
  SubscriptionPort,
} from './ports.js';
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

/**
 * The subscriptions' storage: one port per concern (src/store/ports.ts), each implemented on
 * SQLite (src/store/sqlite-*.ts) and on PostgreSQL (src/store/postgres/).
 */
export type SubscriptionStore = FeedPort &
  SubscriptionPort &
  StoryPort &
  DeliveryPort &
  OutboxPort &
  EditPort &
  RetentionPort & {
    /** Runs `fn` as one transaction: all of its writes land, or none. */
    transaction<T>(fn: () => T): T;
  };
