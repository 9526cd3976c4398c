import type { RetentionPort } from './ports.js';
import type { SqliteDatabase } from './sqlite.js';
import type { PruneOptions, PruneReport } from './subscription-types.js';

type RetentionPart = RetentionPort;

/**
 * Deletes, a batch at a time through indexes, rows nothing needs any more. Each batch is its
 * own transaction, so a poll or a send waits for one batch at most.
 */
export function createRetentionPart(db: SqliteDatabase): RetentionPart {
  const q = {
    events: db.prepare(
      `DELETE FROM handled_events WHERE key IN
         (SELECT key FROM handled_events WHERE handled_at < @handledBefore LIMIT @batch)`,
    ),
    // Gone from the feed for `absentMs` of its successful reads (a feed that fails or answers
    // "not modified" is not evidence of absence), and so old that a return is refused as too old.
    feedItems: db.prepare(
      `DELETE FROM feed_items WHERE (feed_id, key) IN
         (SELECT i.feed_id, i.key FROM feed_items i JOIN feeds f ON f.id = i.feed_id
          WHERE i.last_seen_at < @now - @absentMs AND i.published_at < @tooOldBefore
            AND f.items_read_at - i.last_seen_at >= @absentMs
          LIMIT @batch)`,
    ),
    // Settled long ago: sent, listed in a group post that is out, or not posted (keeping each
    // channel's latest reasons for /subscriptions). Never the outbox, a digest queue or an edit,
    // and never the newest row: SQLite would give its id out again, and claims refer to ids.
    // "+state" walks the created_at index, oldest first, instead of every sent row.
    deliveries: db.prepare(
      `DELETE FROM deliveries WHERE id IN
         (SELECT d.id FROM deliveries d
          WHERE d.created_at < @settledBefore AND (d.edit_pending = 0 OR +d.state <> 'sent')
            AND d.id < (SELECT max(id) FROM deliveries)
            AND (+d.state = 'sent'
              OR (+d.state = 'grouped' AND NOT EXISTS (SELECT 1 FROM deliveries g
                    WHERE g.id = d.group_id AND g.state IN ('pending', 'sending')))
              OR (+d.state IN ('skipped', 'failed') AND d.id < coalesce((SELECT k.id FROM deliveries k
                    WHERE k.channel_key = d.channel_key AND k.state IN ('skipped', 'failed')
                    ORDER BY k.id DESC LIMIT 1 OFFSET @keepUndelivered - 1), 0)))
          ORDER BY d.created_at LIMIT @batch)
       RETURNING story_id`,
    ),
    story: db.prepare(
      `DELETE FROM stories WHERE id = @id AND id < (SELECT max(id) FROM stories)
         AND NOT EXISTS (SELECT 1 FROM deliveries WHERE story_id = @id)`,
    ),
  };

  const deliveries = db.transaction((options: PruneOptions) => {
    const rows = q.deliveries.all(options) as { story_id: number | null }[];
    const storyIds = new Set(rows.flatMap((row) => (row.story_id === null ? [] : [row.story_id])));
    let stories = 0;
    for (const id of storyIds) stories += q.story.run({ id }).changes;
    return { deliveries: rows.length, stories };
  });

  return {
    prune(options) {
      const report: PruneReport = {
        handledEvents: q.events.run(options).changes,
        feedItems: q.feedItems.run(options).changes,
        deliveries: 0,
        stories: 0,
      };
      const settled = deliveries(options);
      report.deliveries = settled.deliveries;
      report.stories = settled.stories;
      return report;
    },
  };
}
