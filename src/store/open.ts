import type { Config } from '../config.js';
import { openPostgresStores } from './postgres/index.js';
import {
  createSqliteArticleStore,
  createSqliteEventLog,
  openDatabase,
  type SqliteDatabase,
} from './sqlite.js';
import { createSqliteSubscriptionStore } from './sqlite-subscriptions.js';
import type { SubscriptionStore } from './subscription-types.js';
import type { ArticleStore, EventLog } from './types.js';

/** Every store port of one process, on one database. */
export interface Stores {
  kind: 'sqlite' | 'postgres';
  articles: ArticleStore;
  events: EventLog;
  subscriptions: SubscriptionStore;
  /** True when the database answers (health checks). */
  ping(): boolean;
  close(): void;
}

export function sqliteStores(db: SqliteDatabase, now = () => Date.now()): Stores {
  return {
    kind: 'sqlite',
    articles: createSqliteArticleStore(db, now),
    events: createSqliteEventLog(db, now),
    subscriptions: createSqliteSubscriptionStore(db),
    ping: () => db.prepare('SELECT 1 AS ok').get() !== undefined,
    close: () => db.close(),
  };
}

/**
 * PostgreSQL when NEWSBRIEF_DATABASE_URL is set (several processes share it), else the SQLite
 * file NEWSBRIEF_DB. Either way the schema is brought up to date first.
 */
export function openStores(
  config: Pick<Config, 'NEWSBRIEF_DB' | 'NEWSBRIEF_DATABASE_URL'>,
): Stores {
  if (config.NEWSBRIEF_DATABASE_URL)
    return openPostgresStores({ url: config.NEWSBRIEF_DATABASE_URL });
  return sqliteStores(openDatabase(config.NEWSBRIEF_DB));
}
