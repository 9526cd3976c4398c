import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackApp } from '../../../adapters/slack/app.js';
import { startSlack } from '../../../adapters/slack/main.js';
import { createEngine, loadConfig } from '../../../src/index.js';
import {
  createSqliteArticleStore,
  createSqliteEventLog,
  openDatabase,
  type SqliteDatabase,
} from '../../../src/store/sqlite.js';
import { type SlackStandIn, startSlackStandIn } from '../../fakes/slack/web-api.js';
import { type ArticleServer, startArticleServer } from '../../scenarios/fixtures.js';

let slack: SlackStandIn;
let pages: ArticleServer;
let running: SlackApp;
let db: SqliteDatabase;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-slack-socket-'));
  pages = await startArticleServer();
  slack = await startSlackStandIn();
  const config = loadConfig({
    NEWSBRIEF_ALLOW_PRIVATE_URLS: '1',
    NEWSBRIEF_DB: join(dir, 'newsbrief.db'),
    SLACK_BOT_TOKEN: 'xoxb-stand-in',
    SLACK_APP_TOKEN: 'xapp-stand-in',
    SLACK_API_URL: slack.apiUrl,
  });
  db = openDatabase(config.NEWSBRIEF_DB);
  const log = { info() {}, debug() {}, warn() {}, error() {} };
  running = await startSlack(
    {
      config,
      engine: createEngine({ config }),
      articles: createSqliteArticleStore(db),
      events: createSqliteEventLog(db),
      log,
    },
    { retries: 0 },
  );
  await slack.socketConnected();
});
afterAll(async () => {
  await running?.stop();
  await slack?.close();
  await pages?.close();
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Socket Mode, when SLACK_APP_TOKEN is set', () => {
  it('opens the connection with the app token and listens on no port', async () => {
    const open = await slack.waitFor((call) => call.method === 'apps.connections.open');
    expect(open.authorization).toBe('Bearer xapp-stand-in');
    expect(running.port).toBeUndefined();
  });

  it('acknowledges /brief over the socket, posts the brief, and answers in its thread', async () => {
    const ack = await slack.sendSocketEnvelope({
      envelope_id: 'env-command-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        team_id: slack.teamId,
        channel_id: 'C0SOCKET',
        user_id: 'U0READER',
        user_name: 'reader',
        command: '/brief',
        text: pages.urlOf('russia-china-alliance'),
        response_url: slack.responseUrl('socket-1'),
        trigger_id: 'trigger-socket-1',
        api_app_id: 'A0NEWSBRIEF',
      },
    });
    expect(ack).toBeDefined();
    const brief = await slack.waitFor((call) => call.method === 'chat.postMessage');
    expect(brief.args.channel).toBe('C0SOCKET');
    const thread = String(brief.response?.ts);
    await slack.sendSocketEnvelope({
      envelope_id: 'env-event-1',
      type: 'events_api',
      accepts_response_payload: false,
      payload: {
        team_id: slack.teamId,
        api_app_id: 'A0NEWSBRIEF',
        type: 'event_callback',
        event_id: 'EvSocket1',
        event_time: Math.floor(Date.now() / 1000),
        event: {
          type: 'message',
          channel: 'C0SOCKET',
          channel_type: 'channel',
          user: 'U0READER',
          text: 'Who signed the agreement?',
          ts: '1800000001.000001',
          event_ts: '1800000001.000001',
          thread_ts: thread,
        },
      },
    });
    const answer = await slack.waitFor(
      (call) => call.method === 'chat.postMessage' && call.args.thread_ts === thread,
    );
    expect(JSON.stringify(answer.args.blocks)).toContain('Who signed the agreement?');
  });
});
