import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../../adapters/discord/definitions.js';
import { registerCommands } from '../../../adapters/discord/register-commands.js';
import { commands } from '../../../commands/index.js';
import { type DiscordStandIn, startDiscordStandIn } from '../../fakes/discord/stand-in.js';
import { repoRoot } from '../../scenarios/fixtures.js';
import { fakeToken } from './harness.js';

type Definition = ReturnType<typeof commandDefinitions>[number];
const byName = (defs: Definition[], name: string) => defs.find((d) => d.name === name);

describe('slash command definitions', () => {
  const definitions = commandDefinitions(commands);

  it('defines every command within Discord’s name and description limits', () => {
    expect(definitions.map((d) => d.name).sort()).toEqual(commands.map((c) => c.name).sort());
    for (const definition of definitions) {
      expect(definition.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(definition.description.length).toBeGreaterThan(0);
      expect(definition.description.length).toBeLessThanOrEqual(100);
      for (const option of definition.options ?? []) {
        expect(option.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
        expect(option.description.length).toBeLessThanOrEqual(100);
        expect(option.description).not.toMatch(/e\.g\./);
      }
    }
  });

  it('reads option types, choices and required flags from the zod schemas', () => {
    const brief = byName(definitions, 'brief');
    expect(brief?.options).toEqual([
      expect.objectContaining({ name: 'url', type: 3, required: false, max_length: 2000 }),
      // Discord holds a string option to 6,000 characters; the command takes more when typed.
      expect.objectContaining({ name: 'text', type: 3, required: false, max_length: 6000 }),
      expect.objectContaining({
        name: 'topic',
        type: 3,
        required: false,
        min_length: 2,
        max_length: 100,
      }),
      expect.objectContaining({
        name: 'length',
        type: 3,
        required: false,
        choices: [
          { name: 'short', value: 'short' },
          { name: 'standard', value: 'standard' },
          { name: 'long', value: 'long' },
        ],
      }),
    ]);
    const ask = byName(definitions, 'ask');
    expect(ask?.options?.[0]).toMatchObject({ name: 'question', required: true });
  });

  it('lets only members who may manage the server use subscription commands by default', () => {
    for (const command of commands) {
      const expected = command.needs.manage ? String(PermissionFlagsBits.ManageGuild) : undefined;
      expect(byName(definitions, command.name)?.default_member_permissions).toBe(expected);
    }
    expect(byName(definitions, 'subscribe')?.default_member_permissions).toBe('32');
  });
});

describe('registering with Discord', () => {
  let discord: DiscordStandIn;
  beforeAll(async () => {
    discord = await startDiscordStandIn();
  });
  afterAll(async () => {
    await discord.close();
  });

  it('overwrites the guild’s commands when a guild is given', async () => {
    const done = await registerCommands(commands, {
      token: fakeToken,
      appId: discord.appId,
      guildId: discord.guildId,
      api: discord.api,
    });
    expect(done).toEqual({
      scope: 'guild',
      names: commands.map((c) => c.name),
      messageActions: ['Brief this message'],
    });
    const put = await discord.waitFor((r) => r.method === 'PUT' && r.path.includes('/guilds/'));
    expect(put.path).toBe(`/applications/${discord.appId}/guilds/${discord.guildId}/commands`);
    expect(put.authorization).toBe(`Bot ${fakeToken}`);
    const body = put.body as Definition[];
    expect(byName(body, 'unsubscribe')?.default_member_permissions).toBe('32');
    expect(byName(body, 'brief')?.default_member_permissions).toBeUndefined();
    expect(byName(body, 'Brief this message')).toMatchObject({ type: 3 });
  });

  it('registers globally from `npm run discord:register` and prints what it did', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(repoRoot, 'dist', 'adapters', 'discord', 'register.js')],
      {
        // Away from the repo, so a developer's .env cannot add a guild or a real token.
        cwd: tmpdir(),
        env: {
          PATH: process.env.PATH,
          DISCORD_TOKEN: fakeToken,
          DISCORD_APP_ID: discord.appId,
          DISCORD_API_URL: discord.api,
        },
      },
    );
    expect(stdout).toMatch(
      new RegExp(
        `^Registered ${commands.length} commands globally .*/brief, /ask, /help.*; in a message's Apps menu: “Brief this message”`,
      ),
    );
    await discord.waitFor(
      (r) => r.method === 'PUT' && r.path === `/applications/${discord.appId}/commands`,
    );
  });
});
