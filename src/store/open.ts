import { createSqliteArticleStore, createSqliteEventLog, openDatabase } from './sqlite.js';
import { createSqliteSubscriptionStore } from './sqlite-subscriptions.js';
import type { SubscriptionStore } from './subscription-types.js';
import type { ArticleStore, EventLog } from './types.js';

/** The stores of one SQLite file, sharing its connection; `close` closes the file. */
export interface Stores {
  articles: ArticleStore;
  events: EventLog;
  subscriptions: SubscriptionStore;
  close(): void;
}

/** Opens (creating and migrating when needed) the SQLite file at `path`. */
export function openStores(path: string): Stores {
  const db = openDatabase(path);
  return {
    articles: createSqliteArticleStore(db),
    events: createSqliteEventLog(db),
    subscriptions: createSqliteSubscriptionStore(db),
    close: () => db.close(),
  };
}
