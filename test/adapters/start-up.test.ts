import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SlackStandIn, startSlackStandIn } from '../fakes/slack/web-api.js';
import { repoRoot } from '../scenarios/fixtures.js';
import { fakeToken } from './discord/harness.js';

let dir: string;
let slack: SlackStandIn;
let refusing: Server;
let refusingUrl: string;
let run = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-start-up-'));
  slack = await startSlackStandIn();
  // A platform that knows no such token: Discord answers 401, Slack `ok: false`.
  refusing = createServer((request, response) => {
    if (request.url?.startsWith('/slack/'))
      response.writeHead(200, { 'content-type': 'application/json' });
    else response.writeHead(401, { 'content-type': 'application/json' });
    response.end(
      request.url?.startsWith('/slack/')
        ? JSON.stringify({ ok: false, error: 'invalid_auth' })
        : JSON.stringify({ message: '401: Unauthorized', code: 0 }),
    );
  });
  refusingUrl = await listening(refusing);
});
afterAll(async () => {
  await slack.close();
  await new Promise((resolve) => refusing.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

function listening(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
}

/** A port nothing listens on: taken, then given back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  const url = await listening(server);
  await new Promise((resolve) => server.close(resolve));
  return Number(new URL(url).port);
}

interface Ended {
  code: number | null;
  stdout: string;
  stderr: string;
}

// Node loads tsx itself, so a signal reaches the app directly: tsx's own relay kills a child that
// answers a signal more slowly than it expects, as a loaded machine does.
const tsxLoader = pathToFileURL(join(repoRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

/** `npm start` (adapters/main.ts) with only these settings, away from any .env, no terminal. */
function npmStart(env: Record<string, string>, until?: (stdout: string) => boolean) {
  run += 1;
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', tsxLoader, join(repoRoot, 'adapters', 'main.ts')],
    {
      cwd: dir,
      env: { PATH: process.env.PATH, NEWSBRIEF_DB: join(dir, `start-${run}.db`), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  let stopped = false;
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    // One SIGTERM: a second one means "exit now" (exit 1) to the app.
    if (!stopped && until?.(stdout)) {
      stopped = true;
      child.kill('SIGTERM');
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  return new Promise<Ended>((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}

/** Exit 1 and exactly one line on stderr, with no stack trace. */
function expectOneLine(ended: Ended, pattern: RegExp): void {
  expect(ended.code, ended.stderr).toBe(1);
  expect(ended.stderr.trimEnd().split('\n'), ended.stderr).toHaveLength(1);
  expect(ended.stderr).toMatch(pattern);
  expect(ended.stderr).not.toMatch(/\n\s+at /);
}

describe('npm start explains a wrong setting and exits 1', () => {
  it('names DISCORD_APP_ID when only DISCORD_TOKEN is set, instead of opening the console', async () => {
    expectOneLine(
      await npmStart({ DISCORD_TOKEN: fakeToken }),
      /^DISCORD_TOKEN is set but DISCORD_APP_ID is not: set DISCORD_APP_ID/,
    );
  });

  it('names the signing secret when only the Slack bot token is set', async () => {
    expectOneLine(
      await npmStart({ SLACK_BOT_TOKEN: 'xoxb-stand-in-token' }),
      /^SLACK_BOT_TOKEN is set but SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is not/,
    );
  });

  it('names the bot token when only the Slack signing secret is set', async () => {
    expectOneLine(
      await npmStart({ SLACK_SIGNING_SECRET: 'stand-in-signing-secret' }),
      /^SLACK_SIGNING_SECRET is set but SLACK_BOT_TOKEN is not/,
    );
  });

  it('says Discord refused the token', async () => {
    expectOneLine(
      await npmStart({
        DISCORD_TOKEN: fakeToken,
        DISCORD_APP_ID: '100000000000000001',
        DISCORD_API_URL: `${refusingUrl}/api`,
      }),
      /^Discord refused DISCORD_TOKEN: copy the bot token again/,
    );
  });

  it('says Discord cannot be reached, and where it looked', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/api`;
    const ended = await npmStart({
      DISCORD_TOKEN: fakeToken,
      DISCORD_APP_ID: '100000000000000001',
      DISCORD_API_URL: url,
    });
    expectOneLine(ended, /^Cannot reach Discord at .* \(DISCORD_API_URL\): ECONNREFUSED\./);
    expect(ended.stderr).toContain(url);
  });

  it('says Slack refused the token', async () => {
    expectOneLine(
      await npmStart({
        SLACK_BOT_TOKEN: 'xoxb-stand-in-token',
        SLACK_SIGNING_SECRET: 'stand-in-signing-secret',
        SLACK_API_URL: `${refusingUrl}/slack/`,
      }),
      /^Slack refused the token \(invalid_auth\): copy SLACK_BOT_TOKEN/,
    );
  });

  it('says Slack cannot be reached instead of retrying for ever', async () => {
    expectOneLine(
      await npmStart({
        SLACK_BOT_TOKEN: 'xoxb-stand-in-token',
        SLACK_SIGNING_SECRET: 'stand-in-signing-secret',
        SLACK_API_URL: `http://127.0.0.1:${await closedPort()}/api/`,
      }),
      /^Cannot reach Slack at .* \(SLACK_API_URL\): ECONNREFUSED\./,
    );
  });

  it('says Slack cannot be reached when the request fails with no network code', async () => {
    // fetch refuses port 1 itself ("bad port"): the request fails before any connection.
    expectOneLine(
      await npmStart({
        SLACK_BOT_TOKEN: 'xoxb-stand-in-token',
        SLACK_SIGNING_SECRET: 'stand-in-signing-secret',
        SLACK_API_URL: 'http://127.0.0.1:1/api/',
      }),
      /^Cannot reach Slack at http:\/\/127\.0\.0\.1:1\/api\/ \(SLACK_API_URL\): bad port\./,
    );
  });

  it('says which port is taken and which setting moves it', async () => {
    const taken = createServer();
    const port = new URL(await listening(taken)).port;
    try {
      expectOneLine(
        await npmStart({
          SLACK_BOT_TOKEN: 'xoxb-stand-in-token',
          SLACK_SIGNING_SECRET: 'stand-in-signing-secret',
          SLACK_API_URL: slack.apiUrl,
          SLACK_PORT: port,
        }),
        new RegExp(`^Port ${port} \\(SLACK_PORT\\) is already in use: .*set SLACK_PORT`),
      );
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});

describe('npm start says where it listens', () => {
  it('logs the Slack address as JSON lines when there is no terminal', async () => {
    const port = await closedPort();
    const ended = await npmStart(
      {
        SLACK_BOT_TOKEN: 'xoxb-stand-in-token',
        SLACK_SIGNING_SECRET: 'stand-in-signing-secret',
        SLACK_API_URL: slack.apiUrl,
        SLACK_PORT: String(port),
      },
      (stdout) => stdout.includes('slack started'),
    );
    const started = ended.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { msg?: string; where?: string })
      .find((entry) => entry.msg === 'slack started');
    expect(started?.where).toBe(`http://127.0.0.1:${port}/slack/events`);
    expect(ended.code, ended.stdout).toBe(0);
  });
});
