import { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackDestination } from '../../adapters/slack/destination.js';
import type { ChannelRef } from '../../src/index.js';
import { type SlackStandIn, startSlackStandIn } from '../fakes/slack/web-api.js';
import { type FeedServer, startFeedServer } from './support/feed-server.js';
import { body, rss2 } from './support/feed-xml.js';
import { serviceWith } from './support/service-with.js';

const hour = 3_600_000;
const news: ChannelRef = { platform: 'slack', channelId: 'C0NEWS', workspaceId: 'T0TEAM' };
const t0 = Date.now();

let slack: SlackStandIn;
let feeds: FeedServer;
let h: ReturnType<typeof serviceWith>;
beforeEach(async () => {
  slack = await startSlackStandIn();
  feeds = await startFeedServer();
  const client = new webApi.WebClient('xoxb-stand-in', {
    slackApiUrl: slack.apiUrl,
    retryConfig: { retries: 0 },
    // The dropped connection is expected; the outbox logs it.
    logLevel: webApi.LogLevel.ERROR,
  });
  h = serviceWith(createSlackDestination(client), t0);
});
afterEach(async () => {
  h.close();
  await feeds.close();
  await slack.close();
});

const calls = (method: string) => slack.calls.filter((call) => call.method === method);

describe('looking up an earlier Slack post before a retry', () => {
  it('reads history from the delivery’s creation (less 5 minutes), however late the retry', async () => {
    const item = {
      id: 's-1',
      title: 'Slack story 1',
      url: 'https://news.example/s/1',
      body: body('ferry 1'),
      date: new Date(t0 - 60_000).toISOString(),
    };
    feeds.set('/s.xml', { kind: 'feed', body: rss2('Harbour Times', [item]) });
    // Slack takes the sample post, then the connection drops before its answer.
    slack.resets.add('chat.postMessage');
    await h.service.subscribe(news, { feed: feeds.url('/s.xml') });
    await h.service.pollOnce();
    slack.resets.delete('chat.postMessage');
    const created = h.db.prepare('SELECT created_at AS at, state FROM deliveries').all();
    expect(created).toEqual([{ at: t0, state: 'pending' }]);

    await h.after(2 * hour);
    const [lookup] = calls('conversations.history');
    expect(lookup?.args.oldest).toBe(((t0 - 5 * 60_000) / 1000).toFixed(6));
    expect(calls('chat.postMessage')).toHaveLength(1);
    const [posted] = slack.timeline(news.channelId);
    expect(h.db.prepare('SELECT state, message_id AS id FROM deliveries').all()).toEqual([
      { state: 'sent', id: posted?.ts },
    ]);
  });
});
