// One bot process on a shared PostgreSQL schema, for the tests that run several at once.
// NEWSBRIEF_TEST_CRASH makes it die by SIGKILL right after recording its posts, or right after
// the platform confirmed one (before the store heard of it).
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createEngine,
  createSubscriptions,
  type Destination,
  loadConfig,
} from '../../../src/index.js';
import { openPostgresStores } from '../../../src/store/postgres/index.js';
import { testDatabaseUrl } from '../../store/support/stores.js';

const [schema = '', dir = '', action = 'poll', feedUrl = '', channels = '1'] =
  process.argv.slice(2);
const crash = process.env.NEWSBRIEF_TEST_CRASH;
const die = () => process.kill(process.pid, 'SIGKILL');
const config = loadConfig({ NEWSBRIEF_ALLOW_PRIVATE_URLS: '1', NEWSBRIEF_POLL_SECONDS: '10' });
const stores = openPostgresStores({ url: testDatabaseUrl, schema });
const postsFile = join(dir, 'posts.jsonl');

/** Stands in for a platform that drops a repeat of the same idempotency key (Discord's nonce). */
const platform: Destination = {
  platform: 'console',
  async send(channel, post, { idempotencyKey }) {
    const line = { idempotencyKey, channel: channel.channelId, pid: process.pid };
    appendFileSync(join(dir, 'attempts.jsonl'), `${JSON.stringify(line)}\n`);
    const known = existsSync(postsFile) ? readFileSync(postsFile, 'utf8') : '';
    if (!known.includes(`"${idempotencyKey}"`))
      appendFileSync(postsFile, `${JSON.stringify({ ...line, post })}\n`);
    return { messageId: idempotencyKey };
  },
};

const service = createSubscriptions({
  store: stores.subscriptions,
  articles: stores.articles,
  engine: createEngine({ config }),
  config,
  destinations: [platform],
  clock: () => Number(process.env.NEWSBRIEF_TEST_NOW ?? Date.now()),
  hooks: {
    afterRecord: () => (crash === 'after-record' ? die() : undefined),
    afterSend: () => (crash === 'after-send' ? die() : undefined),
  },
});
if (action === 'subscribe')
  for (let i = 1; i <= Number(channels); i++)
    await service.subscribe({ platform: 'console', channelId: `c${i}` }, { feed: feedUrl });
await service.pollOnce();
stores.close();
