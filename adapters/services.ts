import type { Logger } from '../commands/command.js';
import { type CommandLimiter, commandLimiterFromConfig } from '../commands/limits.js';
import {
  type ArticleStore,
  type Config,
  createEngine,
  createSubscriptions,
  type Engine,
  type EnginePool,
  openStores,
  type Subscriptions,
} from '../src/index.js';

/**
 * What every chat platform in one process shares: one database, one engine, and one
 * subscription service (each platform adds its Destination), so a feed is polled once.
 */
export interface AdapterServices {
  config: Config;
  log: Logger;
  engine: Engine;
  articles: ArticleStore;
  subscriptions: Subscriptions;
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
  const stores = openStores(config.NEWSBRIEF_DB);
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
    subscriptions,
    limiter: commandLimiterFromConfig(config),
    async close() {
      await subscriptions.stop();
      stores.close();
    },
  };
}
