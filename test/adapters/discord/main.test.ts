import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatInput } from '../../fakes/discord/interactions.js';
import { type DiscordStandIn, startDiscordStandIn } from '../../fakes/discord/stand-in.js';
import { repoRoot } from '../../scenarios/fixtures.js';
import { fakeToken, finalReply } from './harness.js';

let discord: DiscordStandIn;
let dir: string;
let child: ChildProcess | undefined;

beforeAll(async () => {
  discord = await startDiscordStandIn();
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-start-'));
});
afterAll(async () => {
  if (child?.exitCode === null) child.kill('SIGKILL');
  await discord.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm start with Discord configured', () => {
  it('logs in, answers a slash command, reports health, and shuts down cleanly on SIGTERM', async () => {
    // What `npm start` runs: the build, with its worker threads.
    child = spawn(process.execPath, [join(repoRoot, 'dist', 'adapters', 'main.js')], {
      // Away from the repo, so a developer's .env cannot add a real token.
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        DISCORD_TOKEN: fakeToken,
        DISCORD_APP_ID: discord.appId,
        DISCORD_API_URL: discord.api,
        NEWSBRIEF_DB: join(dir, 'bot.db'),
        NEWSBRIEF_LOG_LEVEL: 'info',
        NEWSBRIEF_HEALTH_PORT: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let logs = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      logs += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) =>
      child?.once('exit', (code) => resolve(code)),
    );
    await discord.identified();
    const interaction = chatInput('help', {}, { appId: discord.appId, guildId: discord.guildId });
    discord.dispatch('INTERACTION_CREATE', interaction);
    const reply = await finalReply(discord, interaction.token);
    expect(reply.ephemeral).toBe(true);
    expect(JSON.stringify(reply.body)).toMatch(/\/brief/);
    const healthUrl = /"url":"(http:\/\/127\.0\.0\.1:\d+\/healthz)"/.exec(logs)?.[1];
    expect(healthUrl, logs).toBeDefined();
    const health = await fetch(healthUrl ?? '');
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      status: 'ok',
      adapters: { discord: 'up' },
      database: 'up',
    });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(logs).not.toContain(fakeToken);
  });
});
