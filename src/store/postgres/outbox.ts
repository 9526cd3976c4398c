import type { Undelivered } from '../../feeds/types.js';
import type { DeliveryPort, OutboxPort } from '../ports.js';
import { channelKey, toOutbox } from '../rows.js';
import type { DeliveryState } from '../subscription-types.js';
import type { PgSyncClient } from './sync-client.js';

/** Deliveries and the outbox on PostgreSQL; the SQL twin of src/store/sqlite-outbox.ts. */
export function createPgOutboxPart(pg: PgSyncClient): DeliveryPort & OutboxPort {
  // The payload revision each due row had when handed to the sender, which sends that copy.
  const revisionRead = new Map<number, number>();
  const all = (sql: string, params: readonly unknown[]) => pg.query(sql, params).rows;

  return {
    channelClaim(channel, keys) {
      if (!keys.length) return undefined;
      // Claims outlive the deliveries pruned long after they were settled: still a duplicate.
      // The first of `keys` that is claimed answers, as on SQLite.
      const row = all(
        `SELECT k.delivery_id AS id, coalesce(d.state, 'sent') AS state
         FROM unnest($2::text[]) WITH ORDINALITY AS wanted(key, n)
         JOIN channel_story_keys k ON k.channel_key = $1 AND k.key = wanted.key
         LEFT JOIN deliveries d ON d.id = k.delivery_id
         ORDER BY wanted.n LIMIT 1`,
        [channelKey(channel), keys],
      )[0];
      return row && { id: Number(row.id), state: row.state as DeliveryState };
    },
    record(d) {
      const key = channelKey(d.channel);
      const row = all(
        `INSERT INTO deliveries (channel_key, platform, channel_json, subscription_id, story_id,
           kind, state, reason, payload, idempotency_key, group_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
        [
          key,
          d.channel.platform,
          JSON.stringify(d.channel),
          d.subscriptionId ?? null,
          d.storyId ?? null,
          d.kind,
          d.state,
          d.reason ?? null,
          d.payload ? JSON.stringify(d.payload) : null,
          d.idempotencyKey,
          d.groupId ?? null,
          d.createdAt,
        ],
      )[0];
      if (!row) return undefined;
      const id = Number(row.id);
      if (d.claims?.length)
        pg.query(
          `INSERT INTO channel_story_keys (channel_key, key, delivery_id)
           SELECT $1, key, $3 FROM unnest($2::text[]) AS key ON CONFLICT DO NOTHING`,
          [key, d.claims, id],
        );
      return id;
    },
    dueOutbox(now, limit, platforms) {
      // A channel with a post waiting for its retry, or one another process is sending under
      // its lease, waits as a whole, so posts stay in order and no process spins on them.
      const rows = all(
        `SELECT * FROM deliveries WHERE state IN ('pending', 'sending') AND next_attempt_at <= $1
           AND platform = ANY($3)
           AND channel_key NOT IN (SELECT channel_key FROM deliveries
             WHERE state IN ('pending', 'sending') AND next_attempt_at > $1)
         ORDER BY id LIMIT $2`,
        [now, limit, platforms],
      );
      // Bounded: rows handed out and never claimed (a channel held back) are read again later.
      if (revisionRead.size > 10_000) revisionRead.clear();
      for (const row of rows) revisionRead.set(Number(row.id), Number(row.payload_rev));
      return rows.map(toOutbox);
    },
    claimForSending(id, now, leaseUntil) {
      const read = revisionRead.get(id) ?? Number.MAX_SAFE_INTEGER;
      revisionRead.delete(id);
      // SKIP LOCKED: a row another process is claiming right now is theirs, so skip it rather
      // than wait. A channel's later post is not claimed while an earlier one is unsent, so two
      // processes never post one channel's stories out of order.
      return (
        pg.query(
          `UPDATE deliveries SET state = 'sending', attempts = attempts + 1, next_attempt_at = $3,
             edit_pending = CASE WHEN payload_rev > $4::bigint THEN 1 ELSE edit_pending END
           WHERE id = (SELECT d.id FROM deliveries d
             WHERE d.id = $1 AND d.state IN ('pending', 'sending') AND d.next_attempt_at <= $2
               AND NOT EXISTS (SELECT 1 FROM deliveries e WHERE e.channel_key = d.channel_key
                 AND e.id < d.id AND e.state IN ('pending', 'sending'))
             FOR UPDATE SKIP LOCKED)`,
          [id, now, leaseUntil, read],
        ).rowCount === 1
      );
    },
    renewLease: (id, leaseUntil) =>
      void pg.query('UPDATE deliveries SET next_attempt_at = $1 WHERE id = $2', [leaseUntil, id]),
    markSent: (id, messageId, now) =>
      void pg.query(
        "UPDATE deliveries SET state = 'sent', message_id = $1, sent_at = $2, reason = NULL WHERE id = $3",
        [messageId, now, id],
      ),
    markRetry: (id, at, error) =>
      void pg.query(
        "UPDATE deliveries SET state = 'pending', next_attempt_at = $1, reason = $2 WHERE id = $3",
        [at, error, id],
      ),
    markFailed: (id, reason) =>
      void pg.query("UPDATE deliveries SET state = 'failed', reason = $1 WHERE id = $2", [
        reason,
        id,
      ]),
    outboxDepth() {
      const row = all(
        "SELECT count(*) AS n, min(created_at) AS oldest FROM deliveries WHERE state IN ('pending', 'sending')",
        [],
      )[0];
      const oldest = row?.oldest;
      return {
        depth: Number(row?.n ?? 0),
        ...(oldest === null || oldest === undefined ? {} : { oldestCreatedAt: Number(oldest) }),
      };
    },
    queuedForDigest(ids) {
      if (!ids.length) return [];
      return all(
        "SELECT * FROM deliveries WHERE state = 'queued' AND subscription_id = ANY($1) ORDER BY id",
        [ids],
      ).map(toOutbox);
    },
    setGroup(ids, groupId) {
      if (!ids.length) return;
      pg.query("UPDATE deliveries SET state = 'grouped', group_id = $1 WHERE id = ANY($2)", [
        groupId,
        ids,
      ]);
    },
    groupedStories: (groupId) =>
      all('SELECT story_id FROM deliveries WHERE group_id = $1 ORDER BY id', [groupId]).flatMap(
        (row) => (row.story_id === null ? [] : [Number(row.story_id)]),
      ),
    undelivered: (channel, limit) =>
      all(
        `SELECT d.state, d.reason, d.created_at, s.title, s.url FROM deliveries d
         LEFT JOIN stories s ON s.id = d.story_id
         WHERE d.channel_key = $1 AND d.state IN ('skipped', 'failed') ORDER BY d.id DESC LIMIT $2`,
        [channelKey(channel), limit],
      ).map(
        (row): Undelivered => ({
          title: (row.title as string | null) ?? '(story no longer stored)',
          ...(row.url ? { url: row.url as string } : {}),
          state: row.state as Undelivered['state'],
          reason: (row.reason as string | null) ?? '',
          at: Number(row.created_at),
        }),
      ),
  };
}
