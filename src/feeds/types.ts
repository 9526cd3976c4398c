import type { ChannelRef } from '../store/types.js';
import type { Brief } from '../summarize/types.js';

/** One entry of a feed, whatever its format. */
export interface FeedEntry {
  guid?: string;
  title: string;
  url?: string;
  /** The item's body (or its summary when it has no body) as HTML, '' when the feed gives none. */
  content: string;
  /** The item's own summary as HTML, when it gives one besides its body. */
  summary?: string;
  /** Epoch ms, when the feed dates the item. */
  publishedAt?: number;
}

export interface ParsedFeed {
  title: string;
  format: 'rss' | 'rdf' | 'atom' | 'json';
  entries: FeedEntry[];
}

/** A story posted on its own: the brief plus where it came from. */
export interface StoryPost {
  kind: 'story';
  brief: Brief;
  articleId: string;
  title: string;
  url?: string;
  feedTitle: string;
  /** ISO date. */
  publishedAt: string;
  /** Other feeds of the channel that carried the same story. */
  alsoReportedBy: string[];
}

/** One story listed inside an overflow or digest post. */
export interface GroupEntry {
  title: string;
  url?: string;
  /** Other feeds of the channel that carried the same story; absent when none did. */
  alsoReportedBy?: string[];
}

/** The stories past a poll's flood cap, as one message of links. */
export interface OverflowPost {
  kind: 'overflow';
  feedTitle: string;
  stories: GroupEntry[];
}

/** A daily digest: the day's stories, each with its one-line lede and link. */
export interface DigestPost {
  kind: 'digest';
  /** Local date of the digest, e.g. 2026-03-29. */
  date: string;
  timezone: string;
  stories: (GroupEntry & { lede: string; feedTitle: string })[];
}

export type Post = StoryPost | OverflowPost | DigestPost;

/** Where posts go: one per platform. */
export interface Destination {
  platform: ChannelRef['platform'];
  /**
   * Posts and resolves once the platform confirmed. The key is the same on every retry of one
   * post, so a platform that supports idempotency (Discord's enforced nonce) drops a repeat.
   * Throws DestinationError (retryAfterMs for a rate limit, permanent for a refusal).
   */
  send(
    channel: ChannelRef,
    post: Post,
    options: { idempotencyKey: string },
  ): Promise<{ messageId: string }>;
  /**
   * Re-renders a message this destination posted, e.g. to add an "also reported by" line.
   * Optional: a platform that cannot edit leaves the post as it was.
   */
  edit?(channel: ChannelRef, messageId: string, post: Post): Promise<void>;
  /**
   * The message this destination already posted with this idempotency key since `sinceMs`
   * (epoch ms), if any. For a platform that cannot drop a repeated key itself (Slack): a post
   * a crash left "sending" may be out already. Optional; a throw means "cannot tell" and the
   * post is sent again, so a failed lookup never loses a post.
   */
  findSent?(
    channel: ChannelRef,
    idempotencyKey: string,
    sinceMs: number,
  ): Promise<{ messageId: string } | undefined>;
}

/** A platform's refusal or rate limit, as the outbox needs to see it. */
export class DestinationError extends Error {
  override readonly name = 'DestinationError';
  readonly retryAfterMs: number | undefined;
  /** True when retrying cannot help (unknown channel, missing permission). */
  readonly permanent: boolean;
  constructor(
    message: string,
    options: { retryAfterMs?: number; permanent?: boolean; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.retryAfterMs = options.retryAfterMs;
    this.permanent = options.permanent ?? false;
  }
}

export type SubscriptionMode = 'instant' | 'daily';

export interface SubscribeInput {
  feed: string;
  /** Words, comma or space separated; a leading "-" excludes, e.g. "ukraine, -football". */
  keywords?: string;
  mode?: SubscriptionMode;
  /** HH:MM local time of the daily digest. */
  time?: string;
  /** IANA zone of the daily digest, e.g. Europe/London. */
  timezone?: string;
}

/** A feed's health as `/subscriptions` shows it. */
export interface FeedHealth {
  lastSuccessAt?: number;
  lastErrorAt?: number;
  lastError?: string;
  failures: number;
  paused: boolean;
  nextPollAt: number;
}

export interface SubscriptionView {
  id: number;
  feedId: number;
  feedUrl: string;
  feedTitle: string;
  mode: SubscriptionMode;
  digestTime?: string;
  timezone?: string;
  include: string[];
  exclude: string[];
  health: FeedHealth;
}

/** A story a channel did not get, and why. */
export interface Undelivered {
  title: string;
  url?: string;
  state: 'skipped' | 'failed';
  reason: string;
  at: number;
}
