// The bot of the Slack restart tests: the subscription service on a SQLite file in `dir`,
// posting through the real Bolt App's WebClient to the Slack stand-in at `apiUrl`.
import { join } from 'node:path';
import { App, LogLevel } from '@slack/bolt';
import { createSlackDestination } from '../../../adapters/slack/destination.js';
import {
  type ChannelRef,
  createEngine,
  createSubscriptions,
  loadConfig,
} from '../../../src/index.js';
import { createSqliteArticleStore, openDatabase } from '../../../src/store/sqlite.js';
import { createSqliteSubscriptionStore } from '../../../src/store/sqlite-subscriptions.js';

export const slackChannel: ChannelRef = {
  platform: 'slack',
  channelId: 'C0NEWS',
  workspaceId: 'T0TEAM',
};

type Log = (obj: object, msg?: string) => void;

export function startSlackBot(options: {
  dir: string;
  apiUrl: string;
  now: number;
  log: { info: Log; warn: Log; error: Log };
  afterSend?: () => void;
}) {
  const config = loadConfig({
    NEWSBRIEF_DB: join(options.dir, 'bot.db'),
    NEWSBRIEF_ALLOW_PRIVATE_URLS: '1',
    NEWSBRIEF_POLL_SECONDS: '10',
  });
  const db = openDatabase(config.NEWSBRIEF_DB);
  const app = new App({
    token: 'xoxb-stand-in',
    signingSecret: 'stand-in-signing-secret',
    logLevel: LogLevel.ERROR,
    clientOptions: { slackApiUrl: options.apiUrl, retryConfig: { retries: 0 } },
  });
  const articles = createSqliteArticleStore(db);
  const service = createSubscriptions({
    store: createSqliteSubscriptionStore(db),
    articles,
    engine: createEngine({ config }),
    config,
    destinations: [createSlackDestination(app.client)],
    clock: () => options.now,
    log: options.log,
    ...(options.afterSend ? { hooks: { afterSend: options.afterSend } } : {}),
  });
  return { service, articles, close: () => db.close() };
}
