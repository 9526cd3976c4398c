import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/sqlite.js';
import { type SlackStandIn, startSlackStandIn } from '../fakes/slack/web-api.js';
import { type FeedServer, startFeedServer } from './support/feed-server.js';
import { body, type Item, rss2 } from './support/feed-xml.js';
import { slackChannel, startSlackBot } from './support/slack-bot.js';

const child = join(import.meta.dirname, 'support', 'slack-crash-child.ts');
const t0 = Date.now();
const item = (n: number, minutes: number): Item => ({
  id: `s-${n}`,
  title: `Slack story ${n}`,
  url: `https://news.example/s/${n}`,
  body: body(`ferry ${n}`),
  date: new Date(t0 + minutes * 60_000).toISOString(),
});

let feeds: FeedServer;
let slack: SlackStandIn;
let dir: string;
let warnings: string[];
beforeEach(async () => {
  feeds = await startFeedServer();
  slack = await startSlackStandIn();
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-slack-restart-'));
  warnings = [];
  feeds.set('/s.xml', { kind: 'feed', body: rss2('Harbour Times', [item(1, -5)]) });
});
afterEach(async () => {
  await slack.close();
  await feeds.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A bot process subscribing the channel; `done` settles at its exit or its SIGKILL. */
function botProcess(crash = '') {
  const run: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', child, dir, feeds.url('/s.xml')],
    {
      env: {
        ...process.env,
        NEWSBRIEF_TEST_CRASH: crash,
        NEWSBRIEF_TEST_NOW: String(t0),
        SLACK_API_URL: slack.apiUrl,
      },
    },
  );
  let stderr = '';
  run.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const done = new Promise<{ signal: string | null; status: number | null; stderr: string }>(
    (resolve) => run.on('close', (status, signal) => resolve({ signal, status, stderr })),
  );
  return { run, done };
}

/** The bot started again in this process on the same database, at `now`. */
function botInProcess(now: number) {
  return startSlackBot({
    dir,
    apiUrl: slack.apiUrl,
    now,
    log: {
      info() {},
      warn: (_obj, msg) => void warnings.push(msg ?? ''),
      error: (_obj, msg) => void warnings.push(msg ?? ''),
    },
  });
}

const calls = (method: string) => slack.calls.filter((call) => call.method === method);
const posts = () => slack.timeline(slackChannel.channelId);
function deliveries() {
  const db = openDatabase(join(dir, 'bot.db'));
  try {
    return db.prepare('SELECT state, message_id AS messageId FROM deliveries ORDER BY id').all();
  } finally {
    db.close();
  }
}

describe('Slack posts across a crash', () => {
  it('posts fresh stories with one chat.postMessage each, carrying the key, and no history lookup', async () => {
    const first = botInProcess(t0);
    await first.service.subscribe(slackChannel, { feed: feeds.url('/s.xml') });
    // The sample post goes out after subscribe answers; pollOnce waits for the outbox.
    await first.service.pollOnce();
    first.close();
    feeds.set('/s.xml', { kind: 'feed', body: rss2('Harbour Times', [item(2, 1), item(1, -5)]) });
    const second = botInProcess(t0 + 60_000);
    await second.service.pollOnce();
    second.close();
    expect(calls('chat.postMessage')).toHaveLength(2);
    expect(calls('conversations.history')).toHaveLength(0);
    expect(posts().map((p) => p.metadata?.event_type)).toEqual([
      'newsbrief_post',
      'newsbrief_post',
    ]);
    expect(new Set(posts().map((p) => p.metadata?.event_payload?.key)).size).toBe(2);
    expect(deliveries()).toEqual(posts().map((p) => ({ state: 'sent', messageId: p.ts })));
    expect(warnings).toEqual([]);
  });

  it('does not post a story again when Slack had it but the confirmation was never recorded', async () => {
    const killed = await botProcess('after-send').done;
    expect(killed.signal, killed.stderr).toBe('SIGKILL');
    expect(posts()).toHaveLength(1);
    expect(deliveries()).toEqual([{ state: 'sending', messageId: null }]);
    const bot = botInProcess(t0 + 61_000);
    await bot.service.pollOnce();
    expect(calls('chat.postMessage')).toHaveLength(1);
    const [lookup] = calls('conversations.history');
    expect(lookup?.args).toMatchObject({
      channel: slackChannel.channelId,
      include_all_metadata: 'true',
    });
    const ts = posts()[0]?.ts ?? '';
    expect(deliveries()).toEqual([{ state: 'sent', messageId: ts }]);
    // The message found is the story's thread, as if its send had been recorded.
    expect(bot.articles.articleForThread(slackChannel, ts)?.title).toBe('Slack story 1');
    bot.close();
  });

  it('does not post again after the connection dropped once Slack had taken the post', async () => {
    slack.resets.add('chat.postMessage');
    const first = botInProcess(t0);
    await first.service.subscribe(slackChannel, { feed: feeds.url('/s.xml') });
    await first.service.pollOnce();
    first.close();
    expect(warnings).toContain('post failed');
    expect(deliveries()).toEqual([{ state: 'pending', messageId: null }]);
    slack.resets.delete('chat.postMessage');
    const retry = botInProcess(t0 + 31_000);
    await retry.service.pollOnce();
    retry.close();
    expect(calls('chat.postMessage')).toHaveLength(1);
    expect(calls('conversations.history')).toHaveLength(1);
    expect(deliveries()).toEqual([{ state: 'sent', messageId: posts()[0]?.ts }]);
  });

  it.each([
    ['refused for a missing scope', 'missing_scope'],
    ['answered without it', ''],
  ])('delivers a post lost in flight once when the history lookup is %s', async (_, refusal) => {
    slack.stalls.add('chat.postMessage');
    const lost = botProcess();
    await slack.waitFor((call) => call.method === 'chat.postMessage', 20_000);
    lost.run.kill('SIGKILL');
    expect((await lost.done).signal).toBe('SIGKILL');
    expect(deliveries()).toEqual([{ state: 'sending', messageId: null }]);
    slack.stalls.delete('chat.postMessage');
    if (refusal) slack.failures.set('conversations.history', refusal);
    const bot = botInProcess(t0 + 61_000);
    await bot.service.pollOnce();
    bot.close();
    expect(calls('conversations.history')).toHaveLength(1);
    expect(posts().map((p) => p.text)).toEqual([expect.stringContaining('Slack story 1')]);
    expect(deliveries()).toEqual([{ state: 'sent', messageId: posts()[0]?.ts }]);
    expect(warnings.filter((w) => w.includes('earlier post'))).toHaveLength(refusal ? 1 : 0);
  });
});
