import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webApi } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { storyEmbed } from '../../adapters/discord/destination.js';
import { createSlackDestination } from '../../adapters/slack/destination.js';
import type { StoryPost } from '../../src/feeds/types.js';
import type { DestinationError } from '../../src/index.js';

const story: StoryPost = {
  kind: 'story',
  brief: {
    headline: 'Ferry <returns> & sails',
    lede: 'The harbour ferry returned on Monday.',
    points: ['It runs hourly.', 'Fares are unchanged.'],
    facts: { people: [], organisations: [], places: [], dates: [], money: [], numbers: [] },
    readingMinutes: 1,
    wordCount: 120,
    source: 'https://news.example/ferry',
    url: 'https://news.example/ferry',
    summary: '',
  },
  articleId: 'https://news.example/ferry',
  title: 'Ferry returns',
  url: 'https://news.example/ferry',
  feedTitle: 'Harbour Times',
  publishedAt: '2026-11-29T10:00:00.000Z',
  alsoReportedBy: ['Coast Daily', 'Port News'],
};

const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

/** A stand-in of the Slack Web API on 127.0.0.1 answering chat.postMessage in turn. */
async function slackStandIn(
  answers: { status: number; body: object; headers?: Record<string, string> }[],
) {
  const calls: Record<string, string>[] = [];
  const paths: string[] = [];
  const server = createServer((req, res) => {
    paths.push(req.url ?? '');
    let raw = '';
    req.on('data', (chunk: Buffer) => {
      raw += chunk.toString();
    });
    req.on('end', () => {
      calls.push(Object.fromEntries(new URLSearchParams(raw)));
      const answer = answers.shift() ?? {
        status: 200,
        body: { ok: true, ts: '1.1', channel: 'C1' },
      };
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => server.close());
  const client = new webApi.WebClient('xoxb-test', {
    slackApiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
  return { calls, paths, destination: createSlackDestination(client) };
}

const channel = { platform: 'slack', channelId: 'C1', workspaceId: 'T1' } as const;

describe('destinations', () => {
  it('edits a posted Slack story in place with chat.update, naming the other sources', async () => {
    const slack = await slackStandIn([
      { status: 200, body: { ok: true, ts: '171.5', channel: 'C1' } },
      { status: 200, body: { ok: false, error: 'message_not_found' } },
    ]);
    await slack.destination.edit?.(channel, '171.5', story);
    expect(slack.paths[0]).toBe('/api/chat.update');
    expect(slack.calls[0]).toMatchObject({ channel: 'C1', ts: '171.5' });
    expect(slack.calls[0]?.text).toMatch(/Also reported by Coast Daily and Port News/);
    const blocks = JSON.parse(slack.calls[0]?.blocks ?? '[]') as {
      elements?: { text: string }[];
    }[];
    expect(blocks.at(-1)?.elements?.[0]?.text).toBe(
      'Harbour Times · Also reported by Coast Daily and Port News',
    );
    await expect(slack.destination.edit?.(channel, '9.9', story)).rejects.toThrow();
  });

  it('posts a story to Slack as blocks with escaped text, and returns the ts as message id', async () => {
    const slack = await slackStandIn([
      { status: 200, body: { ok: true, ts: '171.5', channel: 'C1' } },
    ]);
    const { messageId } = await slack.destination.send(channel, story, { idempotencyKey: 'k' });
    expect(messageId).toBe('171.5');
    const blocks = JSON.parse(slack.calls[0]?.blocks ?? '[]') as { text?: { text: string } }[];
    expect(blocks[0]?.text?.text).toBe(
      '*<https://news.example/ferry|Ferry &lt;returns&gt; &amp; sails>*\nThe harbour ferry returned on Monday.',
    );
    expect(slack.calls[0]?.text).toMatch(/Also reported by Coast Daily and Port News/);
  });

  it('turns a Slack 429 into a wait and channel_not_found into a permanent failure', async () => {
    const slack = await slackStandIn([
      { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': '7' } },
      { status: 200, body: { ok: false, error: 'channel_not_found' } },
    ]);
    const limited = await slack.destination
      .send(channel, story, { idempotencyKey: 'k' })
      .catch((e: DestinationError) => e);
    expect(limited).toMatchObject({ name: 'DestinationError', retryAfterMs: 7000 });
    const refused = await slack.destination
      .send(channel, story, { idempotencyKey: 'k' })
      .catch((e: DestinationError) => e);
    expect(refused).toMatchObject({
      name: 'DestinationError',
      permanent: true,
      message: 'channel_not_found',
    });
  });

  it('draws a Discord embed within its limits, with the other sources in the footer', () => {
    const embed = storyEmbed({ ...story, brief: { ...story.brief, lede: 'x'.repeat(5000) } });
    expect(embed.title).toBe('Ferry <returns> & sails');
    expect(embed.description).toHaveLength(4096);
    expect(embed.footer?.text).toBe('Harbour Times · Also reported by Coast Daily and Port News');
    const overflow = storyEmbed({
      kind: 'overflow',
      feedTitle: 'Harbour Times',
      stories: [{ title: 'A', url: 'https://n.example/a' }, { title: 'B' }],
    });
    expect(overflow).toEqual({
      title: '2 more stories from Harbour Times',
      description: '• [A](https://n.example/a)\n• B',
    });
  });
});
