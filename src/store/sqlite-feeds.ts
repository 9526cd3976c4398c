import type { Article } from '../article/types.js';
import type { FeedPort, StoryPort, SubscriptionPort } from './ports.js';
import { channelKey, feedColumns, type Row, toFeed, toSubscription, workspaceKey } from './rows.js';
import type { SqliteDatabase } from './sqlite.js';
import type { ChannelRef } from './types.js';

type FeedPart = FeedPort & SubscriptionPort & StoryPort;

export function createFeedPart(db: SqliteDatabase): FeedPart {
  const q = {
    byUrl: db.prepare('SELECT * FROM feeds WHERE url = ?'),
    byId: db.prepare('SELECT * FROM feeds WHERE id = ?'),
    addFeed: db.prepare(
      'INSERT INTO feeds (url, interval_s, next_poll_at) VALUES (?, ?, ?) RETURNING *',
    ),
    due: db.prepare(
      `SELECT * FROM feeds f WHERE paused = 0 AND next_poll_at <= ?
         AND EXISTS (SELECT 1 FROM subscriptions s WHERE s.feed_id = f.id)
       ORDER BY next_poll_at LIMIT ?`,
    ),
    lease: db.prepare('UPDATE feeds SET next_poll_at = ? WHERE id = ?'),
    unused: db.prepare('SELECT 1 FROM subscriptions WHERE feed_id = ? LIMIT 1'),
    upsertSub: db.prepare(
      `INSERT INTO subscriptions (channel_key, workspace_key, channel_json, feed_id, include_words,
         exclude_words, mode, digest_time, timezone, created_at)
       VALUES (@channelKey, @workspaceKey, @channelJson, @feedId, @include, @exclude, @mode,
         @digestTime, @timezone, @createdAt)
       ON CONFLICT (channel_key, feed_id) DO UPDATE SET include_words = excluded.include_words,
         exclude_words = excluded.exclude_words, mode = excluded.mode,
         digest_time = excluded.digest_time, timezone = excluded.timezone
       RETURNING *`,
    ),
    removeSub: db.prepare(
      'DELETE FROM subscriptions WHERE channel_key = ? AND feed_id = ? RETURNING id',
    ),
    // Posts not out yet when a channel unsubscribes are not sent, and say why.
    dropQueued: db.prepare(
      `UPDATE deliveries SET state = 'skipped', reason = 'unsubscribed before it was posted'
       WHERE subscription_id = ? AND state IN ('pending', 'queued')`,
    ),
    ofChannel: db.prepare('SELECT * FROM subscriptions WHERE channel_key = ? ORDER BY id'),
    ofFeed: db.prepare('SELECT * FROM subscriptions WHERE feed_id = ? ORDER BY id'),
    daily: db.prepare("SELECT * FROM subscriptions WHERE mode = 'daily' ORDER BY id"),
    countChannel: db.prepare('SELECT count(*) AS n FROM subscriptions WHERE channel_key = ?'),
    countWorkspace: db.prepare('SELECT count(*) AS n FROM subscriptions WHERE workspace_key = ?'),
    primed: db.prepare('UPDATE subscriptions SET primed = 1 WHERE id = ?'),
    lastDigest: db.prepare('UPDATE subscriptions SET last_digest_at = ? WHERE id = ?'),
    seen: db.prepare('SELECT 1 FROM feed_items WHERE feed_id = ? AND key = ?'),
    // last_seen_at moves in steps of an hour, so a poll of an unchanged feed writes nothing.
    remember: db.prepare(
      `INSERT INTO feed_items (feed_id, key, first_seen_at, last_seen_at, published_at)
       VALUES (@feedId, @key, @now, @now, @publishedAt)
       ON CONFLICT (feed_id, key) DO UPDATE
         SET last_seen_at = max(coalesce(last_seen_at, 0), excluded.last_seen_at),
           published_at = excluded.published_at
       WHERE coalesce(last_seen_at, 0) < excluded.last_seen_at - 3600000
         OR published_at IS NOT excluded.published_at`,
    ),
    itemsRead: db.prepare('UPDATE feeds SET items_read_at = ? WHERE id = ?'),
    addStory: db.prepare(
      'INSERT INTO stories (feed_id, title, url, published_at, keys_json) VALUES (?, ?, ?, ?, ?)',
    ),
    content: db.prepare('UPDATE stories SET article_json = ?, brief_json = ? WHERE id = ?'),
    article: db.prepare('SELECT article_json FROM stories WHERE id = ?'),
  };
  const updates = new Map<string, ReturnType<SqliteDatabase['prepare']>>();
  const dropFeed = db.transaction((id: number) => {
    if (q.unused.get(id)) return;
    db.prepare('DELETE FROM feed_items WHERE feed_id = ?').run(id);
    db.prepare(
      'UPDATE deliveries SET story_id = NULL WHERE story_id IN (SELECT id FROM stories WHERE feed_id = ?)',
    ).run(id);
    db.prepare('DELETE FROM stories WHERE feed_id = ?').run(id);
    db.prepare('DELETE FROM feeds WHERE id = ?').run(id);
  });

  return {
    feedByUrl: (url) => {
      const row = q.byUrl.get(url) as Row | undefined;
      return row && toFeed(row);
    },
    getFeed: (id) => {
      const row = q.byId.get(id) as Row | undefined;
      return row && toFeed(row);
    },
    addFeed: (url, intervalS, nextPollAt) =>
      toFeed(q.addFeed.get(url, intervalS, nextPollAt) as Row),
    updateFeed(id, patch) {
      const sets: string[] = [];
      const values: unknown[] = [];
      for (const [key, value] of Object.entries(patch)) {
        const column = feedColumns[key];
        if (!column) continue;
        sets.push(`${column} = ?`);
        values.push(typeof value === 'boolean' ? Number(value) : (value ?? null));
      }
      if (!sets.length) return;
      // Cached: a statement is native memory the garbage collector does not hurry to free.
      const sql = `UPDATE feeds SET ${sets.join(', ')} WHERE id = ?`;
      const statement = updates.get(sql) ?? db.prepare(sql);
      updates.set(sql, statement);
      statement.run(...values, id);
    },
    dueFeeds: (now, limit) => (q.due.all(now, limit) as Row[]).map(toFeed),
    claimDueFeeds: db.transaction((now: number, limit: number, leaseMs: number) => {
      const due = (q.due.all(now, limit) as Row[]).map(toFeed);
      for (const feed of due) q.lease.run(now + leaseMs, feed.id);
      return due;
    }),
    removeFeedIfUnused: (id) => dropFeed(id),
    upsertSubscription: (s) =>
      toSubscription(
        q.upsertSub.get({
          channelKey: channelKey(s.channel),
          workspaceKey: workspaceKey(s.channel),
          channelJson: JSON.stringify(s.channel),
          feedId: s.feedId,
          include: JSON.stringify(s.include),
          exclude: JSON.stringify(s.exclude),
          mode: s.mode,
          digestTime: s.digestTime ?? null,
          timezone: s.timezone ?? null,
          createdAt: s.createdAt,
        }) as Row,
      ),
    removeSubscription: db.transaction((channel: ChannelRef, feedId: number) => {
      const removed = q.removeSub.get(channelKey(channel), feedId) as { id: number } | undefined;
      if (removed) q.dropQueued.run(removed.id);
      return removed !== undefined;
    }),
    subscriptionsOfChannel: (channel) =>
      (q.ofChannel.all(channelKey(channel)) as Row[]).map(toSubscription),
    subscriptionsOfFeed: (feedId) => (q.ofFeed.all(feedId) as Row[]).map(toSubscription),
    dailySubscriptions: () => (q.daily.all() as Row[]).map(toSubscription),
    countSubscriptions: (channel, scope) =>
      (
        (scope === 'channel'
          ? q.countChannel.get(channelKey(channel))
          : q.countWorkspace.get(workspaceKey(channel))) as { n: number }
      ).n,
    setPrimed: (id) => void q.primed.run(id),
    setLastDigest: (id, at) => void q.lastDigest.run(at, id),
    unseenKeys: (feedId, keys) => new Set(keys.filter((key) => !q.seen.get(feedId, key))),
    rememberKeys(feedId, keys, now, publishedAt = []) {
      if (!keys.length) return;
      for (const [i, key] of keys.entries())
        q.remember.run({ feedId, key, now, publishedAt: publishedAt[i] ?? null });
      q.itemsRead.run(now, feedId);
    },
    addStory: (s) =>
      Number(
        q.addStory.run(s.feedId, s.title, s.url ?? null, s.publishedAt, JSON.stringify(s.keys))
          .lastInsertRowid,
      ),
    setStoryContent: (id, article, brief) =>
      void q.content.run(JSON.stringify(article), JSON.stringify(brief), id),
    storyArticle(id) {
      const row = q.article.get(id) as { article_json: string | null } | undefined;
      return row?.article_json ? (JSON.parse(row.article_json) as Article) : undefined;
    },
  };
}
