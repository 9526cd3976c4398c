import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningAdapter } from '../../../adapters/services.js';
import { createServices } from '../../../adapters/services.js';
import { start } from '../../../adapters/slack/main.js';
import { loadConfig } from '../../../src/index.js';
import { postSigned, slashCommandBody } from '../../fakes/slack/signed.js';
import { type SlackStandIn, startSlackStandIn } from '../../fakes/slack/web-api.js';
import { repoRoot } from '../../scenarios/fixtures.js';
import { signingSecret } from './harness.js';

const feeds = join(repoRoot, 'content', 'feeds');
let slack: SlackStandIn;
let files: Server;
let running: RunningAdapter;
let services: ReturnType<typeof createServices>;
let dir: string;
let port = 0;

/** content/feeds over HTTP on 127.0.0.1: the feed and the articles its items link to. */
function serveFeeds(): Server {
  return createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    try {
      const body = readFileSync(join(feeds, path));
      const type = path.endsWith('.xml') ? 'application/rss+xml' : 'text/plain; charset=utf-8';
      response.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-slack-main-'));
  slack = await startSlackStandIn();
  files = serveFeeds();
  await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
  const config = loadConfig({
    NEWSBRIEF_ALLOW_PRIVATE_URLS: '1',
    NEWSBRIEF_DB: join(dir, 'newsbrief.db'),
    NEWSBRIEF_SLACK_MANAGERS: 'U0EDITOR',
    SLACK_BOT_TOKEN: 'xoxb-stand-in',
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_API_URL: slack.apiUrl,
  });
  const quiet = { info() {}, debug() {}, warn() {}, error() {} };
  services = createServices(config, quiet);
  const started = await start(services, { listen: { port: 0, host: '127.0.0.1' }, retries: 0 });
  running = started;
  port = started.port ?? 0;
});
afterAll(async () => {
  await running?.stop();
  await services?.close();
  await slack?.close();
  files?.closeAllConnections();
  await new Promise((resolve) => files?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('Slack on the shared services of npm start', () => {
  it('subscribes a channel for a listed manager, posts the sample story, and answers in its thread', async () => {
    const feedUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}/politics.rss.xml`;
    const fields = {
      team_id: slack.teamId,
      channel_id: 'C0FEEDS',
      user_id: 'U0EDITOR',
      user_name: 'editor',
      command: '/brief',
      text: `subscribe ${feedUrl}`,
      response_url: slack.responseUrl('main-1'),
      trigger_id: 'trigger-main-1',
    };
    const ack = await postSigned(
      `http://127.0.0.1:${port}/slack/events`,
      signingSecret,
      slashCommandBody(fields),
      'application/x-www-form-urlencoded',
    );
    expect(ack.status).toBe(200);
    const confirmed = await slack.waitFor(
      (call) =>
        call.method === 'chat.postMessage' &&
        JSON.stringify(call.args.blocks).includes('Subscribed to'),
      10_000,
    );
    expect(confirmed.args.channel).toBe('C0FEEDS');
    const story = await slack.waitFor(
      (call) => call.method === 'chat.postMessage' && call !== confirmed && !call.args.thread_ts,
      10_000,
    );
    const thread = String(story.response?.ts);
    const event = {
      type: 'message',
      channel: 'C0FEEDS',
      user: 'U0READER',
      text: 'What does the story say?',
      ts: '1800000002.000001',
      thread_ts: thread,
    };
    const envelope = { team_id: slack.teamId, type: 'event_callback', event_id: 'EvStory', event };
    await postSigned(
      `http://127.0.0.1:${port}/slack/events`,
      signingSecret,
      JSON.stringify(envelope),
      'application/json',
    );
    const answer = await slack.waitFor(
      (call) => call.method === 'chat.postMessage' && call.args.thread_ts === thread,
      10_000,
    );
    expect(JSON.stringify(answer.args.blocks)).toContain('What does the story say?');
  });
});
