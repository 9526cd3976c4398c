import { afterEach, describe, expect, it } from 'vitest';
import {
  type HealthChecks,
  type HealthServer,
  healthReport,
  startHealthServer,
} from '../../adapters/health.js';
import { openDatabase } from '../../src/store/sqlite.js';

let server: HealthServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const healthy: HealthChecks = {
  adapters: () => ({ discord: 'up', slack: 'disabled' }),
  database: () => true,
  poller: () => ({ state: 'up', lastPollAt: 1_700_000_000_000, feeds: 3, failing: 0 }),
};

describe('/healthz', () => {
  it('answers 200 with adapters, database and poller when all is well', async () => {
    server = await startHealthServer({ port: 0, checks: healthy });
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({
      status: 'ok',
      adapters: { discord: 'up', slack: 'disabled' },
      database: 'up',
      poller: { state: 'up', lastPollAt: 1_700_000_000_000, feeds: 3, failing: 0 },
    });
  });

  it('answers 503 when the database is down or a check throws', async () => {
    const checks: HealthChecks = {
      ...healthy,
      database: () => {
        throw new Error('SQLITE_CANTOPEN');
      },
    };
    server = await startHealthServer({ port: 0, checks });
    const response = await fetch(server.url);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'degraded', database: 'down' });
  });

  it('answers 404 for any other path or method', async () => {
    server = await startHealthServer({ port: 0, checks: healthy });
    const origin = server.url.replace('/healthz', '');
    expect((await fetch(`${origin}/`)).status).toBe(404);
    expect((await fetch(`${origin}/healthz`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${origin}/healthz?probe=1`)).status).toBe(200);
  });

  it('binds to loopback by default', async () => {
    server = await startHealthServer({ port: 0, checks: healthy });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/healthz$/);
  });
});

describe('healthReport', () => {
  it('is degraded while an adapter is down or stopping, or none is up', async () => {
    const down = await healthReport({
      ...healthy,
      adapters: () => ({ discord: 'up', slack: 'down' }),
    });
    expect(down.status).toBe('degraded');
    const stopping = await healthReport({ ...healthy, adapters: () => ({ discord: 'stopping' }) });
    expect(stopping.status).toBe('degraded');
    const starting = await healthReport({ ...healthy, adapters: () => ({ discord: 'starting' }) });
    expect(starting.status).toBe('degraded');
  });

  it('is degraded when the poller is down and reports no poller when there is none', async () => {
    const report = await healthReport({ ...healthy, poller: () => ({ state: 'down' }) });
    expect(report.status).toBe('degraded');
    const { poller, ...rest } = healthy;
    expect(poller).toBeDefined();
    expect(await healthReport(rest)).toMatchObject({ status: 'ok', poller: { state: 'disabled' } });
  });

  it('checks a real SQLite database and sees it closed', async () => {
    const db = openDatabase(':memory:');
    const checks = {
      ...healthy,
      database: () => db.prepare('SELECT 1 AS one').get() !== undefined,
    };
    expect((await healthReport(checks)).database).toBe('up');
    db.close();
    expect((await healthReport(checks)).database).toBe('down');
  });
});
