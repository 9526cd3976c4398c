import type { RetentionPort } from '../ports.js';
import type { PgSyncClient } from './sync-client.js';

/** Pruning on PostgreSQL, a batch at a time; the SQL twin of src/store/sqlite-retention.ts. */
export function createPgRetentionPart(pg: PgSyncClient): RetentionPort {
  return {
    prune(o) {
      const handledEvents = pg.query(
        `DELETE FROM handled_events WHERE key IN
           (SELECT key FROM handled_events WHERE handled_at < $1 LIMIT $2)`,
        [o.handledBefore, o.batch],
      ).rowCount;
      // Gone from the feed for `absentMs` of its successful reads (a feed that fails or answers
      // "not modified" is not evidence of absence), and so old a return is refused as too old.
      const feedItems = pg.query(
        `DELETE FROM feed_items WHERE (feed_id, key) IN
           (SELECT i.feed_id, i.key FROM feed_items i JOIN feeds f ON f.id = i.feed_id
            WHERE i.last_seen_at < $1::bigint - $2::bigint AND i.published_at < $3
              AND f.items_read_at - i.last_seen_at >= $2::bigint
            LIMIT $4)`,
        [o.now, o.absentMs, o.tooOldBefore, o.batch],
      ).rowCount;
      // Settled long ago: sent, listed in a group post that is out, or not posted (keeping each
      // channel's latest reasons for /subscriptions). Never the outbox, a digest queue or an
      // edit. Identity ids are never given out again, so the newest row may go too.
      return pg.transaction(() => {
        const rows = pg.query(
          `DELETE FROM deliveries WHERE id IN
             (SELECT d.id FROM deliveries d
              WHERE d.created_at < $1 AND (d.edit_pending = 0 OR d.state <> 'sent')
                AND (d.state = 'sent'
                  OR (d.state = 'grouped' AND NOT EXISTS (SELECT 1 FROM deliveries g
                        WHERE g.id = d.group_id AND g.state IN ('pending', 'sending')))
                  OR (d.state IN ('skipped', 'failed') AND d.id < coalesce((SELECT k.id
                        FROM deliveries k
                        WHERE k.channel_key = d.channel_key AND k.state IN ('skipped', 'failed')
                        ORDER BY k.id DESC LIMIT 1 OFFSET $2::integer - 1), 0)))
              ORDER BY d.created_at LIMIT $3)
           RETURNING story_id`,
          [o.settledBefore, o.keepUndelivered, o.batch],
        ).rows;
        const storyIds = [
          ...new Set(rows.flatMap((row) => (row.story_id === null ? [] : [row.story_id]))),
        ];
        const stories = storyIds.length
          ? pg.query(
              `DELETE FROM stories s WHERE s.id = ANY($1)
                 AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.story_id = s.id)`,
              [storyIds],
            ).rowCount
          : 0;
        return { handledEvents, feedItems, deliveries: rows.length, stories };
      });
    },
  };
}
