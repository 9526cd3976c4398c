import type { SqliteDatabase } from './sqlite.js';
import { createEditPart } from './sqlite-edits.js';
import { createFeedPart } from './sqlite-feeds.js';
import { createOutboxPart } from './sqlite-outbox.js';
import { createRetentionPart } from './sqlite-retention.js';
import type { SubscriptionStore } from './subscription-types.js';

/** The subscriptions' store on the same SQLite database as the articles (migration 2). */
export function createSqliteSubscriptionStore(db: SqliteDatabase): SubscriptionStore {
  return {
    transaction: (fn) => db.transaction(fn)(),
    ...createFeedPart(db),
    ...createOutboxPart(db),
    ...createEditPart(db),
    ...createRetentionPart(db),
  };
}
