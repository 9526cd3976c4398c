import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postSigned } from '../../fakes/slack/signed.js';
import { pastedStory } from '../../scenarios/command-scenarios.js';
import {
  channelId,
  type SlackHarness,
  signingSecret,
  startSlackHarness,
  userId,
} from './harness.js';

let harness: SlackHarness;
beforeAll(async () => {
  harness = await startSlackHarness();
});
afterAll(async () => {
  await harness?.stop();
});

let shortcuts = 0;

/** Slack's message_action payload for "Brief this message" on a message with `message` fields. */
function shortcut(message: Record<string, unknown>) {
  shortcuts += 1;
  const id = `shortcut-${shortcuts}`;
  const payload = {
    type: 'message_action',
    callback_id: 'brief',
    trigger_id: `trigger-${id}`,
    message_ts: '1700000000.000100',
    response_url: harness.slack.responseUrl(id),
    message: { type: 'message', ts: '1700000000.000100', user: 'U0FRIEND', ...message },
    user: { id: userId, name: 'reader' },
    channel: { id: channelId, name: 'news' },
    team: { id: harness.slack.teamId, domain: 'news' },
    token: 'legacy-unused',
    action_ts: '1700000001.000000',
  };
  const url = `http://127.0.0.1:${harness.running.port}/slack/events`;
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return { id, sent: postSigned(url, signingSecret, body, 'application/x-www-form-urlencoded') };
}

describe('"Brief this message" on Slack', () => {
  it('briefs the text of the message in the channel', async () => {
    const { sent } = shortcut({ text: pastedStory });
    expect((await sent).status).toBe(200);
    const posted = await harness.slack.waitFor(
      (call) => call.method === 'chat.postMessage' && /Port Ellin/.test(JSON.stringify(call.args)),
    );
    expect(posted.args.channel).toBe(channelId);
  });

  it('briefs a shared (forwarded) message from its attachment', async () => {
    const shared = pastedStory.replaceAll('Port Ellin', 'Port Ardmore');
    const { sent } = shortcut({ text: '', attachments: [{ is_share: true, text: shared }] });
    expect((await sent).status).toBe(200);
    const posted = await harness.slack.waitFor(
      (call) =>
        call.method === 'chat.postMessage' && /Port Ardmore/.test(JSON.stringify(call.args)),
    );
    expect(posted.args.channel).toBe(channelId);
  });

  it('says so, privately, when the message has no text', async () => {
    const { id, sent } = shortcut({ text: '' });
    expect((await sent).status).toBe(200);
    const reply = await harness.slack.waitFor((call) => call.path === `/respond/${id}`);
    expect(reply.args).toMatchObject({
      response_type: 'ephemeral',
      text: 'That message has no text to brief.',
    });
  });
});
