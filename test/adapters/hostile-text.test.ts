import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConsoleChat } from '../../adapters/console/chat.js';
import { createConsoleDestination } from '../../adapters/console/destination.js';
import { createHeldOutput } from '../../adapters/console/held-output.js';
import { createSlackDestination } from '../../adapters/slack/destination.js';
import type { Logger } from '../../commands/command.js';
import { createEngine } from '../../src/engine.js';
import { type Brief, type ChannelRef, loadConfig, type Post } from '../../src/index.js';
import { createSqliteArticleStore, openDatabase } from '../../src/store/sqlite.js';
import { chatInput } from '../fakes/discord/interactions.js';
import { finalReply, type Harness, startHarness } from './discord/harness.js';
import { discordRestStandIn } from './discord-rest.js';
import {
  breakoutUrl,
  hostileText,
  liveInDiscordBody,
  liveInSlackCall,
  liveInTerminal,
} from './live-markup.js';
import { channelId, type SlackHarness, startSlackHarness, userId } from './slack/harness.js';

// Fictional: a made-up council story whose every sentence carries hostile markup.
const lines = hostileText.split('\n');
// Control characters make the loader refuse a text as binary; feed items still carry them.
const printable = lines.filter((line) => liveInTerminal(line).length === 0);
const articleText = `Harbour council notice\n\n${printable
  .map(
    (line, i) =>
      `The fictional harbour council posted notice ${i + 1} saying ${line} on its board on Monday.`,
  )
  .join(' ')}`;

/** Every kind of feed post, each carrying the hostile text and the breakout link. */
function hostilePosts(brief: Brief): Post[] {
  const entry = { title: lines.join(' '), url: breakoutUrl, alsoReportedBy: [lines[0] ?? ''] };
  return [
    {
      kind: 'story',
      brief: { ...brief, headline: lines[0] ?? '', lede: lines.join(' '), points: lines },
      articleId: 'fictional-notice',
      title: lines.join(' '),
      url: breakoutUrl,
      feedTitle: lines[6] ?? '',
      publishedAt: '2026-12-01T09:00:00Z',
      alsoReportedBy: lines,
    },
    {
      kind: 'overflow',
      feedTitle: lines[4] ?? '',
      stories: [entry, { ...entry, url: 'javascript:alert(1)' }],
    },
    {
      kind: 'digest',
      date: '2026-12-01',
      timezone: lines[8] ?? '',
      stories: [{ ...entry, lede: lines.join(' '), feedTitle: lines[2] ?? '' }],
    },
  ];
}

const engine = createEngine({ config: loadConfig({}) });
let brief: Brief;
beforeAll(async () => {
  brief = (await engine.brief({ kind: 'text', text: articleText, source: 'notice.txt' })).brief;
});

describe('hostile feed items and articles on Slack', () => {
  let slack: SlackHarness;
  beforeAll(async () => {
    slack = await startSlackHarness();
  });
  afterAll(async () => {
    await slack.stop();
  });

  it('posts and edits stories, overflow and digests with no live mention or hidden link', async () => {
    const destination = createSlackDestination(slack.running.app.client);
    const channel: ChannelRef = { platform: 'slack', channelId };
    for (const [i, post] of hostilePosts(brief).entries()) {
      const { messageId } = await destination.send(channel, post, { idempotencyKey: `k${i}` });
      await destination.edit?.(channel, messageId, post);
    }
    const calls = slack.slack.calls.filter((c) => /^chat\.(postMessage|update)$/.test(c.method));
    expect(calls.map((c) => c.method)).toEqual([
      'chat.postMessage',
      'chat.update',
      'chat.postMessage',
      'chat.update',
      'chat.postMessage',
      'chat.update',
    ]);
    for (const call of calls) expect(liveInSlackCall(call.args, [breakoutUrl])).toEqual([]);
    const shown = JSON.stringify(calls.map((c) => [c.args.text, c.args.blocks]));
    expect(shown).toContain('&lt;!channel&gt;');
    expect(shown).toContain('&lt;https://evil.example/phish|click&gt;');
  });

  it('answers /brief, a thread question and a bad command with nothing live', async () => {
    slack.articles.saveArticle(
      { platform: 'slack', channelId, workspaceId: slack.slack.teamId },
      (await engine.brief({ kind: 'text', text: articleText, source: 'notice.txt' })).article,
    );
    await slack.command('');
    const post = await slack.slack.waitFor(
      (c) => c.method === 'chat.postMessage' && JSON.stringify(c.args.blocks).includes('fictional'),
    );
    const thread = String(post.response?.ts);
    await slack.event(
      {
        type: 'message',
        channel: channelId,
        user: userId,
        text: `What did notice 1 say about ${lines[0]} and ${lines[6]}?`,
        ts: '1800000009.000100',
        thread_ts: thread,
      },
      'EvHostile',
    );
    await slack.slack.waitFor(
      (c) => c.method === 'chat.postMessage' && c.args.thread_ts === thread,
    );
    await slack.command(`subscribe ${lines[0]} ${lines[2]}`, {
      response_url: slack.slack.responseUrl('hostile-error'),
    });
    await slack.slack.waitFor((c) => c.path.endsWith('/hostile-error'));
    const sent = slack.slack.calls.filter((c) =>
      ['chat.postMessage', 'chat.postEphemeral', 'response_url'].includes(c.method),
    );
    expect(sent.length).toBeGreaterThanOrEqual(3);
    for (const call of sent) expect(liveInSlackCall(call.args)).toEqual([]);
  });
});

