// `npm start`: starts every chat platform whose tokens are configured; with none, the console chat.
import 'dotenv/config';
import {
  type Config,
  createEnginePool,
  createLogger,
  loadConfig,
  NewsbriefError,
} from '../src/index.js';
import { startConsole } from './console/main.js';
import { start as startDiscord } from './discord/main.js';
import { type PartState, startHealthServer } from './health.js';
import { createLifecycle } from './lifecycle.js';
import { logOutput } from './log-output.js';
import { type AdapterServices, createServices, type StartAdapter } from './services.js';
import { start as startSlack } from './slack/main.js';
import { explainStartFailure, missingPartner } from './start-up.js';
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
  const half = missingPartner(config);
  if (half) stop(half);
  const role = config.NEWSBRIEF_ROLE;
  // A worker polls and posts through the platforms' APIs; the gateway and receivers are the front's.
  const worker = role === 'worker' ? workerDestinations(config) : undefined;
  if (worker && worker.destinations.length === 0)
    stop('NEWSBRIEF_ROLE=worker posts to Discord or Slack: set DISCORD_TOKEN or SLACK_BOT_TOKEN.');
  const platforms = worker ? [] : configured(config);
  if (platforms.length === 0 && !worker) {
    await startConsole(config);
    return;
  }
  const output = logOutput();
  const log = createLogger({
    level: config.NEWSBRIEF_LOG_LEVEL,
    config,
    ...(output ? { destination: output } : {}),
  });
  const lifecycle = createLifecycle({ log });
  // Pages are read and briefed on worker threads, so no page holds up anyone else's command.
  const pool = createEnginePool();
  const services = { ...createServices(config, log, [], pool), track: lifecycle.track };
  lifecycle.onStop('subscriptions', () => services.subscriptions.stop());
  lifecycle.onClose('database', () => services.close());
  lifecycle.onClose('workers', () => pool.close());
  lifecycle.listen();
  const states: Record<string, PartState> = {};
  await explained('health', config, () => serveHealth(services, states, lifecycle.onClose));
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
    const running = await explained(platform.name, config, () => start(services));
    states[platform.name] = 'up';
    lifecycle.onStop(platform.name, () => {
      states[platform.name] = 'stopping';
      return running.stop();
    });
    log.info({ platform: platform.name, where: running.where }, `${platform.name} started`);
  }
  // Polling starts once every platform has added its Destination; a front leaves it to workers.
  if (role !== 'front') services.subscriptions.start();
}

/** Runs a start-up step; a mistake people make ends the process with one line saying what to do. */
async function explained<T>(part: string, config: Config, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    const line = explainStartFailure(part, error, config);
    if (line) stop(line);
    throw error;
  }
}

/** Ends start-up: the one line on stderr, exit 1, before a library retries on its own. */
function stop(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(1);
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
    host: services.config.NEWSBRIEF_HOST,
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
  if (!(error instanceof NewsbriefError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
