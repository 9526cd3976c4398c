import type { Logger } from '../commands/command.js';
import { type CommandLimiter, commandLimiterFromConfig } from '../commands/limits.js';
import {
  type ArticleStore,
  type Config,
  createEngine,
  createSubscriptions,
  type Engine,
  type EnginePool,
  type EventLog,
  openStores,
  type Subscriptions,
} from '../src/index.js';
import type { StoreHealth } from './health.js';

/**
 * What every chat platform in one process shares: one database, one engine, and one
 * subscription service (each platform adds its Destination), so a feed is polled once.
 */
export interface AdapterServices {
  config: Config;
  log: Logger;
  engine: Engine;
  articles: ArticleStore;
  /** Platform events handled, shared by every front on the database (Slack retries, replicas). */
  events: EventLog;
  subscriptions: Subscriptions;
  /** True when the database answers (health checks). */
  databaseUp(): boolean;
  /** Which store, and the outbox's depth and oldest post (health checks). */
  storeHealth(): StoreHealth;
  limiter: CommandLimiter;
  /** Registers work in flight (a command) so that shutdown waits for it. */
  track?: <T>(work: Promise<T>) => Promise<T>;
  close(): Promise<void>;
}

export interface RunningAdapter {
  /** Where it listens or what it is connected to, for the start-up log. */
  where?: string;
  stop(): Promise<void>;
}

/** A platform's entry point, e.g. `start` of adapters/discord/main.ts. */
export type StartAdapter = (services: AdapterServices) => Promise<RunningAdapter>;

export function createServices(
  config: Config,
  log: Logger,
  localRoots: readonly string[] = [],
  pool?: EnginePool,
): AdapterServices {
  // SQLite, or PostgreSQL when NEWSBRIEF_DATABASE_URL is set; migrated before anything reads.
  const stores = openStores(config);
  const { articles } = stores;
  // With NEWSBRIEF_LLM_URL set, the engine asks the model and checks every reply.
  const engine = createEngine({ config, log, ...(pool ? { pool } : {}) });
  const subscriptions = createSubscriptions({
    store: stores.subscriptions,
    articles,
    engine,
    config,
    log,
    localRoots,
  });
  return {
    config,
    log,
    engine,
    articles,
    events: stores.events,
    subscriptions,
    databaseUp: () => stores.ping(),
    storeHealth() {
      const { depth, oldestCreatedAt } = stores.subscriptions.outboxDepth();
      const age =
        oldestCreatedAt === undefined ? {} : { oldestJobAgeMs: Date.now() - oldestCreatedAt };
      return { kind: stores.kind, queue: { depth, ...age } };
    },
    limiter: commandLimiterFromConfig(config),
    async close() {
      await subscriptions.stop();
      stores.close();
    },
  };
}
