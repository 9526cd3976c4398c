import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SlackApp } from '../../../adapters/slack/app.js';
import { startSlack } from '../../../adapters/slack/main.js';
import type { Logger } from '../../../commands/command.js';
import {
  type ArticleStore,
  type Config,
  createEngine,
  createSqliteArticleStore,
  createSqliteEventLog,
  type Engine,
  loadConfig,
  modelSettingsFrom,
  openDatabase,
  withModel,
} from '../../../src/index.js';
import {
  postSigned,
  type SignedPost,
  type SlackResponse,
  slashCommandBody,
} from '../../fakes/slack/signed.js';
import { type SlackStandIn, startSlackStandIn } from '../../fakes/slack/web-api.js';

export const signingSecret = 'stand-in-signing-secret';
export const channelId = 'C0NEWS';
export const userId = 'U0READER';

export interface SlackHarness {
  slack: SlackStandIn;
  running: SlackApp;
  engine: Engine;
  articles: ArticleStore;
  config: Config;
  errors: object[];
  /** Posts a signed slash command; `responseId` names its response_url on the stand-in. */
  command(
    text: string,
    extra?: Record<string, string>,
    signed?: SignedPost,
  ): Promise<SlackResponse>;
  /** Posts a signed Events API envelope around `event`. */
  event(
    event: Record<string, unknown>,
    eventId: string,
    signed?: SignedPost,
  ): Promise<SlackResponse>;
  /** Stops the app and starts a new one on the same SQLite file (a restart). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** The real Bolt app with its HTTP receiver on 127.0.0.1, its Web API calls going to the stand-in. */
export async function startSlackHarness(env: Record<string, string> = {}): Promise<SlackHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-slack-'));
  const slack = await startSlackStandIn();
  const config = loadConfig({
    NEWSBRIEF_ALLOW_PRIVATE_URLS: '1',
    NEWSBRIEF_DB: join(dir, 'newsbrief.db'),
    SLACK_BOT_TOKEN: 'xoxb-stand-in',
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_API_URL: slack.apiUrl,
    ...env,
  });
  const errors: object[] = [];
  const log: Logger = {
    info() {},
    debug() {},
    warn: (obj) => errors.push(obj),
    error: (obj) => errors.push(obj),
  };
  // As in adapters/services.ts: the model backend wraps the engine when NEWSBRIEF_LLM_URL is set.
  const engine = withModel(createEngine({ config }), modelSettingsFrom(config));
  let db = openDatabase(config.NEWSBRIEF_DB);
  const open = async () => {
    const articles = createSqliteArticleStore(db);
    const events = createSqliteEventLog(db);
    const running = await startSlack(
      { config, engine, articles, events, log },
      { listen: { port: 0, host: '127.0.0.1' }, retries: 0 },
    );
    return { articles, running };
  };
  let current = await open();
  const url = () => `http://127.0.0.1:${current.running.port}/slack/events`;
  let commands = 0;

  const harness: SlackHarness = {
    slack,
    engine,
    config,
    errors,
    get running() {
      return current.running;
    },
    get articles() {
      return current.articles;
    },
    command(text, extra = {}, signed = {}) {
      commands += 1;
      const fields = {
        token: 'legacy-unused',
        team_id: slack.teamId,
        channel_id: channelId,
        channel_name: 'news',
        user_id: userId,
        user_name: 'reader',
        command: '/brief',
        text,
        response_url: slack.responseUrl(`cmd-${commands}`),
        trigger_id: `trigger-${commands}`,
        api_app_id: 'A0NEWSBRIEF',
        ...extra,
      };
      return postSigned(
        url(),
        signingSecret,
        slashCommandBody(fields),
        'application/x-www-form-urlencoded',
        signed,
      );
    },
    event(event, eventId, signed = {}) {
      const envelope = {
        token: 'legacy-unused',
        team_id: slack.teamId,
        api_app_id: 'A0NEWSBRIEF',
        type: 'event_callback',
        event_id: eventId,
        event_time: Math.floor(Date.now() / 1000),
        event: { event_ts: event.ts, ...event },
        authorizations: [{ team_id: slack.teamId, user_id: slack.botUserId, is_bot: true }],
      };
      return postSigned(url(), signingSecret, JSON.stringify(envelope), 'application/json', signed);
    },
    async restart() {
      await current.running.stop();
      db.close();
      db = openDatabase(config.NEWSBRIEF_DB);
      current = await open();
    },
    async stop() {
      await current.running.stop();
      await slack.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** The calls the app made of one Web API method. */
export function callsOf(slack: SlackStandIn, method: string) {
  return slack.calls.filter((call) => call.method === method);
}
