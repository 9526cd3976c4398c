import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callsOf, type SlackHarness, startSlackHarness } from './harness.js';

let test: SlackHarness;
beforeEach(async () => {
  test = await startSlackHarness();
});
afterEach(async () => {
  await test.stop();
});

const now = () => Math.floor(Date.now() / 1000);
const minutes = (n: number) => n * 60;

/** Runs a control command to the end: what was sent before it has been handled by then. */
async function control(): Promise<void> {
  await test.command('help', { response_url: test.slack.responseUrl('control') });
  await test.slack.waitFor((call) => call.path.endsWith('/control'));
}

const answeredAt = (id: string) =>
  callsOf(test.slack, 'response_url').filter((call) => call.path.endsWith(`/${id}`));

describe('replayed Slack requests', () => {
  it('refuses a correctly signed request timestamped 10 minutes in the future, and runs nothing', async () => {
    const extra = { response_url: test.slack.responseUrl('future') };
    const response = await test.command('help', extra, { timestamp: now() + minutes(10) });
    expect(response.status).toBe(401);
    await control();
    expect(answeredAt('future')).toHaveLength(0);
  });

  it('still takes a request a few minutes off either way, as clocks drift', async () => {
    for (const [id, skew] of [
      ['ahead', minutes(4)],
      ['behind', -minutes(4)],
    ] as const) {
      const extra = { response_url: test.slack.responseUrl(id) };
      expect((await test.command('help', extra, { timestamp: now() + skew })).status).toBe(200);
      await test.slack.waitFor((call) => call.path.endsWith(`/${id}`));
    }
  });

  it('runs a slash command replayed byte for byte within the window only once', async () => {
    const fields = { response_url: test.slack.responseUrl('once'), trigger_id: 'trigger-replayed' };
    const signed = { timestamp: now() };
    expect((await test.command('help', fields, signed)).status).toBe(200);
    await test.slack.waitFor((call) => call.path.endsWith('/once'));
    expect((await test.command('help', fields, signed)).status).toBe(200);
    await control();
    expect(answeredAt('once')).toHaveLength(1);
  });

  it('runs a command resent with the same trigger id and a fresh signature only once', async () => {
    const fields = { response_url: test.slack.responseUrl('trigger'), trigger_id: 'trigger-same' };
    await test.command('help', fields, { timestamp: now() - 30 });
    await test.slack.waitFor((call) => call.path.endsWith('/trigger'));
    await test.command('help', fields, { timestamp: now() });
    await control();
    expect(answeredAt('trigger')).toHaveLength(1);
  });

  it('remembers a handled command across a restart', async () => {
    const fields = { response_url: test.slack.responseUrl('restart'), trigger_id: 'trigger-r' };
    const signed = { timestamp: now() };
    await test.command('help', fields, signed);
    await test.slack.waitFor((call) => call.path.endsWith('/restart'));
    await test.restart();
    await test.command('help', fields, signed);
    await control();
    expect(answeredAt('restart')).toHaveLength(1);
  });
});
