import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callsOf, channelId, type SlackHarness, startSlackHarness, userId } from './harness.js';

let test: SlackHarness;
beforeEach(async () => {
  test = await startSlackHarness();
});
afterEach(async () => {
  await test.stop();
});

const minutes = (n: number) => n * 60;

describe('requests reaching the Slack app', () => {
  it('rejects a request signed with the wrong secret, and runs nothing', async () => {
    const response = await test.command('help', {}, { secret: 'not-the-signing-secret' });
    expect(response.status).toBe(401);
    const event = { type: 'app_mention', channel: channelId, user: userId, text: 'hi', ts: '1.1' };
    expect((await test.event(event, 'EvForged', { secret: 'forged' })).status).toBe(401);
    await test.command('help');
    await test.slack.waitFor((call) => call.method === 'response_url');
    expect(callsOf(test.slack, 'response_url')).toHaveLength(1);
    expect(callsOf(test.slack, 'chat.postMessage')).toHaveLength(0);
  });

  it('rejects a stale request (a replay more than 5 minutes old), and runs nothing', async () => {
    const stale = Math.floor(Date.now() / 1000) - minutes(6);
    expect((await test.command('help', {}, { timestamp: stale })).status).toBe(401);
    await test.command('help');
    await test.slack.waitFor((call) => call.method === 'response_url');
    expect(callsOf(test.slack, 'response_url')).toHaveLength(1);
  });

  it('acknowledges within 3 seconds while the article is still loading, then posts', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let asked: () => void = () => {};
    const requested = new Promise<void>((resolve) => {
      asked = resolve;
    });
    const page: Server = createServer((_request, response: ServerResponse) => {
      asked();
      void held.then(() =>
        response
          .writeHead(200, { 'content-type': 'text/html' })
          .end(
            '<html><head><title>Slow news</title></head><body><article><h1>Slow news</h1><p>The slow page finally loaded on Tuesday, its publisher said. Readers waited for it.</p><p>The publisher apologised for the delay and promised faster pages.</p></article></body></html>',
          ),
      );
    });
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(page.address() as AddressInfo).port}/slow`;
      const answer = test.command(url);
      await requested;
      // The page has not answered yet, and Slack already has its acknowledgement.
      const acked = await answer;
      expect(acked.status).toBe(200);
      expect(acked.elapsedMs).toBeLessThan(3000);
      expect(callsOf(test.slack, 'chat.postMessage')).toHaveLength(0);
      release();
      const post = await test.slack.waitFor((call) => call.method === 'chat.postMessage');
      expect(JSON.stringify(post.args.blocks)).toContain('Slow news');
    } finally {
      release();
      page.closeAllConnections();
      await new Promise((resolve) => page.close(resolve));
    }
  });

  it('answers /brief help privately with the Slack subcommands and every command', async () => {
    await test.command('help');
    const reply = await test.slack.waitFor((call) => call.method === 'response_url');
    expect(reply.args.response_type).toBe('ephemeral');
    const shown = JSON.stringify(reply.args.blocks);
    for (const word of ['/brief subscribe', '/brief list', '/ask', '/subscribe', 'Examples'])
      expect(shown).toContain(word);
  });
});

describe('managing subscriptions from Slack', () => {
  it('refuses /brief subscribe to a member who is neither admin nor the channel’s creator', async () => {
    await test.command('subscribe https://example.com/feed.xml');
    const reply = await test.slack.waitFor((call) => call.method === 'response_url');
    expect(reply.args.response_type).toBe('ephemeral');
    expect(JSON.stringify(reply.args)).toContain('Only people who can manage');
    expect(callsOf(test.slack, 'users.info')[0]?.args.user).toBe(userId);
  });

  it('lets a workspace admin through, as Slack’s users.info says', async () => {
    test.slack.admins.add(userId);
    await test.command('subscribe https://example.com/feed.xml');
    const reply = await test.slack.waitFor((call) => call.method === 'response_url');
    expect(JSON.stringify(reply.args)).not.toContain('Only people who can manage');
    expect(JSON.stringify(reply.args)).toContain('not enabled');
  });

  it('lets the channel’s creator through, as Slack’s conversations.info says', async () => {
    test.slack.creators.set(channelId, userId);
    await test.command('unsubscribe https://example.com/feed.xml');
    const reply = await test.slack.waitFor((call) => call.method === 'response_url');
    expect(JSON.stringify(reply.args)).toContain('not enabled');
    expect(callsOf(test.slack, 'conversations.info')[0]?.args.channel).toBe(channelId);
  });

  it('never asks Slack about roles for a command anyone may use', async () => {
    await test.command('help');
    await test.slack.waitFor((call) => call.method === 'response_url');
    expect(callsOf(test.slack, 'users.info')).toHaveLength(0);
  });
});
