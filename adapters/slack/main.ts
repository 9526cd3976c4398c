import { pathToFileURL } from 'node:url';
import { LogLevel, webApi } from '@slack/bolt';
import type { Logger } from '../../commands/command.js';
import {
  type Config,
  createEnginePool,
  createLogger,
  loadConfig,
  NewsbriefError,
} from '../../src/index.js';
import { createLifecycle } from '../lifecycle.js';
import { logOutput } from '../log-output.js';
import { type AdapterServices, createServices, type RunningAdapter } from '../services.js';
import { explainStartFailure } from '../start-up.js';
import { requireSlackTokens, type SlackApp, type SlackAppOptions, startSlackApp } from './app.js';
import { boltLogger } from './bolt-logger.js';
import type { SlackDeps } from './context.js';
import { createSlackDestination } from './destination.js';

export type { SlackDeps } from './context.js';

/** Starts the Slack app on explicit dependencies (tests, or another host process). */
export function startSlack(deps: SlackDeps, options: SlackAppOptions = {}): Promise<SlackApp> {
  return startSlackApp(deps, options);
}

/**
 * Starts Slack on the shared services of `npm start`: the handled-event log lives in the shared
 * store (so replicas on one PostgreSQL answer an event once), and subscriptions can post to Slack.
 */
export async function start(
  services: AdapterServices,
  options: SlackAppOptions = {},
): Promise<RunningAdapter & { port: number | undefined }> {
  const { config } = services;
  await checkToken(config, services.log);
  const slack = await startSlackApp(services, options);
  services.subscriptions.addDestination(createSlackDestination(slack.app.client));
  const host = options.listen?.host ?? config.NEWSBRIEF_HOST;
  return {
    port: slack.port,
    where: config.SLACK_APP_TOKEN
      ? 'Socket Mode (no port: Slack is reached over a websocket)'
      : `http://${host}:${slack.port}/slack/events`,
    async stop() {
      await slack.stop();
    },
  };
}

/**
 * Asks Slack who the token belongs to, once and briefly, before Bolt starts: Bolt's own check
 * retries for minutes and then only logs, so a refused token or no network would go unsaid.
 */
async function checkToken(config: Config, log: Logger): Promise<void> {
  const client = new webApi.WebClient(requireSlackTokens(config), {
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    retryConfig: { retries: 1, factor: 1, minTimeout: 500 },
    timeout: 10_000,
    logger: boltLogger(log),
    logLevel: LogLevel.ERROR,
  });
  await client.auth.test();
}

/** `node dist/adapters/slack/main.js`: Slack alone, with subscriptions. */
async function runAlone(): Promise<void> {
  await import('dotenv/config');
  const config = loadConfig(process.env);
  requireSlackTokens(config);
  const output = logOutput();
  const log = createLogger({
    level: config.NEWSBRIEF_LOG_LEVEL,
    config,
    ...(output ? { destination: output } : {}),
  });
  const lifecycle = createLifecycle({ log });
  const pool = createEnginePool();
  const services = { ...createServices(config, log, [], pool), track: lifecycle.track };
  lifecycle.onStop('subscriptions', () => services.subscriptions.stop());
  lifecycle.onClose('database', () => services.close());
  lifecycle.onClose('workers', () => pool.close());
  lifecycle.listen();
  const running = await start(services);
  lifecycle.onStop('slack', () => running.stop());
  services.subscriptions.start();
  log.info({ platform: 'slack', where: running.where }, 'slack started');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    await runAlone();
  } catch (error) {
    const line =
      error instanceof NewsbriefError
        ? error.message
        : explainStartFailure('slack', error, loadConfig(process.env));
    if (!line) throw error;
    process.stderr.write(`${line}\n`);
    process.exit(1);
  }
}
