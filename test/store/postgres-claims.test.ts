// PostgreSQL-only sentences: what two connections (two processes) see of each other's claims.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stores } from '../../src/store/open.js';
import { openPostgresStores } from '../../src/store/postgres/index.js';
import { createPgSyncClient, type PgSyncClient } from '../../src/store/postgres/sync-client.js';
import type { ChannelRef } from '../../src/store/types.js';
import { createTestSchema, dropTestSchema, testDatabaseUrl } from './support/stores.js';

const c1: ChannelRef = { platform: 'discord', workspaceId: 'g1', channelId: 'c1' };
let schema = '';
let a: Stores;
let b: Stores;
let locker: PgSyncClient;
beforeAll(async () => {
  schema = await createTestSchema();
  a = openPostgresStores({ url: testDatabaseUrl, schema });
  // A short timeout: a claim that waited for the other connection's lock would hang this thread.
  b = openPostgresStores({ url: testDatabaseUrl, schema, timeoutMs: 2_000 });
  locker = createPgSyncClient({ url: testDatabaseUrl, schema });
});
afterAll(async () => {
  for (const closable of [a, b, locker]) closable.close();
  await dropTestSchema(schema);
});

const record = (key: string) =>
  a.subscriptions.record({
    channel: c1,
    kind: 'overflow',
    state: 'pending',
    payload: { kind: 'overflow', feedTitle: 'F', stories: [] },
    idempotencyKey: key,
    createdAt: 1,
  }) ?? 0;

describe('claims on PostgreSQL across connections', () => {
  it('skips a post another connection holds locked instead of waiting for it', () => {
    const id = record('locked');
    locker.transaction(() => {
      locker.query('SELECT id FROM deliveries WHERE id = $1 FOR UPDATE', [id]);
      expect(b.subscriptions.claimForSending(id, 10, 100)).toBe(false);
    });
    expect(b.subscriptions.claimForSending(id, 10, 100)).toBe(true);
    expect(a.subscriptions.claimForSending(id, 20, 200)).toBe(false);
    a.subscriptions.markSent(id, 'm', 30);
  });

  it("does not claim a channel's later post while an earlier one is unsent", () => {
    const first = record('first');
    const second = record('second');
    expect(b.subscriptions.claimForSending(second, 10, 100)).toBe(false);
    expect(a.subscriptions.claimForSending(first, 10, 100)).toBe(true);
    expect(b.subscriptions.claimForSending(second, 10, 100)).toBe(false);
    a.subscriptions.markSent(first, 'm1', 20);
    expect(b.subscriptions.claimForSending(second, 20, 100)).toBe(true);
  });
});
