import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackDestination } from '../../../adapters/slack/destination.js';
import type { ChannelRef } from '../../../src/index.js';
import { type SlackStandIn, startSlackStandIn } from '../../fakes/slack/web-api.js';
import {
  betaCopyOfFive,
  bridgeItem,
  bridgeStory,
  storyFivePosted,
} from '../../feeds/support/bridge-story.js';
import { type FeedServer, startFeedServer } from '../../feeds/support/feed-server.js';
import { rss2 } from '../../feeds/support/feed-xml.js';
import { serviceWith } from '../../feeds/support/service-with.js';

const second = 1000;
const minute = 60 * second;
const news: ChannelRef = { platform: 'slack', channelId: 'C0NEWS', workspaceId: 'T0TEAM' };

/**
 * In front of the Slack stand-in: answers the next `limited` chat.update calls as Slack answers
 * a rate-limited call (HTTP 429 with Retry-After in seconds) and forwards everything else.
 */
async function rateLimiter(target: string) {
  const state = { limited: 0, refused: 0 };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => void chunks.push(chunk));
    req.on('end', () => {
      if (req.url === '/api/chat.update' && state.limited > 0) {
        state.limited--;
        state.refused++;
        res
          .writeHead(429, { 'content-type': 'application/json', 'retry-after': '20' })
          .end(JSON.stringify({ ok: false, error: 'ratelimited' }));
        return;
      }
      const headers: Record<string, string> = {};
      for (const name of ['content-type', 'authorization']) {
        const value = req.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      void fetch(new URL(req.url ?? '/', target), {
        method: 'POST',
        headers,
        body: Buffer.concat(chunks),
      })
        .then(async (answer) => {
          res.writeHead(answer.status, { 'content-type': 'application/json' });
          res.end(await answer.text());
        })
        .catch(() => res.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    state,
    apiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let slack: SlackStandIn;
let limiter: Awaited<ReturnType<typeof rateLimiter>>;
let feeds: FeedServer;
let client: webApi.WebClient;
let h: ReturnType<typeof serviceWith>;
const t0 = Date.now();
beforeEach(async () => {
  slack = await startSlackStandIn();
  limiter = await rateLimiter(slack.apiUrl);
  feeds = await startFeedServer();
  // Rejecting rate-limited calls hands the 429 to the destination, so the edit job waits it
  // out on the service's clock (by default the client would sleep and retry by itself).
  client = new webApi.WebClient('xoxb-stand-in', {
    slackApiUrl: limiter.apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
  h = serviceWith(createSlackDestination(client), t0);
});
afterEach(async () => {
  h.close();
  await feeds.close();
  await limiter.close();
  await slack.close();
});

const item = bridgeItem(t0);
const calls = (method: string) => slack.calls.filter((call) => call.method === method);
const fifth = () => slack.timeline(news.channelId).find((m) => m.text?.includes('story 5'));

/** Alpha posts story 5 to Slack; then Beta carries a copy, so its message is due an edit. */
async function storyFiveOnSlack() {
  await storyFivePosted(feeds, h, news, item);
  expect(fifth()?.text).not.toContain('Also reported by');
  return calls('chat.postMessage').length;
}
const betaCopies = () =>
  feeds.set('/b.xml', { kind: 'feed', body: rss2('Beta', [betaCopyOfFive(item)]) });

describe('editing a posted Slack story through the real WebClient', () => {
  it('waits out a rate-limited chat.update, uncounted, then edits the message in place', async () => {
    const posted = await storyFiveOnSlack();
    limiter.state.limited = 1;
    betaCopies();
    await h.after(2 * minute);
    expect(limiter.state.refused).toBe(1);
    expect(calls('chat.update')).toHaveLength(0);
    const [waiting] = h.store.dueEdits(10, ['slack'], h.clock.now + 20 * second);
    expect(waiting).toMatchObject({ messageId: fifth()?.ts, attempts: 0 });
    await h.after(10 * second);
    expect(limiter.state.refused + calls('chat.update').length).toBe(1);
    await h.after(11 * second);
    expect(calls('chat.update')).toHaveLength(1);
    expect(fifth()?.text).toContain('Also reported by Beta');
    expect(fifth()?.metadata?.event_type).toBe('newsbrief_post');
    await h.after(10 * minute);
    expect(calls('chat.update')).toHaveLength(1);
    expect(calls('chat.postMessage')).toHaveLength(posted);
    expect(h.warnings).toEqual([]);
  });

  it('gives up at once on message_not_found and never posts the story again', async () => {
    const posted = await storyFiveOnSlack();
    const timeline = slack.timeline(news.channelId);
    const index = timeline.findIndex((m) => m.ts === fifth()?.ts);
    expect(index).toBeGreaterThanOrEqual(0);
    timeline.splice(index, 1); // someone deleted the message in Slack
    betaCopies();
    await h.after(2 * minute);
    expect(calls('chat.update').map((call) => call.response?.error)).toEqual(['message_not_found']);
    expect(h.warnings).toEqual(['gave up editing a post: refused: message_not_found']);
    await h.after(2 * minute);
    await h.after(60 * minute);
    expect(calls('chat.update')).toHaveLength(1);
    expect(calls('chat.postMessage')).toHaveLength(posted);
    expect(fifth()).toBeUndefined();
  });
});

describe('Slack edit errors as the edit jobs see them', () => {
  const story = bridgeStory(t0, ['Beta']);

  it.each([
    ['cant_update_message', true],
    ['edit_window_closed', true],
    ['channel_not_found', true],
    ['is_inactive', true],
    ['invalid_auth', true],
    ['update_failed', false],
    ['internal_error', false],
  ])('%s is permanent: %s', async (error, permanent) => {
    slack.failures.set('chat.update', error);
    await expect(
      createSlackDestination(client).edit?.(news, '1764398000.000100', story),
    ).rejects.toMatchObject({ name: 'DestinationError', message: error, permanent });
  });

  it('turns a 429 into retryAfterMs from Retry-After', async () => {
    limiter.state.limited = 1;
    await expect(
      createSlackDestination(client).edit?.(news, '1764398000.000100', story),
    ).rejects.toMatchObject({ name: 'DestinationError', retryAfterMs: 20_000, permanent: false });
  });
});
