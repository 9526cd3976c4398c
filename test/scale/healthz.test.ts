import { afterEach, describe, expect, it } from 'vitest';
import { type HealthServer, startHealthServer } from '../../adapters/health.js';
import { type OpenedStores, openForTest, type StoreKind } from '../store/support/stores.js';

describe.each<StoreKind>(['sqlite', 'postgres'])('/healthz on the %s store', (kind) => {
  let opened: OpenedStores | undefined;
  let server: HealthServer | undefined;
  afterEach(async () => {
    await server?.close();
    await opened?.dispose();
  });

  it('reports the store, the outbox depth and the age of its oldest post', async () => {
    opened = await openForTest(kind);
    const { stores } = opened;
    const now = Date.now();
    for (const [key, age] of [
      ['a', 90_000],
      ['b', 5_000],
    ] as const)
      stores.subscriptions.record({
        channel: { platform: 'discord', workspaceId: 'g', channelId: 'c' },
        kind: 'overflow',
        state: 'pending',
        payload: { kind: 'overflow', feedTitle: 'F', stories: [] },
        idempotencyKey: key,
        createdAt: now - age,
      });
    server = await startHealthServer({
      port: 0,
      checks: {
        adapters: () => ({ worker: 'up' }),
        database: () => stores.ping(),
        store: () => {
          const { depth, oldestCreatedAt = Date.now() } = stores.subscriptions.outboxDepth();
          return { kind, queue: { depth, oldestJobAgeMs: Date.now() - oldestCreatedAt } };
        },
      },
    });
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      store: { kind: string; queue: { depth: number; oldestJobAgeMs: number } };
    };
    expect(body.store).toMatchObject({ kind, queue: { depth: 2 } });
    expect(body.store.queue.oldestJobAgeMs).toBeGreaterThanOrEqual(90_000);
    expect(body.store.queue.oldestJobAgeMs).toBeLessThan(120_000);
  });
});
