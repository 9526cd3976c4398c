import { pathToFileURL } from 'node:url';
import { createLogger, isNewsbriefError, loadConfig, secretsOf } from '../../src/index.js';
import { createLifecycle } from '../lifecycle.js';
import { type AdapterServices, createServices, type RunningAdapter } from '../services.js';
import { requireSlackTokens, type SlackApp, type SlackAppOptions, startSlackApp } from './app.js';
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
  const slack = await startSlackApp(services, options);
  services.subscriptions.addDestination(createSlackDestination(slack.app.client));
  return {
    port: slack.port,
    async stop() {
      await slack.stop();
    },
  };
}

/** `tsx adapters/slack/main.ts`: Slack alone, with subscriptions. */
async function runAlone(): Promise<void> {
  await import('dotenv/config');
  const config = loadConfig(process.env);
  requireSlackTokens(config);
  const log = createLogger({ level: config.NEWSBRIEF_LOG_LEVEL, secrets: secretsOf(config) });
  const lifecycle = createLifecycle({ log });
  const services = { ...createServices(config, log), track: lifecycle.track };
  lifecycle.onStop('subscriptions', () => services.subscriptions.stop());
  lifecycle.onClose('database', () => services.close());
  lifecycle.listen();
  const running = await start(services);
  lifecycle.onStop('slack', () => running.stop());
  services.subscriptions.start();
  log.info({ platform: 'slack', socketMode: Boolean(config.SLACK_APP_TOKEN) }, 'started');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    await runAlone();
  } catch (error) {
    if (!isNewsbriefError(error)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  }
}
