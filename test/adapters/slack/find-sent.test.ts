import { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackDestination } from '../../../adapters/slack/destination.js';
import type { OverflowPost } from '../../../src/feeds/types.js';
import type { Destination } from '../../../src/index.js';
import { type SlackStandIn, startSlackStandIn } from '../../fakes/slack/web-api.js';

const channel = { platform: 'slack', channelId: 'C0NEWS', workspaceId: 'T0TEAM' } as const;
const post: OverflowPost = {
  kind: 'overflow',
  feedTitle: 'Harbour Times',
  stories: [{ title: 'Ferry returns', url: 'https://news.example/ferry' }],
};

let slack: SlackStandIn;
let client: webApi.WebClient;
let destination: Destination;
beforeEach(async () => {
  slack = await startSlackStandIn();
  client = new webApi.WebClient('xoxb-stand-in', {
    slackApiUrl: slack.apiUrl,
    retryConfig: { retries: 0 },
  });
  destination = createSlackDestination(client);
});
afterEach(() => slack.close());

const chatter = (count: number) => {
  for (let i = 0; i < count; i++)
    slack.addMessage(channel.channelId, { text: `hi ${i}`, user: 'U1' });
};
const historyCalls = () => slack.calls.filter((call) => call.method === 'conversations.history');
const findSent = (key: string, sinceMs = Date.now() - 60_000) =>
  destination.findSent?.(channel, key, sinceMs);

describe('the Slack stand-in’s conversations.history', () => {
  it('pages newest first with limit and cursor, and shows metadata only when asked', async () => {
    const { messageId } = await destination.send(channel, post, { idempotencyKey: 'story:1:1' });
    chatter(3);
    const first = await client.conversations.history({ channel: channel.channelId, limit: 3 });
    expect(first.messages?.map((m) => m.text)).toEqual(['hi 2', 'hi 1', 'hi 0']);
    expect(first.has_more).toBe(true);
    const rest = await client.conversations.history({
      channel: channel.channelId,
      limit: 3,
      cursor: first.response_metadata?.next_cursor ?? '',
    });
    expect(rest.messages?.map((m) => m.ts)).toEqual([messageId]);
    expect(rest.messages?.[0]?.metadata).toBeUndefined();
    expect(rest.has_more).toBe(false);
    const withMetadata = await client.conversations.history({
      channel: channel.channelId,
      include_all_metadata: true,
      latest: first.messages?.[2]?.ts ?? '',
    });
    expect(withMetadata.messages?.[0]?.metadata).toEqual({
      event_type: 'newsbrief_post',
      event_payload: { key: 'story:1:1' },
    });
    const newer = await client.conversations.history({
      channel: channel.channelId,
      oldest: messageId,
    });
    expect(newer.messages).toHaveLength(3);
  });
});

describe('finding a Slack post by its idempotency key', () => {
  it('finds its own post behind a page of other messages', async () => {
    const { messageId } = await destination.send(channel, post, { idempotencyKey: 'story:1:1' });
    chatter(250);
    expect(await findSent('story:1:1')).toEqual({ messageId });
    expect(historyCalls()).toHaveLength(2);
    expect(historyCalls()[0]?.args).toMatchObject({ include_all_metadata: 'true', limit: '200' });
  });

  it('takes neither another key, another app’s post with the key, nor a post before `since`', async () => {
    await destination.send(channel, post, { idempotencyKey: 'story:1:1' });
    slack.addMessage(channel.channelId, {
      text: 'a second newsbrief in the channel',
      bot_id: 'BOTHERAPP',
      metadata: { event_type: 'newsbrief_post', event_payload: { key: 'story:1:2' } },
    });
    expect(await findSent('story:1:2')).toBeUndefined();
    expect(await findSent('story:1:3')).toBeUndefined();
    expect(await findSent('story:1:1', Date.now() + 60_000)).toBeUndefined();
  });

  it('cannot tell when the post may be older than the pages it reads, or history is refused', async () => {
    await destination.send(channel, post, { idempotencyKey: 'story:1:1' });
    chatter(1000);
    await expect(findSent('story:1:1')).rejects.toThrow(/latest 1000 messages/);
    expect(historyCalls()).toHaveLength(5);
    slack.failures.set('conversations.history', 'missing_scope');
    await expect(findSent('story:1:1')).rejects.toMatchObject({
      data: { error: 'missing_scope', needed: 'channels:history' },
    });
  });
});
