import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ArticleServer, startArticleServer } from '../../scenarios/fixtures.js';
import { callsOf, channelId, type SlackHarness, startSlackHarness } from './harness.js';

type Block = {
  type: string;
  text?: { text: string };
  elements?: { url?: string; text?: unknown }[];
};

let pages: ArticleServer;
let test: SlackHarness;
beforeAll(async () => {
  pages = await startArticleServer({
    'mentions-everyone':
      'Harbour ferry returns <!channel> on Monday\n\nThe harbour ferry returns to service on Monday, the operator said. Riders <!here> and <@U024BE7LH> may board from 6am & pay on board.\n\nThe ferry was out of service for three weeks while its engine was repaired. The operator said the repair cost 40,000 pounds.',
  });
});
afterAll(async () => {
  await pages.close();
});
beforeEach(async () => {
  test = await startSlackHarness();
});
afterEach(async () => {
  await test.stop();
});

describe('/brief in a Slack channel', () => {
  it('acknowledges at once, then posts the brief as Block Kit in the channel', async () => {
    const url = pages.urlOf('russia-china-alliance');
    const answer = await test.command(url);
    expect(answer.status).toBe(200);
    expect(answer.elapsedMs).toBeLessThan(3000);
    const post = await test.slack.waitFor((call) => call.method === 'chat.postMessage');
    expect(post.authorization).toBe('Bearer xoxb-stand-in');
    expect(post.args.channel).toBe(channelId);
    const blocks = post.args.blocks as Block[];
    expect(blocks[0]?.type).toBe('header');
    expect(blocks[0]?.text?.text).toMatch(/Russia and China/);
    expect(blocks[0]?.text?.text.length).toBeLessThanOrEqual(150);
    const context = blocks.find((block) => block.type === 'context');
    expect(JSON.stringify(context)).toMatch(/Source: 127\.0\.0\.1 · \d+ min read/);
    const button = blocks.find((block) => block.type === 'actions')?.elements?.[0];
    expect(button?.url).toBe(url);
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const block of blocks.filter((b) => b.type === 'section')) {
      expect(block.text?.text.length).toBeLessThanOrEqual(3000);
    }
  });

  it('links the brief’s thread to its article', async () => {
    const url = pages.urlOf('russia-china-alliance');
    await test.command(url);
    const post = await test.slack.waitFor((call) => call.method === 'chat.postMessage');
    const channel = { platform: 'slack' as const, channelId, workspaceId: test.slack.teamId };
    const ts = String(post.response?.ts);
    await expect.poll(() => test.articles.articleForThread(channel, ts)?.id).toBe(url);
  });

  it('briefs the latest story the channel has seen when given nothing', async () => {
    await test.command(pages.urlOf('russia-china-alliance'));
    await test.slack.waitFor((call) => call.method === 'chat.postMessage');
    await test.command('');
    await expect.poll(() => callsOf(test.slack, 'chat.postMessage').length).toBe(2);
    const second = callsOf(test.slack, 'chat.postMessage')[1];
    expect(JSON.stringify(second?.args.blocks)).toMatch(/Russia and China/);
  });

  it('escapes article text so <!channel>, <!here> and <@U…> notify nobody', async () => {
    await test.command(pages.urlOf('mentions-everyone'));
    const post = await test.slack.waitFor((call) => call.method === 'chat.postMessage');
    const sent = JSON.stringify(post.args);
    expect(sent).toContain('&lt;!channel&gt;');
    expect(sent).not.toMatch(/<!channel>|<!here>|<@U024BE7LH>/);
    expect(sent).not.toMatch(/&(?!amp;|lt;|gt;)/);
  });

  it('answers an error privately through the response_url', async () => {
    await test.command('file:///etc/passwd');
    const reply = await test.slack.waitFor((call) => call.method === 'response_url');
    expect(reply.args.response_type).toBe('ephemeral');
    expect(JSON.stringify(reply.args)).toContain('file:');
    expect(callsOf(test.slack, 'chat.postMessage')).toHaveLength(0);
  });

  it('tells the user to invite it when Slack refuses the post', async () => {
    test.slack.failures.set('chat.postMessage', 'not_in_channel');
    await test.command(pages.urlOf('russia-china-alliance'));
    const reply = await test.slack.waitFor((call) => call.method === 'response_url');
    expect(reply.args.response_type).toBe('ephemeral');
    expect(String(reply.args.text)).toContain('/invite');
  });
});
