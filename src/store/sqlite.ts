import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Article } from '../article/types.js';
import { migrations } from './migrations.js';
import { channelKey } from './rows.js';
import type { ArticleStore, EventLog } from './types.js';

export type SqliteDatabase = Database.Database;

export { channelKey } from './rows.js';

/** Opens (creating if needed) the database file and brings its schema up to date. */
export function openDatabase(path: string): SqliteDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // WAL + NORMAL survives a killed process (only power loss can drop the last commits) and
  // lets the delivery outbox write each state change without an fsync.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

function migrate(db: SqliteDatabase): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < migrations.length; version++) {
    db.transaction(() => {
      db.exec(migrations[version] ?? '');
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

export function createSqliteArticleStore(db: SqliteDatabase, now = () => Date.now()): ArticleStore {
  const upsertArticle = db.prepare(
    'INSERT INTO articles (id, json, saved_at) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET json = excluded.json',
  );
  const seen = db.prepare(
    'INSERT INTO channel_articles (channel_key, article_id, seen_at) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET seen_at = excluded.seen_at',
  );
  const recent = db.prepare(
    'SELECT a.json FROM channel_articles c JOIN articles a ON a.id = c.article_id WHERE c.channel_key = ? ORDER BY c.seen_at DESC, c.rowid DESC LIMIT ?',
  );
  const byId = db.prepare('SELECT json FROM articles WHERE id = ?');
  const link = db.prepare(
    'INSERT INTO threads (channel_key, thread_id, article_id) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET article_id = excluded.article_id',
  );
  const thread = db.prepare(
    'SELECT a.json FROM threads t JOIN articles a ON a.id = t.article_id WHERE t.channel_key = ? AND t.thread_id = ?',
  );
  const button = db.prepare(
    'INSERT INTO button_keys (channel_key, key, article_id) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET article_id = excluded.article_id',
  );
  const buttonArticle = db.prepare(
    'SELECT a.json FROM button_keys b JOIN articles a ON a.id = b.article_id WHERE b.channel_key = ? AND b.key = ?',
  );
  const parse = (row: unknown): Article | undefined =>
    row ? (JSON.parse((row as { json: string }).json) as Article) : undefined;

  return {
    saveArticle(channel, article) {
      db.transaction(() => {
        upsertArticle.run(article.id, JSON.stringify(article), now());
        seen.run(channelKey(channel), article.id, now());
      })();
    },
    recentArticles(channel, limit) {
      return recent.all(channelKey(channel), limit).map((row) => parse(row) as Article);
    },
    getArticle: (id) => parse(byId.get(id)),
    linkThread(channel, threadId, articleId) {
      link.run(channelKey(channel), threadId, articleId);
    },
    articleForThread: (channel, threadId) => parse(thread.get(channelKey(channel), threadId)),
    linkButton(channel, key, articleId) {
      button.run(channelKey(channel), key, articleId);
    },
    articleForButton: (channel, key) => parse(buttonArticle.get(channelKey(channel), key)),
    close: () => db.close(),
  };
}

export function createSqliteEventLog(db: SqliteDatabase, now = () => Date.now()): EventLog {
  const insert = db.prepare('INSERT OR IGNORE INTO handled_events (key, handled_at) VALUES (?, ?)');
  return { firstTime: (key) => insert.run(key, now()).changes === 1 };
}
