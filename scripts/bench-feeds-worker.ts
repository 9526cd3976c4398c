// One worker process of `npm run bench:feeds -- --store postgres`: polls and delivers from the
// shared PostgreSQL schema until told to stop, writing what its fake platform received to
// sent-<pid>.txt (channel, link, idempotency key) and its peak RSS to mem-<pid>.txt on SIGTERM.
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, createSubscriptions, type Destination, loadConfig } from '../src/index.js';
import { openPostgresStores } from '../src/store/postgres/index.js';

const [url = '', schema = '', dir = '', clockBase = '0', realBase = '0'] = process.argv.slice(2);
// One clock for every worker, replacements included: leases taken by a killed worker run out.
const clock = () => Number(clockBase) + (Date.now() - Number(realBase));
const config = loadConfig({
  NEWSBRIEF_ALLOW_PRIVATE_URLS: '1',
  NEWSBRIEF_POLL_SECONDS: '3600',
  NEWSBRIEF_MAX_SUBSCRIPTIONS_PER_WORKSPACE: '1000',
});
const stores = openPostgresStores({ url, schema });
const sentFile = join(dir, `sent-${process.pid}.txt`);

let peakRss = 0;
setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50).unref();

const platform: Destination = {
  platform: 'discord',
  async send(channel, post, { idempotencyKey }) {
    const links =
      post.kind === 'story' ? [post.url ?? ''] : post.stories.map((story) => story.url ?? '');
    // Written before answering: a kill after this line is a post the platform has.
    appendFileSync(
      sentFile,
      links.map((link) => `${channel.channelId} ${link} ${idempotencyKey}\n`).join(''),
    );
    return { messageId: idempotencyKey };
  },
};
const service = createSubscriptions({
  store: stores.subscriptions,
  articles: stores.articles,
  engine: createEngine({ config }),
  config,
  destinations: [platform],
  clock,
});

let stopping = false;
process.on('SIGTERM', () => {
  stopping = true;
});
while (!stopping) {
  const report = await service.pollOnce();
  if (report.polled === 0 && report.handled === 0)
    await new Promise((resolve) => setTimeout(resolve, 200));
}
writeFileSync(join(dir, `mem-${process.pid}.txt`), String(peakRss));
stores.close();
process.exit(0);
