import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, createServer as createTcpServer } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/sqlite.js';
import { postSigned, slashCommandBody } from '../fakes/slack/signed.js';
import { type SlackStandIn, startSlackStandIn } from '../fakes/slack/web-api.js';

// `npm start` (adapters/main.ts) in a real child process, with Slack pointed at the stand-in.
const root = join(import.meta.dirname, '..', '..');
const main = join(root, 'adapters', 'main.ts');
const secret = 'stop-test-secret';
const stopWithinMs = 5_000;

let slack: SlackStandIn;
let dir: string;
let child: ChildProcess | undefined;
let servers: Server[];
beforeEach(async () => {
  slack = await startSlackStandIn();
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-stop-'));
  servers = [];
});
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await slack.close();
  rmSync(dir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createTcpServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Started {
  port: number;
  exited: Promise<{ code: number | null; signal: string | null; atMs: number }>;
  output: () => string;
}

/** Starts the bot and resolves once it logged that Slack started. */
async function startBot(env: Record<string, string> = {}): Promise<Started> {
  const port = await freePort();
  const run = spawn(process.execPath, ['--import', 'tsx', main], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '',
      // A developer's own .env must not add platforms to the test's bot.
      DOTENV_CONFIG_PATH: join(dir, 'no.env'),
      NEWSBRIEF_DB: join(dir, 'newsbrief.db'),
      NEWSBRIEF_ALLOW_PRIVATE_URLS: '1',
      SLACK_BOT_TOKEN: 'xoxb-stand-in',
      SLACK_SIGNING_SECRET: secret,
      SLACK_API_URL: slack.apiUrl,
      SLACK_PORT: String(port),
      ...env,
    },
  });
  child = run;
  let output = '';
  run.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  run.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: string | null; atMs: number }>(
    (resolve) =>
      run.once('exit', (code, signal) => resolve({ code, signal, atMs: performance.now() })),
  );
  const deadline = Date.now() + 30_000;
  while (!/"platform":"slack".*"msg":"slack started"/.test(output)) {
    if (Date.now() > deadline || run.exitCode !== null) throw new Error(`no start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { port, exited, output: () => output };
}

/** Sends SIGTERM (or SIGINT) and returns how long the process took to exit. */
async function stop(bot: Started, signal: NodeJS.Signals = 'SIGTERM') {
  const sent = performance.now();
  child?.kill(signal);
  const timeout = new Promise<undefined>((resolve) =>
    setTimeout(() => resolve(undefined), stopWithinMs * 3),
  );
  const exit = await Promise.race([bot.exited, timeout]);
  expect(
    exit,
    `still running ${stopWithinMs * 3} ms after ${signal}:\n${bot.output()}`,
  ).toBeDefined();
  return { ...exit, tookMs: (exit?.atMs ?? 0) - sent };
}

function command(port: number, text: string) {
  const fields = {
    team_id: slack.teamId,
    channel_id: 'C0STOP',
    user_id: 'U0STOP',
    user_name: 'stopper',
    command: '/brief',
    text,
    response_url: slack.responseUrl('stop'),
    trigger_id: `trigger-${text.length}-${Math.random()}`,
  };
  return postSigned(
    `http://127.0.0.1:${port}/slack/events`,
    secret,
    slashCommandBody(fields),
    'application/x-www-form-urlencoded',
  );
}

/** This machine's first non-loopback IPv4 address, if it has one. */
function outsideAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((entry) => entry && entry.family === 'IPv4' && !entry.internal)?.address;
}

function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('where npm start listens', () => {
  it('serves Slack and /healthz on 127.0.0.1 only, unless NEWSBRIEF_HOST says otherwise', async () => {
    const health = await freePort();
    const bot = await startBot({ NEWSBRIEF_HEALTH_PORT: String(health) });
    expect((await fetch(`http://127.0.0.1:${health}/healthz`)).status).toBe(200);
    expect(await reachable('127.0.0.1', bot.port)).toBe(true);
    const outside = outsideAddress();
    if (outside) {
      expect(await reachable(outside, bot.port)).toBe(false);
      expect(await reachable(outside, health)).toBe(false);
    }
    expect((await stop(bot)).code).toBe(0);
  });
});

describe('stopping the bot with a signal', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('exits 0 promptly on %s when idle', async (signal) => {
    const bot = await startBot();
    const exit = await stop(bot, signal);
    expect(exit.code).toBe(0);
    expect(exit.tookMs).toBeLessThan(stopWithinMs);
  });

  it('stops within seconds after the process reading its stdout has gone (EPIPE)', async () => {
    const bot = await startBot();
    child?.stdout?.destroy();
    // Logging now fails with EPIPE: a command makes the bot log, and so does the shutdown.
    await command(bot.port, 'help');
    await slack.waitFor((call) => call.method === 'response_url');
    const exit = await stop(bot);
    expect(exit.tookMs).toBeLessThan(stopWithinMs);
  });

  it('stops within seconds while a page it fetches never answers', async () => {
    let asked: () => void = () => {};
    const requested = new Promise<void>((resolve) => {
      asked = resolve;
    });
    const hanging = createServer(() => asked());
    servers.push(hanging);
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const bot = await startBot({ NEWSBRIEF_FETCH_TIMEOUT_MS: '60000' });
    const { port } = hanging.address() as { port: number };
    await command(bot.port, `http://127.0.0.1:${port}/never`);
    await requested;
    const exit = await stop(bot);
    expect(exit.tookMs).toBeLessThan(stopWithinMs);
  });

  it('stops within seconds while a delivery to Slack hangs, and keeps that post in the outbox', async () => {
    const feed = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Fictional Harbour Times</title>
<item><guid>h-1</guid><title>Fictional ferry returns</title><link>https://news.example/h/1</link>
<description>The fictional harbour ferry returned on Monday after repairs, the council said. Passengers welcomed it.</description>
<pubDate>${new Date().toUTCString()}</pubDate></item></channel></rss>`,
      );
    });
    servers.push(feed);
    await new Promise<void>((resolve) => feed.listen(0, '127.0.0.1', resolve));
    slack.stalls.add('chat.postMessage');
    const bot = await startBot({ NEWSBRIEF_SLACK_MANAGERS: 'everyone' });
    const { port } = feed.address() as { port: number };
    await command(bot.port, `subscribe http://127.0.0.1:${port}/feed.xml`);
    await slack.waitFor((call) => call.method === 'chat.postMessage', 20_000);
    const exit = await stop(bot);
    expect(exit.tookMs).toBeLessThan(stopWithinMs);
    const db = openDatabase(join(dir, 'newsbrief.db'));
    try {
      const pending = db
        .prepare("SELECT COUNT(*) AS n FROM deliveries WHERE state IN ('pending', 'sending')")
        .get() as { n: number };
      expect(pending.n).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });
});
