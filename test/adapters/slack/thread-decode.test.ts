import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decodeSlackText } from '../../../adapters/slack/decode.js';
import { type ArticleServer, startArticleServer } from '../../scenarios/fixtures.js';
import { channelId, type SlackHarness, startSlackHarness, userId } from './harness.js';

let pages: ArticleServer;
let test: SlackHarness;
beforeAll(async () => {
  pages = await startArticleServer();
});
afterAll(async () => {
  await pages.close();
});
describe('decoding Slack message text', () => {
  it('turns entities, links, channels and special mentions back into what the person typed', () => {
    expect(decodeSlackText('R&amp;D &lt;b&gt; &amp;lt;')).toBe('R&D <b> &lt;');
    expect(decodeSlackText('see <https://news.example/a?x=1&amp;y=2|the story>')).toBe(
      'see the story',
    );
    expect(decodeSlackText('<https://news.example/a> in <#C123|general>')).toBe(
      'https://news.example/a in #general',
    );
    expect(decodeSlackText('<@U0BOT> is <!here> ok?')).toBe('  is @here ok?');
  });
});

describe('thread questions arrive decoded from Slack’s encoding', () => {
  beforeEach(async () => {
    test = await startSlackHarness();
  });
  afterEach(async () => {
    await test.stop();
  });

  it('echoes a question with & once escaped, never &amp;amp;', async () => {
    await test.command(pages.urlOf('russia-china-alliance'));
    const post = await test.slack.waitFor((call) => call.method === 'chat.postMessage');
    const thread = String(post.response?.ts);
    await test.event(
      {
        type: 'message',
        channel: channelId,
        channel_type: 'channel',
        user: userId,
        text: 'Who signed the treaty &amp; when, &lt;exactly&gt;?',
        ts: '1800000001.000100',
        thread_ts: thread,
      },
      'EvDecoded',
    );
    const answer = await test.slack.waitFor(
      (call) => call.method === 'chat.postMessage' && call.args.thread_ts === thread,
    );
    const shown = JSON.stringify(answer.args.blocks);
    expect(shown).toContain('Q: Who signed the treaty &amp; when, &lt;exactly&gt;?');
    expect(shown).not.toContain('&amp;amp;');
    expect(shown).not.toContain('&amp;lt;');
  });
});
