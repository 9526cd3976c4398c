import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workerDestinations } from '../../adapters/worker.js';
import { loadConfig } from '../../src/index.js';

const root = join(import.meta.dirname, '..', '..');

/** Discord's REST API on 127.0.0.1: one text channel; every request path is kept. */
async function discordRest() {
  const paths: string[] = [];
  const server = createServer((req, res) => {
    paths.push(`${req.method} ${req.url}`);
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (req.method === 'GET' && req.url?.endsWith('/channels/111'))
        return void res.end(JSON.stringify({ id: '111', type: 0, guild_id: '9', name: 'news' }));
      if (req.method === 'POST' && req.url?.endsWith('/channels/111/messages'))
        return void res.end(
          JSON.stringify({
            id: '777',
            channel_id: '111',
            author: { id: '1', username: 'newsbrief', discriminator: '0', avatar: null },
            content: '',
            timestamp: new Date().toISOString(),
            edited_timestamp: null,
            tts: false,
            mention_everyone: false,
            mentions: [],
            mention_roles: [],
            attachments: [],
            embeds: [],
            pinned: false,
            type: 0,
          }),
        );
      res.statusCode = 404;
      res.end(JSON.stringify({ code: 0, message: 'Unknown route' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  return { api, paths, close: () => new Promise((resolve) => server.close(resolve)) };
}

// The second test starts the real command line (tsx, the engine): slow on a busy machine.
describe('the worker role', { timeout: 90_000 }, () => {
  it('posts to Discord through its REST API without opening the gateway', async () => {
    const discord = await discordRest();
    const config = loadConfig({ DISCORD_TOKEN: 'fake.token.value', NEWSBRIEF_ROLE: 'worker' });
    const worker = workerDestinations(config, { discordApi: discord.api });
    const [destination] = worker.destinations;
    const sent = await destination?.send(
      { platform: 'discord', channelId: '111', workspaceId: '9' },
      { kind: 'overflow', feedTitle: 'Harbour Times', stories: [{ title: 'A fictional story' }] },
      { idempotencyKey: 'k1' },
    );
    await worker.close();
    await discord.close();
    expect(sent?.messageId).toBe('777');
    expect(discord.paths).toEqual([
      'GET /api/v10/channels/111',
      'POST /api/v10/channels/111/messages',
    ]);
  });

  it('refuses to start with no platform to post to, naming the settings, exit 1', () => {
    const run = spawnSync(process.execPath, [join(root, 'bin', 'newsbrief.js'), 'worker'], {
      cwd: mkdtempSync(join(tmpdir(), 'newsbrief-worker-')),
      env: { PATH: process.env.PATH, NEWSBRIEF_DB: ':memory:' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toContain('set DISCORD_TOKEN or SLACK_BOT_TOKEN');
    expect(run.status).toBe(1);
  });
});
