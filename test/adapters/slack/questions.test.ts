import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ArticleServer, startArticleServer } from '../../scenarios/fixtures.js';
import { callsOf, channelId, type SlackHarness, startSlackHarness, userId } from './harness.js';

let pages: ArticleServer;
let test: SlackHarness;
beforeAll(async () => {
  pages = await startArticleServer();
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

let seq = 0;
const nextTs = () => `1800000000.${String(++seq).padStart(6, '0')}`;

/** Posts /brief for the sample article and returns the brief's ts (its thread). */
async function briefTs(): Promise<string> {
  await test.command(pages.urlOf('russia-china-alliance'));
  const post = await test.slack.waitFor((call) => call.method === 'chat.postMessage');
  return String(post.response?.ts);
}

const answersIn = (thread: string) =>
  callsOf(test.slack, 'chat.postMessage').filter((call) => call.args.thread_ts === thread);

function threadReply(thread: string, text: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'message',
    channel: channelId,
    channel_type: 'channel',
    user: userId,
    text,
    ts: nextTs(),
    thread_ts: thread,
    ...extra,
  };
}

/**
 * Asks a control question and waits for its answer: by then the events sent before it were
 * handled, so counting the thread's answers shows which of them were answered.
 */
async function afterControl(thread: string): Promise<void> {
  const control = threadReply(thread, 'When was the treaty signed?');
  await test.event(control, `Ev-control-${control.ts}`);
  await test.slack.waitFor(
    (call) =>
      call.method === 'chat.postMessage' &&
      call.args.thread_ts === thread &&
      JSON.stringify(call.args.blocks).includes('When was the treaty signed?'),
  );
}

describe('questions in the thread of a Slack brief', () => {
  it('answers a thread reply in the thread, with the answer and its evidence or a plain abstention', async () => {
    const thread = await briefTs();
    const response = await test.event(threadReply(thread, 'Who signed the agreement?'), 'Ev001');
    expect(response.status).toBe(200);
    const answer = await test.slack.waitFor(
      (call) => call.method === 'chat.postMessage' && call.args.thread_ts === thread,
    );
    expect(answer.args.channel).toBe(channelId);
    const shown = JSON.stringify(answer.args.blocks);
    expect(shown).toContain('Who signed the agreement?');
    const blocks = answer.args.blocks as { block_id?: string; text?: { text: string } }[];
    expect(blocks[0]?.block_id).toBe('newsbrief-answer');
    const quoted = blocks.some((block) => block.text?.text.startsWith('> '));
    expect(quoted || /doesn.t say/i.test(shown)).toBe(true);
  });

  it('quotes who signed the agreement (needs the real answerer)', async () => {
    const thread = await briefTs();
    await test.event(threadReply(thread, 'Who signed the agreement?'), 'Ev002');
    const answer = await test.slack.waitFor(
      (call) => call.method === 'chat.postMessage' && call.args.thread_ts === thread,
    );
    const shown = JSON.stringify(answer.args.blocks);
    expect(shown).toContain('Jiang Zemin and Vladimir Putin');
    expect(shown).toMatch(/> Chinese President Jiang Zemin .*friendship agreement/);
  });

  it('answers an @mention in the brief’s thread once, though it also comes as a message', async () => {
    const thread = await briefTs();
    const ts = nextTs();
    const text = `<@${test.slack.botUserId}> Who signed the agreement?`;
    const mention = {
      type: 'app_mention',
      channel: channelId,
      user: userId,
      text,
      ts,
      thread_ts: thread,
    };
    await test.event(mention, 'EvMention');
    await test.event(threadReply(thread, text, { ts }), 'EvMessage');
    await afterControl(thread);
    expect(answersIn(thread)).toHaveLength(2);
    const first = answersIn(thread)[0];
    expect(JSON.stringify(first?.args.blocks)).not.toContain(test.slack.botUserId);
  });

  it('answers a redelivered event once', async () => {
    const thread = await briefTs();
    const reply = threadReply(thread, 'Who signed the agreement?');
    await test.event(reply, 'EvRetry');
    await test.slack.waitFor(
      (call) => call.method === 'chat.postMessage' && call.args.thread_ts === thread,
    );
    const again = await test.event(reply, 'EvRetry', {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(again.status).toBe(200);
    const control = threadReply(thread, 'When was the treaty signed?');
    await test.event(control, 'EvAfterRetry');
    await expect.poll(() => answersIn(thread).length).toBe(2);
    expect(JSON.stringify(answersIn(thread)[1]?.args.blocks)).toContain(
      'When was the treaty signed?',
    );
  });

  it('ignores its own messages, bot messages, edits, top-level messages and other threads', async () => {
    const thread = await briefTs();
    const ignored = [
      threadReply(thread, 'Posted by the bot itself', { user: test.slack.botUserId }),
      threadReply(thread, 'Posted by another bot', {
        bot_id: 'BOTHER',
        subtype: 'bot_message',
        user: undefined,
      }),
      threadReply(thread, 'An edit', { subtype: 'message_changed' }),
      {
        type: 'message',
        channel: channelId,
        user: userId,
        text: 'Top-level chatter',
        ts: nextTs(),
      },
      threadReply('1799999999.000001', 'A thread that is not a brief'),
    ];
    for (const [i, event] of ignored.entries()) {
      expect((await test.event(event, `EvIgnored${i}`)).status).toBe(200);
    }
    await afterControl(thread);
    expect(answersIn(thread)).toHaveLength(1);
    expect(callsOf(test.slack, 'chat.postMessage')).toHaveLength(2);
  });

  it('answers a thread reply that was also sent to the channel', async () => {
    const thread = await briefTs();
    await test.event(
      threadReply(thread, 'Who signed the agreement?', { subtype: 'thread_broadcast' }),
      'EvBroadcast',
    );
    await afterControl(thread);
    expect(answersIn(thread)).toHaveLength(2);
  });

  it('still answers after a restart between the brief and the question', async () => {
    const thread = await briefTs();
    await test.restart();
    await test.event(threadReply(thread, 'Who signed the agreement?'), 'EvAfterRestart');
    const answer = await test.slack.waitFor(
      (call) => call.method === 'chat.postMessage' && call.args.thread_ts === thread,
    );
    expect(JSON.stringify(answer.args.blocks)).toContain('Who signed the agreement?');
  });

  it('answers an event redelivered after a restart only once', async () => {
    const thread = await briefTs();
    const reply = threadReply(thread, 'Who signed the agreement?');
    await test.event(reply, 'EvBeforeRestart');
    await test.slack.waitFor(
      (call) => call.method === 'chat.postMessage' && call.args.thread_ts === thread,
    );
    await test.restart();
    await test.event(reply, 'EvBeforeRestart', { headers: { 'x-slack-retry-num': '1' } });
    await afterControl(thread);
    expect(answersIn(thread)).toHaveLength(2);
  });

  it('tells the asker privately when the question is empty', async () => {
    const thread = await briefTs();
    const mention = {
      type: 'app_mention',
      channel: channelId,
      user: userId,
      text: `<@${test.slack.botUserId}>`,
      ts: nextTs(),
      thread_ts: thread,
    };
    await test.event(mention, 'EvEmpty');
    const reply = await test.slack.waitFor((call) => call.method === 'chat.postEphemeral');
    expect(reply.args.user).toBe(userId);
    expect(reply.args.thread_ts).toBe(thread);
    expect(JSON.stringify(reply.args)).toContain('question');
    expect(answersIn(thread)).toHaveLength(0);
  });
});
