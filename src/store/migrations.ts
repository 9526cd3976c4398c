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
];
