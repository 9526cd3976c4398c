import { afterEach, describe, expect, it } from 'vitest';
import type { SlackApp } from '../../adapters/slack/app.js';
import { startSlack } from '../../adapters/slack/main.js';
import type { Logger } from '../../commands/command.js';
import { createEngine, loadConfig, type Stores } from '../../src/index.js';
import { openPostgresStores } from '../../src/store/postgres/index.js';
import { postSigned, slashCommandBody } from '../fakes/slack/signed.js';
import { type SlackStandIn, startSlackStandIn } from '../fakes/slack/web-api.js';
import { type ArticleServer, startArticleServer } from '../scenarios/fixtures.js';
import { createTestSchema, dropTestSchema, testDatabaseUrl } from '../store/support/stores.js';

const secret = 'stand-in-signing-secret';
const quiet: Logger = { info() {}, debug() {}, warn() {}, error() {} };
const closers: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** One Slack front: the real Bolt app on 127.0.0.1 with its own connection to the shared schema. */
async function front(slack: SlackStandIn, schema: string): Promise<SlackApp> {
  const config = loadConfig({
    NEWSBRIEF_ALLOW_PRIVATE_URLS: '1',
    SLACK_BOT_TOKEN: 'xoxb-stand-in',
    SLACK_SIGNING_SECRET: secret,
    SLACK_API_URL: slack.apiUrl,
  });
  const stores: Stores = openPostgresStores({ url: testDatabaseUrl, schema });
  const app = await startSlack(
    {
      config,
      engine: createEngine({ config }),
      articles: stores.articles,
      events: stores.events,
      log: quiet,
    },
    { listen: { port: 0, host: '127.0.0.1' }, retries: 0 },
  );
  closers.push(
    () => stores.close(),
    () => app.stop(),
  );
  return app;
}

describe('two Slack fronts on one PostgreSQL database', () => {
  it('answer an event delivered to both once, from the thread the other front posted', async () => {
    const schema = await createTestSchema();
    closers.push(() => dropTestSchema(schema));
    const pages: ArticleServer = await startArticleServer();
    closers.push(() => pages.close());
    const slack = await startSlackStandIn();
    closers.push(() => slack.close());
    const [a, b] = [await front(slack, schema), await front(slack, schema)];
    const url = (app: SlackApp) => `http://127.0.0.1:${app.port}/slack/events`;
    const command = slashCommandBody({
      team_id: slack.teamId,
      channel_id: 'C0NEWS',
      user_id: 'U0READER',
      command: '/brief',
      text: pages.urlOf('russia-china-alliance'),
      response_url: slack.responseUrl('cmd-1'),
      trigger_id: 'trigger-1',
    });
    await postSigned(url(a), secret, command, 'application/x-www-form-urlencoded');
    const brief = await slack.waitFor((call) => call.method === 'chat.postMessage');
    const thread = String(brief.response?.ts);
    const envelope = JSON.stringify({
      team_id: slack.teamId,
      api_app_id: 'A0NEWSBRIEF',
      type: 'event_callback',
      event_id: 'EvBoth',
      event_time: Math.floor(Date.now() / 1000),
      event: {
        type: 'message',
        channel: 'C0NEWS',
        channel_type: 'channel',
        user: 'U0READER',
        text: 'Who signed the agreement?',
        ts: '1800000000.000001',
        event_ts: '1800000000.000001',
        thread_ts: thread,
      },
      authorizations: [{ team_id: slack.teamId, user_id: slack.botUserId, is_bot: true }],
    });
    const answered = await Promise.all(
      [b, a].map((app) => postSigned(url(app), secret, envelope, 'application/json')),
    );
    expect(answered.map((r) => r.status)).toEqual([200, 200]);
    await slack.waitFor(
      (call) => call.method === 'chat.postMessage' && call.args.thread_ts === thread,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const answers = slack.calls.filter(
      (call) => call.method === 'chat.postMessage' && call.args.thread_ts === thread,
    );
    expect(answers).toHaveLength(1);
  });
});
