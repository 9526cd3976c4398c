/**
 * Versioned schema changes, applied in order once each. Append only: a released migration
 * is never edited, since databases in the field have already run it.
 */
export const migrations: readonly string[] = [
  `CREATE TABLE articles (
     id TEXT PRIMARY KEY,
     json TEXT NOT NULL,
     saved_at INTEGER NOT NULL
   );
   CREATE TABLE channel_articles (
     channel_key TEXT NOT NULL,
     article_id TEXT NOT NULL REFERENCES articles(id),
     seen_at INTEGER NOT NULL,
     PRIMARY KEY (channel_key, article_id)
   );
   CREATE INDEX channel_articles_recent ON channel_articles (channel_key, seen_at DESC);
   CREATE TABLE threads (
     channel_key TEXT NOT NULL,
     thread_id TEXT NOT NULL,
     article_id TEXT NOT NULL REFERENCES articles(id),
     PRIMARY KEY (channel_key, thread_id)
   );
   CREATE TABLE handled_events (
     key TEXT PRIMARY KEY,
     handled_at INTEGER NOT NULL
   );`,
  // 2: subscriptions (issue 6): feeds and their health, channel subscriptions, the items each
  // feed has shown, stories, and the delivery outbox that also records every story not delivered.
  `CREATE TABLE feeds (
     id INTEGER PRIMARY KEY,
     url TEXT NOT NULL UNIQUE,
     title TEXT NOT NULL DEFAULT '',
     etag TEXT,
     last_modified TEXT,
     interval_s INTEGER NOT NULL,
     next_poll_at INTEGER NOT NULL,
     failures INTEGER NOT NULL DEFAULT 0,
     paused INTEGER NOT NULL DEFAULT 0,
     last_polled_at INTEGER,
     last_success_at INTEGER,
     last_error_at INTEGER,
     last_error TEXT
   );
   CREATE INDEX feeds_due ON feeds (paused, next_poll_at);
   CREATE TABLE subscriptions (
     id INTEGER PRIMARY KEY,
     channel_key TEXT NOT NULL,
     workspace_key TEXT NOT NULL,
     channel_json TEXT NOT NULL,
     feed_id INTEGER NOT NULL REFERENCES feeds(id),
     include_words TEXT NOT NULL DEFAULT '[]',
     exclude_words TEXT NOT NULL DEFAULT '[]',
     mode TEXT NOT NULL DEFAULT 'instant',
     digest_time TEXT,
     timezone TEXT,
     primed INTEGER NOT NULL DEFAULT 0,
     last_digest_at INTEGER,
     created_at INTEGER NOT NULL,
     UNIQUE (channel_key, feed_id)
   );
   CREATE INDEX subscriptions_feed ON subscriptions (feed_id);
   CREATE INDEX subscriptions_workspace ON subscriptions (workspace_key);
   CREATE TABLE feed_items (
     feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
     key TEXT NOT NULL,
     first_seen_at INTEGER NOT NULL,
     PRIMARY KEY (feed_id, key)
   ) WITHOUT ROWID;
   CREATE TABLE stories (
     id INTEGER PRIMARY KEY,
     feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
     title TEXT NOT NULL,
     url TEXT,
     published_at INTEGER NOT NULL,
     keys_json TEXT NOT NULL,
     article_json TEXT,
     brief_json TEXT
   );
   CREATE TABLE deliveries (
     id INTEGER PRIMARY KEY,
     channel_key TEXT NOT NULL,
     channel_json TEXT NOT NULL,
     subscription_id INTEGER,
     story_id INTEGER,
     kind TEXT NOT NULL,
     state TEXT NOT NULL,
     reason TEXT,
     payload TEXT,
     idempotency_key TEXT NOT NULL UNIQUE,
     attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt_at INTEGER NOT NULL DEFAULT 0,
     group_id INTEGER,
     created_at INTEGER NOT NULL,
     sent_at INTEGER,
     message_id TEXT
   );
   CREATE INDEX deliveries_outbox ON deliveries (state, next_attempt_at);
   CREATE INDEX deliveries_channel ON deliveries (channel_key, id);
   CREATE INDEX deliveries_subscription ON deliveries (subscription_id, state);
   CREATE TABLE channel_story_keys (
     channel_key TEXT NOT NULL,
     key TEXT NOT NULL,
     delivery_id INTEGER NOT NULL,
     PRIMARY KEY (channel_key, key)
   ) WITHOUT ROWID;`,
  // A posted story another feed carried later: its message is edited to name that source too.
  'ALTER TABLE deliveries ADD COLUMN edit_pending INTEGER NOT NULL DEFAULT 0;',
  // 4: edits become durable jobs (retried with backoff, rate limits waited out), payloads carry
  // a revision so a post read before a new source was added is edited afterwards, and old rows
  // are pruned: feed items long gone from their feed, handled events, settled deliveries.
  `ALTER TABLE deliveries ADD COLUMN payload_rev INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE deliveries ADD COLUMN edit_attempts INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE deliveries ADD COLUMN edit_next_at INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE deliveries ADD COLUMN edit_error TEXT;
   CREATE INDEX deliveries_edits ON deliveries (edit_next_at) WHERE edit_pending = 1;
   CREATE INDEX deliveries_created ON deliveries (created_at);
   CREATE INDEX deliveries_story ON deliveries (story_id);
   CREATE INDEX deliveries_group ON deliveries (group_id) WHERE group_id IS NOT NULL;
   ALTER TABLE feed_items ADD COLUMN last_seen_at INTEGER;
   ALTER TABLE feed_items ADD COLUMN published_at INTEGER;
   UPDATE feed_items SET last_seen_at = first_seen_at;
   CREATE INDEX feed_items_last_seen ON feed_items (last_seen_at);
   ALTER TABLE feeds ADD COLUMN items_read_at INTEGER;
   CREATE INDEX handled_events_age ON handled_events (handled_at);`,
  // 5: Discord's button keys (a hash standing for a long article id) get a table of their own
  // instead of sharing the one of Slack's thread links.
  `CREATE TABLE button_keys (
     channel_key TEXT NOT NULL,
     key TEXT NOT NULL,
     article_id TEXT NOT NULL,
     PRIMARY KEY (channel_key, key)
   ) WITHOUT ROWID;
   INSERT INTO button_keys (channel_key, key, article_id)
     SELECT channel_key, thread_id, article_id FROM threads WHERE thread_id LIKE '#%';
   DELETE FROM threads WHERE thread_id LIKE '#%';`,
];
