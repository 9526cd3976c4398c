import type { Undelivered } from '../feeds/types.js';
import type { DeliveryPort, OutboxPort } from './ports.js';
import { channelKey, type Row, toOutbox } from './rows.js';
import type { SqliteDatabase } from './sqlite.js';
import type { DeliveryState } from './subscription-types.js';

type OutboxPart = DeliveryPort & OutboxPort;

export function createOutboxPart(db: SqliteDatabase): OutboxPart {
  // The payload revision each due row had when handed to the sender, which sends that copy.
  const revisionRead = new Map<number, number>();
  const q = {
    // Claims outlive the deliveries pruned long after they were settled: still a duplicate.
    claimed: db.prepare(
      `SELECT k.delivery_id AS id, coalesce(d.state, 'sent') AS state FROM channel_story_keys k
       LEFT JOIN deliveries d ON d.id = k.delivery_id WHERE k.channel_key = ? AND k.key = ?`,
    ),
    insert: db.prepare(
      `INSERT OR IGNORE INTO deliveries (channel_key, channel_json, subscription_id, story_id, kind,
         state, reason, payload, idempotency_key, group_id, created_at)
       VALUES (@channelKey, @channelJson, @subscriptionId, @storyId, @kind, @state, @reason,
         @payload, @idempotencyKey, @groupId, @createdAt)`,
    ),
    addClaim: db.prepare(
      'INSERT OR IGNORE INTO channel_story_keys (channel_key, key, delivery_id) VALUES (?, ?, ?)',
    ),
    due: db.prepare(
      // A channel with a post waiting for its retry waits as a whole, so posts stay in order.
      `SELECT * FROM deliveries WHERE state IN ('pending', 'sending') AND next_attempt_at <= @now
         AND substr(channel_key, 1, instr(channel_key, ':') - 1) IN (SELECT value FROM json_each(@platforms))
         AND channel_key NOT IN (SELECT channel_key FROM deliveries
           WHERE state = 'pending' AND next_attempt_at > @now)
       ORDER BY id LIMIT @limit`,
    ),
    // A source added after the sender read the payload makes the posted message due an edit.
    claim: db.prepare(
      `UPDATE deliveries SET state = 'sending', attempts = attempts + 1, next_attempt_at = @lease,
         edit_pending = CASE WHEN payload_rev > @read THEN 1 ELSE edit_pending END
       WHERE id = @id AND state IN ('pending', 'sending') AND next_attempt_at <= @now`,
    ),
    lease: db.prepare('UPDATE deliveries SET next_attempt_at = ? WHERE id = ?'),
    sent: db.prepare(
      "UPDATE deliveries SET state = 'sent', message_id = ?, sent_at = ?, reason = NULL WHERE id = ?",
    ),
    retry: db.prepare(
      "UPDATE deliveries SET state = 'pending', next_attempt_at = ?, reason = ? WHERE id = ?",
    ),
    depth: db.prepare(
      "SELECT count(*) AS n, min(created_at) AS oldest FROM deliveries WHERE state IN ('pending', 'sending')",
    ),
    failed: db.prepare("UPDATE deliveries SET state = 'failed', reason = ? WHERE id = ?"),
    queued: db.prepare(
      "SELECT * FROM deliveries WHERE state = 'queued' AND subscription_id IN (SELECT value FROM json_each(?)) ORDER BY id",
    ),
    group: db.prepare("UPDATE deliveries SET state = 'grouped', group_id = ? WHERE id = ?"),
    grouped: db.prepare('SELECT story_id FROM deliveries WHERE group_id = ? ORDER BY id'),
    undelivered: db.prepare(
      `SELECT d.state, d.reason, d.created_at, s.title, s.url FROM deliveries d
       LEFT JOIN stories s ON s.id = d.story_id
       WHERE d.channel_key = ? AND d.state IN ('skipped', 'failed') ORDER BY d.id DESC LIMIT ?`,
    ),
  };

  return {
    channelClaim(channel, keys) {
      const key = channelKey(channel);
      for (const storyKey of keys) {
        const row = q.claimed.get(key, storyKey) as
          | { id: number; state: DeliveryState }
          | undefined;
        if (row) return row;
      }
      return undefined;
    },
    record(d) {
      const key = channelKey(d.channel);
      const result = q.insert.run({
        channelKey: key,
        channelJson: JSON.stringify(d.channel),
        subscriptionId: d.subscriptionId ?? null,
        storyId: d.storyId ?? null,
        kind: d.kind,
        state: d.state,
        reason: d.reason ?? null,
        payload: d.payload ? JSON.stringify(d.payload) : null,
        idempotencyKey: d.idempotencyKey,
        groupId: d.groupId ?? null,
        createdAt: d.createdAt,
      });
      if (result.changes === 0) return undefined;
      const id = Number(result.lastInsertRowid);
      for (const claim of d.claims ?? []) q.addClaim.run(key, claim, id);
      return id;
    },
    dueOutbox(now, limit, platforms) {
      const rows = q.due.all({ now, limit, platforms: JSON.stringify(platforms) }) as Row[];
      // Bounded: rows handed out and never claimed (a channel held back) are read again later.
      if (revisionRead.size > 10_000) revisionRead.clear();
      for (const row of rows) revisionRead.set(row.id as number, row.payload_rev as number);
      return rows.map(toOutbox);
    },
    claimForSending(id, now, leaseUntil) {
      const read = revisionRead.get(id) ?? Number.MAX_SAFE_INTEGER;
      revisionRead.delete(id);
      return q.claim.run({ id, now, lease: leaseUntil, read }).changes === 1;
    },
    renewLease: (id, leaseUntil) => void q.lease.run(leaseUntil, id),
    markSent: (id, messageId, now) => void q.sent.run(messageId, now, id),
    markRetry: (id, at, error) => void q.retry.run(at, error, id),
    markFailed: (id, reason) => void q.failed.run(reason, id),
    outboxDepth() {
      const row = q.depth.get() as { n: number; oldest: number | null };
      return { depth: row.n, ...(row.oldest === null ? {} : { oldestCreatedAt: row.oldest }) };
    },
    queuedForDigest(ids) {
      if (!ids.length) return [];
      return (q.queued.all(JSON.stringify(ids)) as Row[]).map(toOutbox);
    },
    setGroup(ids, groupId) {
      for (const id of ids) q.group.run(groupId, id);
    },
    groupedStories: (groupId) =>
      (q.grouped.all(groupId) as { story_id: number | null }[]).flatMap((row) =>
        row.story_id === null ? [] : [row.story_id],
      ),
    undelivered: (channel, limit) =>
      (q.undelivered.all(channelKey(channel), limit) as Row[]).map(
        (row): Undelivered => ({
          title: (row.title as string | null) ?? '(story no longer stored)',
          ...(row.url ? { url: row.url as string } : {}),
          state: row.state as Undelivered['state'],
          reason: (row.reason as string | null) ?? '',
          at: row.created_at as number,
        }),
      ),
  };
}
