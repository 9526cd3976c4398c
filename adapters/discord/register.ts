// `npm run discord:register`: registers the slash commands with Discord and says what it did.
import 'dotenv/config';
import { commands } from '../../commands/index.js';
import { loadConfig } from '../../src/index.js';
import { registerCommands } from './register-commands.js';

const config = loadConfig(process.env);
if (!config.DISCORD_TOKEN || !config.DISCORD_APP_ID) {
  process.stderr.write(
    'Set DISCORD_TOKEN and DISCORD_APP_ID (in .env or the environment) to register commands.\n',
  );
  process.exit(1);
}
try {
  const done = await registerCommands(commands, {
    token: config.DISCORD_TOKEN,
    appId: config.DISCORD_APP_ID,
    ...(config.DISCORD_GUILD_ID ? { guildId: config.DISCORD_GUILD_ID } : {}),
    ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}),
  });
  const where =
    done.scope === 'guild'
      ? `to guild ${config.DISCORD_GUILD_ID} (available now)`
      : 'globally (may take up to an hour to appear everywhere)';
  process.stdout.write(
    `Registered ${done.names.length} commands ${where}: ${done.names.map((n) => `/${n}`).join(', ')}${
      done.messageActions.length
        ? `; in a message's Apps menu: ${done.messageActions.map((n) => `“${n}”`).join(', ')}`
        : ''
    }\n`,
  );
} catch (error) {
  process.stderr.write(
    `Registering failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
}
