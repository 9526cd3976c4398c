// `npm start`: starts every chat platform whose tokens are configured; with none, the console chat.
import 'dotenv/config';
import {
  type Config,
  createLogger,
  isNewsbriefError,
  loadConfig,
  secretsOf,
} from '../src/index.js';
import { startConsole } from './console/main.js';
import { start as startDiscord } from './discord/main.js';
import { createLifecycle } from './lifecycle.js';
import { createServices, type StartAdapter } from './services.js';

/**
 * SLACK IMPORT POINT: adapters/slack/main.ts (the Slack work) exports
 * `start(services: AdapterServices): Promise<RunningAdapter>` (see ./services.ts).
 * Loaded by name so this file runs before that module exists.
 */
async function loadSlack(): Promise<StartAdapter | undefined> {
  const specifier = './slack/main.js';
  const slack = (await import(specifier).catch(() => ({}))) as { start?: StartAdapter };
  return slack.start;
}

interface Platform {
  name: string;
  load(): Promise<StartAdapter | undefined>;
}

function configured(config: Config): Platform[] {
  const platforms: Platform[] = [];
  if (config.DISCORD_TOKEN && config.DISCORD_APP_ID) {
    platforms.push({ name: 'discord', load: async () => startDiscord });
  }
  if (config.SLACK_BOT_TOKEN && (config.SLACK_SIGNING_SECRET || config.SLACK_APP_TOKEN)) {
    platforms.push({ name: 'slack', load: loadSlack });
  }
  return platforms;
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const platforms = configured(config);
  if (platforms.length === 0) {
    await startConsole(config);
    return;
  }
  const log = createLogger({ level: config.NEWSBRIEF_LOG_LEVEL, secrets: secretsOf(config) });
  const lifecycle = createLifecycle({ log });
  const services = { ...createServices(config, log), track: lifecycle.track };
  lifecycle.onStop('subscriptions', () => services.subscriptions.stop());
  lifecycle.onClose('database', () => services.close());
  lifecycle.listen();
  for (const platform of platforms) {
    const start = await platform.load();
    if (!start) {
      log.error({ platform: platform.name }, 'configured, but this build has no adapter for it');
      continue;
    }
    const running = await start(services);
    lifecycle.onStop(platform.name, () => running.stop());
    log.info({ platform: platform.name }, 'started');
  }
  // Polling starts once every platform has added its Destination.
  services.subscriptions.start();
}

try {
  await main();
} catch (error) {
  if (!isNewsbriefError(error)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
