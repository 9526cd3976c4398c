import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type PartState = 'up' | 'down' | 'starting' | 'stopping' | 'disabled';

export interface PollerHealth {
  state: PartState;
  /** Epoch ms of the last finished poll, if any. */
  lastPollAt?: number;
  feeds?: number;
  /** Feeds whose last poll failed. */
  failing?: number;
}

/** The shared store and its outbox, the queue of posts every worker draws from. */
export interface StoreHealth {
  kind: 'sqlite' | 'postgres';
  /** Posts waiting to go out, and how long the oldest has waited (ms). */
  queue: { depth: number; oldestJobAgeMs?: number };
}

/** Callbacks the health endpoint asks on every request; each may throw (reported as down). */
export interface HealthChecks {
  /** One state per adapter, e.g. { discord: 'up', slack: 'disabled' }. */
  adapters: () => Record<string, PartState>;
  /** True when the database answers, e.g. () => db.prepare('SELECT 1').get() !== undefined. */
  database: () => boolean | Promise<boolean>;
  poller?: () => PollerHealth;
  store?: () => StoreHealth;
}

export interface HealthReport {
  status: 'ok' | 'degraded';
  adapters: Record<string, PartState>;
  database: 'up' | 'down';
  poller: PollerHealth | { state: 'disabled' };
  store?: StoreHealth;
}

/** Healthy when the database answers, no adapter or poller is down, and at least one adapter is up. */
export async function healthReport(checks: HealthChecks): Promise<HealthReport> {
  const adapters = attempt(checks.adapters, {} as Record<string, PartState>);
  const database = (await attemptAsync(checks.database, false)) ? 'up' : 'down';
  const poller = checks.poller
    ? attempt(checks.poller, { state: 'down' } as PollerHealth)
    : ({ state: 'disabled' } as const);
  const states = Object.values(adapters);
  const healthy =
    database === 'up' &&
    poller.state !== 'down' &&
    states.includes('up') &&
    !states.some((state) => state === 'down' || state === 'stopping');
  const store = checks.store && database === 'up' ? attempt(checks.store, undefined) : undefined;
  return {
    status: healthy ? 'ok' : 'degraded',
    adapters,
    database,
    poller,
    ...(store ? { store } : {}),
  };
}

function attempt<T>(check: () => T, fallback: T): T {
  try {
    return check();
  } catch {
    return fallback;
  }
}

async function attemptAsync<T>(check: () => T | Promise<T>, fallback: T): Promise<T> {
  try {
    return await check();
  } catch {
    return fallback;
  }
}

export interface HealthServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

/**
 * Serves GET /healthz: 200 with the report when healthy, 503 when degraded, 404 elsewhere.
 * Binds to 127.0.0.1 unless told otherwise, since the report is for the operator's probes.
 */
export async function startHealthServer(options: {
  port: number;
  host?: string;
  checks: HealthChecks;
}): Promise<HealthServer> {
  const host = options.host ?? '127.0.0.1';
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== '/healthz' || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    void healthReport(options.checks).then((report) => {
      const body = JSON.stringify(report);
      response.writeHead(report.status === 'ok' ? 200 : 503, {
        'content-type': 'application/json',
        'cache-control': 'no-store',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/healthz`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
