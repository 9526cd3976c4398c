// A bot process for the restart tests: NEWSBRIEF_TEST_CRASH makes it die by SIGKILL right
// after recording its posts, or right after the platform confirmed one.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createEngine,
  createSubscriptions,
  type Destination,
  loadConfig,
} from '../../../src/index.js';
import { createSqliteArticleStore, openDatabase } from '../../../src/store/sqlite.js';
import { createSqliteSubscriptionStore } from '../../../src/store/sqlite-subscriptions.js';

const [dir = '', action = 'poll', feedUrl = ''] = process.argv.slice(2);
const crash = process.env.NEWSBRIEF_TEST_CRASH;
const die = () => process.kill(process.pid, 'SIGKILL');
const config = loadConfig({
  NEWSBRIEF_DB: join(dir, 'bot.db'),
  NEWSBRIEF_ALLOW_PRIVATE_URLS: '1',
  NEWSBRIEF_POLL_SECONDS: '10',
});
const db = openDatabase(config.NEWSBRIEF_DB);
const postsFile = join(dir, 'posts.jsonl');

/** Stands in for a platform that drops a repeat of the same idempotency key (Discord's nonce). */
const platform: Destination = {
  platform: 'console',
  async send(_channel, post, { idempotencyKey }) {
    appendFileSync(join(dir, 'attempts.jsonl'), `${JSON.stringify({ idempotencyKey })}\n`);
    const known = existsSync(postsFile) ? readFileSync(postsFile, 'utf8') : '';
    if (!known.includes(`"${idempotencyKey}"`))
      appendFileSync(postsFile, `${JSON.stringify({ idempotencyKey, post })}\n`);
    return { messageId: idempotencyKey };
  },
};

const service = createSubscriptions({
  store: createSqliteSubscriptionStore(db),
  articles: createSqliteArticleStore(db),
  engine: createEngine({ config }),
  config,
  destinations: [platform],
  clock: () => Number(process.env.NEWSBRIEF_TEST_NOW ?? Date.now()),
  hooks: {
    afterRecord: () => (crash === 'after-record' ? die() : undefined),
    afterSend: () => (crash === 'after-send' ? die() : undefined),
  },
});
const channel = { platform: 'console', channelId: 'console' } as const;
if (action === 'subscribe') await service.subscribe(channel, { feed: feedUrl });
await service.pollOnce();
db.close();
