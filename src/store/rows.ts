import type { Post } from '../feeds/types.js';
import type { DeliveryState, FeedRow, OutboxRow, SubscriptionRow } from './subscription-types.js';
import type { ChannelRef } from './types.js';

// Both stores share one column layout (src/store/migrations.ts, src/store/postgres/schema.ts),
// so a row reads the same from either.

export type Row = Record<string, unknown>;
export const opt = <T>(value: unknown): T | undefined =>
  value === null ? undefined : (value as T);

export function channelKey(channel: ChannelRef): string {
  return `${channel.platform}:${channel.workspaceId ?? ''}:${channel.channelId}`;
}

export function workspaceKey(channel: ChannelRef): string {
  return channel.workspaceId ? `${channel.platform}:${channel.workspaceId}` : channelKey(channel);
}

/** FeedPatch fields and their columns. */
export const feedColumns: Record<string, string> = {
  title: 'title',
  etag: 'etag',
  lastModified: 'last_modified',
  intervalS: 'interval_s',
  nextPollAt: 'next_poll_at',
  failures: 'failures',
  paused: 'paused',
  lastPolledAt: 'last_polled_at',
  lastSuccessAt: 'last_success_at',
  lastErrorAt: 'last_error_at',
  lastError: 'last_error',
};

export function toFeed(row: Row): FeedRow {
  return {
    id: row.id as number,
    url: row.url as string,
    title: row.title as string,
    etag: opt(row.etag),
    lastModified: opt(row.last_modified),
    intervalS: row.interval_s as number,
    nextPollAt: row.next_poll_at as number,
    failures: row.failures as number,
    paused: row.paused === 1,
    lastPolledAt: opt(row.last_polled_at),
    lastSuccessAt: opt(row.last_success_at),
    lastErrorAt: opt(row.last_error_at),
    lastError: opt(row.last_error),
  };
}

export function toSubscription(row: Row): SubscriptionRow {
  return {
    id: row.id as number,
    channel: JSON.parse(row.channel_json as string) as ChannelRef,
    channelKey: row.channel_key as string,
    feedId: row.feed_id as number,
    include: JSON.parse(row.include_words as string) as string[],
    exclude: JSON.parse(row.exclude_words as string) as string[],
    mode: row.mode as SubscriptionRow['mode'],
    digestTime: opt(row.digest_time),
    timezone: opt(row.timezone),
    primed: row.primed === 1,
    lastDigestAt: opt(row.last_digest_at),
    createdAt: row.created_at as number,
  };
}

export function toOutbox(row: Row): OutboxRow {
  return {
    id: row.id as number,
    channel: JSON.parse(row.channel_json as string) as ChannelRef,
    channelKey: row.channel_key as string,
    subscriptionId: (row.subscription_id as number | null) ?? undefined,
    storyId: (row.story_id as number | null) ?? undefined,
    state: row.state as DeliveryState,
    payload: JSON.parse(row.payload as string) as Post,
    idempotencyKey: row.idempotency_key as string,
    attempts: row.attempts as number,
    createdAt: row.created_at as number,
  };
}
