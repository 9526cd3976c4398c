import type { Article } from '../../article/types.js';
import { channelKey } from '../rows.js';
import type { ArticleStore, EventLog } from '../types.js';
import type { PgSyncClient } from './sync-client.js';

/** Briefed articles and thread links on PostgreSQL; the twin of createSqliteArticleStore. */
export function createPgArticleStore(
  pg: PgSyncClient,
  now = () => Date.now(),
): Omit<ArticleStore, 'close'> {
  const parse = (json: unknown): Article | undefined =>
    typeof json === 'string' ? (JSON.parse(json) as Article) : undefined;
  return {
    saveArticle(channel, article) {
      pg.transaction(() => {
        pg.query(
          'INSERT INTO articles (id, json, saved_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET json = excluded.json',
          [article.id, JSON.stringify(article), now()],
        );
        pg.query(
          `INSERT INTO channel_articles (channel_key, article_id, seen_at) VALUES ($1, $2, $3)
           ON CONFLICT (channel_key, article_id) DO UPDATE SET seen_at = excluded.seen_at`,
          [channelKey(channel), article.id, now()],
        );
      });
    },
    recentArticles: (channel, limit) =>
      pg
        .query(
          `SELECT a.json FROM channel_articles c JOIN articles a ON a.id = c.article_id
           WHERE c.channel_key = $1 ORDER BY c.seen_at DESC, c.seq DESC LIMIT $2`,
          [channelKey(channel), limit],
        )
        .rows.map((row) => parse(row.json) as Article),
    getArticle: (id) =>
      parse(pg.query('SELECT json FROM articles WHERE id = $1', [id]).rows[0]?.json),
    linkThread(channel, threadId, articleId) {
      pg.query(
        `INSERT INTO threads (channel_key, thread_id, article_id) VALUES ($1, $2, $3)
         ON CONFLICT (channel_key, thread_id) DO UPDATE SET article_id = excluded.article_id`,
        [channelKey(channel), threadId, articleId],
      );
    },
    articleForThread: (channel, threadId) =>
      parse(
        pg.query(
          `SELECT a.json FROM threads t JOIN articles a ON a.id = t.article_id
           WHERE t.channel_key = $1 AND t.thread_id = $2`,
          [channelKey(channel), threadId],
        ).rows[0]?.json,
      ),
    linkButton(channel, key, articleId) {
      pg.query(
        `INSERT INTO button_keys (channel_key, key, article_id) VALUES ($1, $2, $3)
         ON CONFLICT (channel_key, key) DO UPDATE SET article_id = excluded.article_id`,
        [channelKey(channel), key, articleId],
      );
    },
    articleForButton: (channel, key) =>
      parse(
        pg.query(
          `SELECT a.json FROM button_keys b JOIN articles a ON a.id = b.article_id
           WHERE b.channel_key = $1 AND b.key = $2`,
          [channelKey(channel), key],
        ).rows[0]?.json,
      ),
  };
}

/** Handled platform events, shared by every front: a redelivery to any of them is seen. */
export function createPgEventLog(pg: PgSyncClient, now = () => Date.now()): EventLog {
  return {
    firstTime: (key) =>
      pg.query(
        'INSERT INTO handled_events (key, handled_at) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [key, now()],
      ).rowCount === 1,
  };
}
