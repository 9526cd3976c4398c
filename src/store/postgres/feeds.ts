import type { Article } from '../../article/types.js';
import type { FeedPort, StoryPort, SubscriptionPort } from '../ports.js';
import { channelKey, feedColumns, toFeed, toSubscription, workspaceKey } from '../rows.js';
import type { PgSyncClient } from './sync-client.js';

/** Feeds, subscriptions and stories on PostgreSQL; the SQL twin of src/store/sqlite-feeds.ts. */
export function createPgFeedPart(pg: PgSyncClient): FeedPort & SubscriptionPort & StoryPort {
  const one = (sql: string, params: readonly unknown[]) => pg.query(sql, params).rows[0];
  const all = (sql: string, params: readonly unknown[] = []) => pg.query(sql, params).rows;
  const feed = (sql: string, params: readonly unknown[]) => {
    const row = one(sql, params);
    return row && toFeed(row);
  };

  return {
    feedByUrl: (url) => feed('SELECT * FROM feeds WHERE url = $1', [url]),
    getFeed: (id) => feed('SELECT * FROM feeds WHERE id = $1', [id]),
    addFeed(url, intervalS, nextPollAt) {
      const row = one(
        'INSERT INTO feeds (url, interval_s, next_poll_at) VALUES ($1, $2, $3) RETURNING *',
        [url, intervalS, nextPollAt],
      );
      if (!row) throw new Error(`adding the feed ${url} returned no row`);
      return toFeed(row);
    },
    updateFeed(id, patch) {
      const sets: string[] = [];
      const values: unknown[] = [];
      for (const [key, value] of Object.entries(patch)) {
        const column = feedColumns[key];
        if (!column) continue;
        values.push(typeof value === 'boolean' ? Number(value) : (value ?? null));
        sets.push(`${column} = $${values.length}`);
      }
      if (!sets.length) return;
      pg.query(`UPDATE feeds SET ${sets.join(', ')} WHERE id = $${values.length + 1}`, [
        ...values,
        id,
      ]);
    },
    dueFeeds: (now, limit) =>
      all(
        `SELECT * FROM feeds f WHERE paused = 0 AND next_poll_at <= $1
           AND EXISTS (SELECT 1 FROM subscriptions s WHERE s.feed_id = f.id)
         ORDER BY next_poll_at LIMIT $2`,
        [now, limit],
      ).map(toFeed),
    claimDueFeeds: (now, limit, leaseMs) =>
      // SKIP LOCKED: feeds another process is claiming right now are left to it.
      all(
        `WITH due AS (SELECT f.id, f.next_poll_at FROM feeds f WHERE paused = 0 AND next_poll_at <= $1
             AND EXISTS (SELECT 1 FROM subscriptions s WHERE s.feed_id = f.id)
           ORDER BY next_poll_at LIMIT $2 FOR UPDATE SKIP LOCKED),
         claimed AS (UPDATE feeds SET next_poll_at = $1::bigint + $3::bigint FROM due
           WHERE feeds.id = due.id RETURNING feeds.*, due.next_poll_at AS due_at)
         SELECT * FROM claimed ORDER BY due_at, id`,
        [now, limit, leaseMs],
      ).map(toFeed),
    removeFeedIfUnused(id) {
      pg.transaction(() => {
        // Locks the feed row first, so a subscribe racing this one either comes before or
        // finds the feed gone.
        if (!one('SELECT 1 FROM feeds WHERE id = $1 FOR UPDATE', [id])) return;
        if (one('SELECT 1 FROM subscriptions WHERE feed_id = $1 LIMIT 1', [id])) return;
        pg.query('DELETE FROM feed_items WHERE feed_id = $1', [id]);
        pg.query(
          'UPDATE deliveries SET story_id = NULL WHERE story_id IN (SELECT id FROM stories WHERE feed_id = $1)',
          [id],
        );
        pg.query('DELETE FROM stories WHERE feed_id = $1', [id]);
        pg.query('DELETE FROM feeds WHERE id = $1', [id]);
      });
    },
    upsertSubscription(s) {
      const row = one(
        `INSERT INTO subscriptions (channel_key, workspace_key, channel_json, feed_id, include_words,
           exclude_words, mode, digest_time, timezone, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (channel_key, feed_id) DO UPDATE SET include_words = excluded.include_words,
           exclude_words = excluded.exclude_words, mode = excluded.mode,
           digest_time = excluded.digest_time, timezone = excluded.timezone
         RETURNING *`,
        [
          channelKey(s.channel),
          workspaceKey(s.channel),
          JSON.stringify(s.channel),
          s.feedId,
          JSON.stringify(s.include),
          JSON.stringify(s.exclude),
          s.mode,
          s.digestTime ?? null,
          s.timezone ?? null,
          s.createdAt,
        ],
      );
      if (!row) throw new Error('saving the subscription returned no row');
      return toSubscription(row);
    },
    removeSubscription: (channel, feedId) =>
      pg.transaction(() => {
        const removed = one(
          'DELETE FROM subscriptions WHERE channel_key = $1 AND feed_id = $2 RETURNING id',
          [channelKey(channel), feedId],
        );
        // Posts not out yet when a channel unsubscribes are not sent, and say why.
        if (removed)
          pg.query(
            `UPDATE deliveries SET state = 'skipped', reason = 'unsubscribed before it was posted'
             WHERE subscription_id = $1 AND state IN ('pending', 'queued')`,
            [removed.id],
          );
        return removed !== undefined;
      }),
    subscriptionsOfChannel: (channel) =>
      all('SELECT * FROM subscriptions WHERE channel_key = $1 ORDER BY id', [
        channelKey(channel),
      ]).map(toSubscription),
    subscriptionsOfFeed: (feedId) =>
      all('SELECT * FROM subscriptions WHERE feed_id = $1 ORDER BY id', [feedId]).map(
        toSubscription,
      ),
    dailySubscriptions: () =>
      all("SELECT * FROM subscriptions WHERE mode = 'daily' ORDER BY id").map(toSubscription),
    countSubscriptions: (channel, scope) =>
      Number(
        (scope === 'channel'
          ? one('SELECT count(*) AS n FROM subscriptions WHERE channel_key = $1', [
              channelKey(channel),
            ])
          : one('SELECT count(*) AS n FROM subscriptions WHERE workspace_key = $1', [
              workspaceKey(channel),
            ])
        )?.n ?? 0,
      ),
    setPrimed: (id) => void pg.query('UPDATE subscriptions SET primed = 1 WHERE id = $1', [id]),
    setLastDigest: (id, at) =>
      void pg.query('UPDATE subscriptions SET last_digest_at = $1 WHERE id = $2', [at, id]),
    unseenKeys(feedId, keys) {
      if (!keys.length) return new Set();
      const seen = all('SELECT key FROM feed_items WHERE feed_id = $1 AND key = ANY($2)', [
        feedId,
        keys,
      ]).map((row) => row.key as string);
      return new Set(keys.filter((key) => !seen.includes(key)));
    },
    rememberKeys(feedId, keys, now, publishedAt = []) {
      if (!keys.length) return;
      // One row per key (the last date wins, as on SQLite): one statement may not update a row twice.
      const dates = new Map(keys.map((key, i) => [key, publishedAt[i] ?? null]));
      // last_seen_at moves in steps of an hour, so a poll of an unchanged feed writes nothing.
      pg.query(
        `INSERT INTO feed_items (feed_id, key, first_seen_at, last_seen_at, published_at)
         SELECT $1, k.key, $3, $3, k.published_at
         FROM unnest($2::text[], $4::bigint[]) AS k(key, published_at)
         ON CONFLICT (feed_id, key) DO UPDATE
           SET last_seen_at = greatest(coalesce(feed_items.last_seen_at, 0), excluded.last_seen_at),
             published_at = excluded.published_at
         WHERE coalesce(feed_items.last_seen_at, 0) < excluded.last_seen_at - 3600000
           OR feed_items.published_at IS DISTINCT FROM excluded.published_at`,
        [feedId, [...dates.keys()], now, [...dates.values()]],
      );
      pg.query('UPDATE feeds SET items_read_at = $1 WHERE id = $2', [now, feedId]);
    },
    addStory(s) {
      const row = one(
        'INSERT INTO stories (feed_id, title, url, published_at, keys_json) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [s.feedId, s.title, s.url ?? null, s.publishedAt, JSON.stringify(s.keys)],
      );
      return Number(row?.id);
    },
    setStoryContent: (id, article, brief) =>
      void pg.query('UPDATE stories SET article_json = $1, brief_json = $2 WHERE id = $3', [
        JSON.stringify(article),
        JSON.stringify(brief),
        id,
      ]),
    storyArticle(id) {
      const json = one('SELECT article_json FROM stories WHERE id = $1', [id])?.article_json;
      return typeof json === 'string' ? (JSON.parse(json) as Article) : undefined;
    },
  };
}
