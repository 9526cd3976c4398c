import { NewsbriefError } from '../../src/index.js';
import type { AdapterServices, RunningAdapter } from '../services.js';
import { createDiscordBot } from './bot.js';
import { createDiscordDestination } from './destination.js';

/** Starts the Discord bot on the shared services; the caller has loaded .env. */
export async function start(services: AdapterServices): Promise<RunningAdapter> {
  const { config } = services;
  if (!config.DISCORD_TOKEN || !config.DISCORD_APP_ID) {
    throw new NewsbriefError('config_invalid', 'Discord needs DISCORD_TOKEN and DISCORD_APP_ID.');
  }
  const bot = createDiscordBot({
    ...services,
    ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}),
  });
  await bot.start(config.DISCORD_TOKEN);
  services.subscriptions.addDestination(createDiscordDestination(bot.client));
  const as = bot.client.user?.tag;
  return { where: `the Discord gateway${as ? ` as ${as}` : ''}`, stop: () => bot.stop() };
}
