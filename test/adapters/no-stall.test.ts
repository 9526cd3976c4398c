import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './discord/harness.js';
import { type SlackHarness, startSlackHarness } from './slack/harness.js';
import {
  discordWaits,
  type HeavyServer,
  maxWaitMs,
  p99,
  slackWaits,
  startHeavyServer,
} from './stall-probe.js';

// The 4.8 MB page is in no-stall-big-page.test.ts. One running bot per platform serves every
// case here, as in use.
let heavy: HeavyServer;
let slack: SlackHarness;
let discord: Harness;
beforeAll(async () => {
  heavy = await startHeavyServer();
  slack = await startSlackHarness();
  discord = await startHarness();
});
afterAll(async () => {
  await slack.stop();
  await discord.stop();
  await heavy.close();
});

describe.each(['/slow', '/deep'] as const)('while one user briefs %s', (path) => {
  it(`answers another Slack user's /help within ${maxWaitMs} ms (p99 of 20)`, async () => {
    const waits = await slackWaits(slack, heavy.url(path));
    expect(p99(waits), waits.map(Math.round).join(' ')).toBeLessThan(maxWaitMs);
  });

  it(`answers another Discord user's /help within ${maxWaitMs} ms (p99 of 20)`, async () => {
    const waits = await discordWaits(discord, heavy.url(path));
    expect(p99(waits), waits.map(Math.round).join(' ')).toBeLessThan(maxWaitMs);
  });
});
