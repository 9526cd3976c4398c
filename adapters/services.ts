import type { Logger } from '../commands/command.js';
import {
  type ArticleStore,
  type CommandLimiter,
  type Config,
  commandLimiterFromConfig,
  createEngine,
  createSqliteArticleStore,
  createSqliteSubscriptionStore,
  createSubscriptions,
  type Engine,
  modelSettingsFrom,
  openDatabase,
  type Subscriptions,
  withModel,
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
  stop(): Promise<void>;
}

/** A platform's entry point, e.g. `start` of adapters/discord/main.ts. */
export type StartAdapter = (services: AdapterServices) => Promise<RunningAdapter>;

export function createServices(
  config: Config,
  log: Logger,
  localRoots: readonly string[] = [],
): AdapterServices {
  const db = openDatabase(config.NEWSBRIEF_DB);
  const articles = createSqliteArticleStore(db);
  // The optional model backend (NEWSBRIEF_LLM_URL) wraps the engine here, and only here.
  const engine = withModel(createEngine({ config }), modelSettingsFrom(config), { log });
  const subscriptions = createSubscriptions({
    store: createSqliteSubscriptionStore(db),
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
      articles.close();
    },
  };
}
