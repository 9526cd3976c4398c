// While one member's 5 MB page is read and briefed, another member's /help is answered at
// once: the page's work runs on the engine's worker threads, not on the event loop that serves
// everyone. Through the real discord.js client and Bolt app against their local stand-ins.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bigPageText, percentile } from '../../scripts/lib/big-page.js';
import { createEnginePool, type EnginePool } from '../../src/index.js';
import { chatInput } from '../fakes/discord/interactions.js';
import { type ArticleServer, startArticleServer } from '../scenarios/fixtures.js';
import { finalReply, startHarness } from './discord/harness.js';
import { startSlackHarness } from './slack/harness.js';

const tries = 20;
const limitMs = 100;
// Latency on a 2-core machine that other work shares: one scheduling hiccup past 100 ms may
// happen there; the stall this guards against was seconds on every try. A failing run is
// tried again (twice), so only a real regression fails.
const retry = 2;

let pages: ArticleServer;
let pool: EnginePool;
beforeAll(async () => {
  pages = await startArticleServer({ 'big-report': bigPageText(4_800_000) });
  pool = createEnginePool();
});
afterAll(async () => {
  await pool?.close({ force: true });
  await pages?.close();
});

/** Once the page is fetched and on a worker thread, the event loop's part is done. */
async function pageOnWorker() {
  await vi.waitFor(() => expect(pool.pending).toBeGreaterThan(0), { timeout: 20_000 });
  await sleep(100);
}

/** Runs `ask` `tries` times while `busy()` holds, a little apart; the answer times in ms. */
async function timesWhileBusy(ask: () => Promise<unknown>, busy: () => boolean) {
  await pageOnWorker();
  const times: number[] = [];
  for (let i = 0; i < tries; i++) {
    const started = performance.now();
    await ask();
    times.push(performance.now() - started);
    expect(busy(), `the big page was done after ${i + 1} tries`).toBe(true);
    await sleep(20);
  }
  return times;
}

describe('a 5 MB page being briefed', () => {
  it('holds up no one else’s /help on Discord', { retry }, async () => {
    const harness = await startHarness({ pool });
    try {
      const at = { appId: harness.discord.appId, guildId: harness.discord.guildId };
      // A token no help interaction's token starts with (replies are matched by token).
      const big = { ...chatInput('brief', { url: pages.urlOf('big-report') }, at), token: 'big' };
      let bigDone = false;
      harness.discord.dispatch('INTERACTION_CREATE', big);
      const bigReply = finalReply(harness.discord, big.token, 60_000).finally(() => {
        bigDone = true;
      });
      const times = await timesWhileBusy(
        async () => {
          const help = chatInput('help', {}, { ...at, userId: '800000000000000099' });
          harness.discord.dispatch('INTERACTION_CREATE', help);
          await finalReply(harness.discord, help.token);
        },
        () => !bigDone,
      );
      expect(percentile(times, 0.99), `ms: ${times.map(Math.round).join(' ')}`).toBeLessThanOrEqual(
        limitMs,
      );
      expect(JSON.stringify((await bigReply).body)).toMatch(/words|too long/);
    } finally {
      await harness.stop();
    }
  });

  it('holds up no one else’s /brief help on Slack', { retry }, async () => {
    const test = await startSlackHarness({}, { pool });
    try {
      let bigDone = false;
      const bigUrl = test.slack.responseUrl('big');
      await test.command(pages.urlOf('big-report'), { response_url: bigUrl });
      const bigReply = test.slack
        .waitFor(
          (call) => call.path === '/respond/big' || call.method === 'chat.postMessage',
          60_000,
        )
        .finally(() => {
          bigDone = true;
        });
      let n = 0;
      const times = await timesWhileBusy(
        async () => {
          n += 1;
          const path = `/respond/help-${n}`;
          await test.command('help', {
            response_url: test.slack.responseUrl(`help-${n}`),
            user_id: 'U0OTHER',
          });
          await test.slack.waitFor((call) => call.path === path);
        },
        () => !bigDone,
      );
      expect(percentile(times, 0.99), `ms: ${times.map(Math.round).join(' ')}`).toBeLessThanOrEqual(
        limitMs,
      );
      expect(JSON.stringify((await bigReply).args)).toMatch(/words|too long/);
    } finally {
      await test.stop();
    }
  });
});