describe('hostile feed items and articles on Discord', () => {
  let discord: Harness;
  beforeAll(async () => {
    discord = await startHarness();
  });
  afterAll(async () => {
    await discord.stop();
  });

  it('posts and edits stories, overflow and digests with mentions off and no masked link but the story’s', async () => {
    const rest = await discordRestStandIn();
    try {
      const channel: ChannelRef = { platform: 'discord', channelId: rest.channelId };
      for (const [i, post] of hostilePosts(brief).entries()) {
        const { messageId } = await rest.destination.send(channel, post, {
          idempotencyKey: `k${i}`,
        });
        await rest.destination.edit?.(channel, messageId, post);
      }
      expect(rest.bodies).toHaveLength(6);
      for (const body of rest.bodies) expect(liveInDiscordBody(body, [breakoutUrl])).toEqual([]);
      const shown = JSON.stringify(rest.bodies);
      expect(shown).toContain('evil.example/masked');
      expect(shown).toContain('123456789012345678');
    } finally {
      await rest.close();
    }
  });

  it('answers /brief, /ask and a refused command with nothing live', async () => {
    const channelId = '520000000000000001';
    const at = { appId: discord.discord.appId, guildId: discord.discord.guildId, channelId };
    discord.articles.saveArticle(
      { platform: 'discord', channelId, workspaceId: discord.discord.guildId },
      (await engine.brief({ kind: 'text', text: articleText, source: 'notice.txt' })).article,
    );
    for (const payload of [
      chatInput('brief', {}, at),
      chatInput('ask', { question: `What did notice 7 say about ${lines[6]}?` }, at),
      chatInput('brief', { url: lines[6] ?? '' }, at),
    ]) {
      discord.discord.dispatch('INTERACTION_CREATE', payload);
      const reply = await finalReply(discord.discord, payload.token);
      expect(liveInDiscordBody(reply.body)).toEqual([]);
    }
  });
});

describe('hostile feed items and articles in the console', () => {
  it('prints posts, edits and replies with no terminal sequence, control or bidi character', async () => {
    const printed: string[] = [];
    const destination = createConsoleDestination((text) => void printed.push(text));
    const channel: ChannelRef = { platform: 'console', channelId: 'console' };
    for (const [i, post] of hostilePosts(brief).entries()) {
      await destination.send(channel, post, { idempotencyKey: `k${i}` });
      await destination.edit?.(channel, `k${i}`, post);
    }
    const input = new PassThrough();
    const output = new PassThrough();
    output.on('data', (chunk: Buffer) => printed.push(chunk.toString('utf8')));
    const articles = createSqliteArticleStore(openDatabase(':memory:'));
    articles.saveArticle(
      { platform: 'console', channelId: 'console' },
      (await engine.brief({ kind: 'text', text: articleText, source: 'notice.txt' })).article,
    );
    const log: Logger = { info() {}, debug() {}, warn() {}, error() {} };
    const chat = runConsoleChat({
      engine,
      articles,
      config: loadConfig({}),
      log,
      localFiles: {
        read: () => Promise.reject(new Error('no local files here')),
        sample: async () => undefined,
      },
      localRoots: [],
      input,
      output: createHeldOutput(output),
      interactive: false,
    });
    input.end(`/brief\n/ask ${lines[8]} ${lines[9]}?\n`);
    await chat;
    const all = printed.join('');
    expect(all).toContain('osc link');
    expect(liveInTerminal(all)).toEqual([]);
  });
});
