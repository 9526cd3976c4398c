import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  App,
  HTTPReceiver,
  type MessageShortcut,
  SocketModeReceiver,
  type webApi,
} from '@slack/bolt';
import { type Config, NewsbriefError } from '../../src/index.js';
import { boltLogger } from './bolt-logger.js';
import type { SlackDeps } from './context.js';
import { runMessageShortcut } from './message-shortcut.js';
import { parseManagers } from './permissions.js';
import { type ChatMessage, onMention, onThreadMessage } from './questions.js';
import { firstRun, refuseOutOfWindow, signatureOf } from './replay.js';
import { runSlashCommand } from './slash-command.js';

export interface SlackAppOptions {
  /** Where the HTTP receiver listens; default SLACK_PORT on NEWSBRIEF_HOST. */
  listen?: { port?: number; host?: string };
  /** Web API retries; the default policy retries for minutes, too long for tests. */
  retries?: number;
}

export interface SlackApp {
  app: App;
  /** The HTTP receiver's port; undefined in Socket Mode. */
  port: number | undefined;
  stop(): Promise<void>;
}

/**
 * The Bolt app: Socket Mode when SLACK_APP_TOKEN is set, else the HTTP receiver checking the
 * signing secret. Commands are acknowledged at once (Slack allows 3 s) and run after.
 */
export async function startSlackApp(
  deps: SlackDeps,
  options: SlackAppOptions = {},
): Promise<SlackApp> {
  const { config } = deps;
  const token = requireSlackTokens(config);
  const logger = boltLogger(deps.log);
  const clientOptions: webApi.WebClientOptions = {
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    ...(options.retries !== undefined ? { retryConfig: { retries: options.retries } } : {}),
  };
  const receiver = config.SLACK_APP_TOKEN
    ? new SocketModeReceiver({
        appToken: config.SLACK_APP_TOKEN,
        logger,
        installerOptions: { clientOptions },
      })
    : httpReceiver(config.SLACK_SIGNING_SECRET ?? '', logger);
  const app = new App({ token, receiver, logger, clientOptions });
  const inFlight = new Set<Promise<unknown>>();
  register(app, { ...deps, track: trackIn(inFlight, deps.track) });
  const listen = {
    port: options.listen?.port ?? config.SLACK_PORT,
    host: options.listen?.host ?? config.NEWSBRIEF_HOST,
  };
  const started = config.SLACK_APP_TOKEN ? await app.start() : await app.start(listen);
  const address = (started as Server | undefined)?.address?.();
  return {
    app,
    port: address && typeof address === 'object' ? (address as AddressInfo).port : undefined,
    async stop() {
      await app.stop();
      // A brief posted just before the stop still gets its thread linked.
      await Promise.allSettled([...inFlight]);
    },
  };
}

function httpReceiver(signingSecret: string, logger: ReturnType<typeof boltLogger>) {
  const receiver = new HTTPReceiver({
    signingSecret,
    processBeforeResponse: false,
    logger,
    customPropertiesExtractor: signatureOf,
  });
  refuseOutOfWindow(receiver);
  return receiver;
}

/** The bot token, once it and a way to receive (signing secret or app token) are both set. */
export function requireSlackTokens(config: Config): string {
  if (config.SLACK_BOT_TOKEN && (config.SLACK_SIGNING_SECRET || config.SLACK_APP_TOKEN))
    return config.SLACK_BOT_TOKEN;
  throw new NewsbriefError(
    'config_invalid',
    'Slack needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode).',
  );
}

function register(app: App, deps: SlackDeps): void {
  const policy = parseManagers(deps.config.NEWSBRIEF_SLACK_MANAGERS);
  const track = deps.track ?? (<T>(work: Promise<T>) => work);
  const fail = (what: string) => (error: unknown) =>
    deps.log.error({ err: error, platform: 'slack' }, what);

  app.command(/.*/, async ({ command, ack, respond, client, context }) => {
    await ack();
    const signature = (context as { requestSignature?: string }).requestSignature;
    if (!firstRun(deps.events, command, signature)) return;
    await track(runSlashCommand(deps, policy, { command, respond, client }));
  });
  app.shortcut<MessageShortcut>(
    { type: 'message_action' },
    async ({ shortcut, ack, respond, client }) => {
      await ack();
      await track(runMessageShortcut(deps, shortcut, respond, client)).catch(
        fail('message shortcut failed'),
      );
    },
  );
  // The source button is a link; Slack still reports the click and wants it acknowledged.
  app.action('open_source', async ({ ack }) => {
    await ack();
  });
  app.event('app_mention', async ({ event, body, context, client }) => {
    const delivery = { eventId: body.event_id, teamId: body.team_id, client, ...self(context) };
    await track(onMention(deps, event as ChatMessage, delivery)).catch(
      fail('answering a mention failed'),
    );
  });
  app.event('message', async ({ event, body, context, client }) => {
    const delivery = { eventId: body.event_id, teamId: body.team_id, client, ...self(context) };
    await track(onThreadMessage(deps, event as ChatMessage, delivery)).catch(
      fail('answering a thread reply failed'),
    );
  });
  app.error(async (error) => fail('slack app error')(error));
}

function trackIn(
  inFlight: Set<Promise<unknown>>,
  outer: SlackDeps['track'],
): NonNullable<SlackDeps['track']> {
  return <T>(work: Promise<T>): Promise<T> => {
    const tracked = outer ? outer(work) : work;
    inFlight.add(tracked);
    const forget = () => inFlight.delete(tracked);
    tracked.then(forget, forget);
    return tracked;
  };
}

function self(context: { botUserId?: string; botId?: string }) {
  return {
    ...(context.botUserId ? { botUserId: context.botUserId } : {}),
    ...(context.botId ? { botId: context.botId } : {}),
  };
}
