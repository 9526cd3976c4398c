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
import { type PartState, startHealthServer } from './health.js';
import { createLifecycle } from './lifecycle.js';
import { type AdapterServices, createServices, type StartAdapter } from './services.js';
import { start as startSlack } from './slack/main.js';
import { workerDestinations } from './worker.js';

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
    platforms.push({ name: 'slack', load: async () => startSlack });
  }
  return platforms;
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const role = config.NEWSBRIEF_ROLE;
  // A worker polls and posts through the platforms' APIs; the gateway and receivers are the front's.
  const worker = role === 'worker' ? workerDestinations(config) : undefined;
  if (worker && worker.destinations.length === 0) {
    process.stderr.write(
      'NEWSBRIEF_ROLE=worker posts to Discord or Slack: set DISCORD_TOKEN or SLACK_BOT_TOKEN.\n',
    );
    process.exitCode = 1;
    return;
  }
  const platforms = worker ? [] : configured(config);
  if (platforms.length === 0 && !worker) {
    await startConsole(config);
    return;
  }
  const log = createLogger({ level: config.NEWSBRIEF_LOG_LEVEL, secrets: secretsOf(config) });
  const lifecycle = createLifecycle({ log });
  const services = { ...createServices(config, log), track: lifecycle.track };
  lifecycle.onStop('subscriptions', () => services.subscriptions.stop());
  lifecycle.onClose('database', () => services.close());
  lifecycle.listen();
  const states: Record<string, PartState> = {};
  await serveHealth(services, states, lifecycle.onClose);
  if (worker) {
    for (const destination of worker.destinations)
      services.subscriptions.addDestination(destination);
    lifecycle.onStop('worker', () => worker.close());
    states.worker = 'up';
    log.info({ role, platforms: worker.destinations.map((d) => d.platform) }, 'worker started');
  }
  for (const platform of platforms) {
    states[platform.name] = 'starting';
    const start = await platform.load();
    if (!start) {
      log.error({ platform: platform.name }, 'configured, but this build has no adapter for it');
      continue;
    }
    const running = await start(services);
    states[platform.name] = 'up';
    lifecycle.onStop(platform.name, () => {
      states[platform.name] = 'stopping';
      return running.stop();
    });
    log.info({ platform: platform.name }, 'started');
  }
  // Polling starts once every platform has added its Destination; a front leaves it to workers.
  if (role !== 'front') services.subscriptions.start();
}

/** `/healthz` when NEWSBRIEF_HEALTH_PORT is set: adapters, database and poller, for probes. */
async function serveHealth(
  services: AdapterServices,
  states: Record<string, PartState>,
  onClose: (name: string, close: () => Promise<void>) => void,
): Promise<void> {
  const port = services.config.NEWSBRIEF_HEALTH_PORT;
  if (port === undefined) return;
  const server = await startHealthServer({
    port,
    checks: {
      adapters: () => states,
      database: () => services.databaseUp(),
      store: () => services.storeHealth(),
      poller: () => ({ state: 'up' }),
    },
  });
  services.log.info({ url: server.url }, 'health endpoint listening');
  onClose('health', () => server.close());
}

try {
  await main();
} catch (error) {
  if (!isNewsbriefError(error)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
