// `npm run bench` (stall part): how long another member's /help waits while a 5 MB page is
// being briefed, on Discord and on Slack, through the real discord.js client and Bolt app
// against their local stand-ins (test/fakes), with the engine's worker pool as `npm start`
// wires it. 20 tries a platform; p99 of 20 is the slowest.
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { createEnginePool } from '../src/index.js';
import { finalReply, startHarness } from '../test/adapters/discord/harness.js';
import { startSlackHarness } from '../test/adapters/slack/harness.js';
import { chatInput } from '../test/fakes/discord/interactions.js';
import { startArticleServer } from '../test/scenarios/fixtures.js';
import { bigPageText, percentile } from './lib/big-page.js';

const tries = 20;
const pages = await startArticleServer({ 'big-report': bigPageText(4_800_000) });
const pool = createEnginePool();

async function during(big: Promise<unknown>, ask: () => Promise<unknown>) {
  let busy = true;
  const done = big.finally(() => {
    busy = false;
  });
  // Once the page is fetched and on a worker thread, the event loop's part is done.
  while (pool.pending === 0) await sleep(10);
  await sleep(100);
  const times: number[] = [];
  let overlapped = 0;
  for (let i = 0; i < tries; i++) {
    const started = performance.now();
    await ask();
    times.push(performance.now() - started);
    if (busy) overlapped++;
    await sleep(20);
  }
  await done;
  return { times, overlapped };
}

async function discord() {
  const harness = await startHarness({ pool });
  const at = { appId: harness.discord.appId, guildId: harness.discord.guildId };
  const big = { ...chatInput('brief', { url: pages.urlOf('big-report') }, at), token: 'big' };
  harness.discord.dispatch('INTERACTION_CREATE', big);
  const result = await during(finalReply(harness.discord, big.token, 60_000), async () => {
    const help = chatInput('help', {}, { ...at, userId: '800000000000000099' });
    harness.discord.dispatch('INTERACTION_CREATE', help);
    await finalReply(harness.discord, help.token);
  });
  await harness.stop();
  return result;
}

async function slack() {
  const test = await startSlackHarness({}, { pool });
  await test.command(pages.urlOf('big-report'), { response_url: test.slack.responseUrl('big') });
  const big = test.slack.waitFor(
    (call) => call.path === '/respond/big' || call.method === 'chat.postMessage',
    60_000,
  );
  let n = 0;
  const result = await during(big, async () => {
    n += 1;
    await test.command('help', {
      response_url: test.slack.responseUrl(`help-${n}`),
      user_id: 'U0OTHER',
    });
    await test.slack.waitFor((call) => call.path === `/respond/help-${n}`);
  });
  await test.stop();
  return result;
}

process.stdout.write(
  `\n/help while a ${(4.8).toFixed(1)} MB page is briefed (${tries} tries a platform, ${pool.threads} worker threads, load average ${(loadavg()[0] ?? 0).toFixed(1)})\n\n| platform | median (ms) | p99 (ms) | tries during the brief |\n| --- | ---: | ---: | ---: |\n`,
);
for (const [name, run] of [
  ['Discord', discord],
  ['Slack', slack],
] as const) {
  const { times, overlapped } = await run();
  process.stdout.write(
    `| ${name} | ${percentile(times, 0.5).toFixed(0)} | ${percentile(times, 0.99).toFixed(0)} | ${overlapped}/${tries} |\n`,
  );
}
await pool.close({ force: true });
await pages.close();
