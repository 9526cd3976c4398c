import type { Stores } from '../open.js';
import { createPgArticleStore, createPgEventLog } from './articles.js';
import { createPgEditPart } from './edits.js';
import { createPgFeedPart } from './feeds.js';
import { createPgOutboxPart } from './outbox.js';
import { createPgRetentionPart } from './retention.js';
import { migratePostgres } from './schema.js';
import { createPgSyncClient, type PgConnection } from './sync-client.js';

/** Connects, brings the schema up to date, and returns every store port on PostgreSQL. */
export function openPostgresStores(connection: PgConnection, now = () => Date.now()): Stores {
  const pg = createPgSyncClient(connection);
  try {
    migratePostgres(pg);
  } catch (error) {
    pg.close();
    throw error;
  }
  const close = () => pg.close();
  return {
    kind: 'postgres',
    articles: { ...createPgArticleStore(pg, now), close },
    events: createPgEventLog(pg, now),
    subscriptions: {
      transaction: (fn) => pg.transaction(fn),
      ...createPgFeedPart(pg),
      ...createPgOutboxPart(pg),
      ...createPgEditPart(pg),
      ...createPgRetentionPart(pg),
    },
    ping: () => pg.query('SELECT 1 AS ok').rows[0]?.ok === 1,
    close,
  };
}
