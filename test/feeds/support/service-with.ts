// A subscription service on a SQLite file in a temp dir, posting through a real destination
// (Slack's WebClient, the console), with a clock the test moves.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createEngine,
  createSubscriptions,
  type Destination,
  loadConfig,
} from '../../../src/index.js';
import { createSqliteArticleStore, openDatabase } from '../../../src/store/sqlite.js';
import { createSqliteSubscriptionStore } from '../../../src/store/sqlite-subscriptions.js';

export function serviceWith(destination: Destination, now = Date.now()) {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-service-'));
  const config = loadConfig({
    NEWSBRIEF_DB: join(dir, 'newsbrief.db'),
    NEWSBRIEF_ALLOW_PRIVATE_URLS: '1',
    NEWSBRIEF_FETCH_TIMEOUT_MS: '400',
    NEWSBRIEF_POLL_SECONDS: '60',
  });
  const db = openDatabase(config.NEWSBRIEF_DB);
  const store = createSqliteSubscriptionStore(db);
  const clock = { now };
  const warnings: string[] = [];
  const service = createSubscriptions({
    store,
    articles: createSqliteArticleStore(db),
    engine: createEngine({ config }),
    config,
    destinations: [destination],
    clock: () => clock.now,
    random: () => 0.5,
    sleep: async (ms) => {
      clock.now += ms;
    },
    log: {
      info() {},
      warn: (_obj, msg) => void warnings.push(msg ?? ''),
      error: (_obj, msg) => void warnings.push(msg ?? ''),
    },
  });
  return {
    db,
    service,
    store,
    clock,
    warnings,
    /** Moves the clock on and runs one round of polling, digests, sending and edits. */
    async after(ms: number) {
      clock.now += ms;
      return service.pollOnce();
    },
    close: () => db.close(),
  };
}
