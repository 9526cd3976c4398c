import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDiscordBot, type DiscordBot } from '../../../adapters/discord/bot.js';
import type { Logger } from '../../../commands/command.js';
import {
  type ArticleStore,
  type ChannelRef,
  createEngine,
  type Engine,
  type EnginePool,
  loadConfig,
} from '../../../src/index.js';
import { createSqliteArticleStore, openDatabase } from '../../../src/store/sqlite.js';
import {
  type DiscordStandIn,
  type RecordedRequest,
  startDiscordStandIn,
} from '../../fakes/discord/stand-in.js';
import { subscriptionsOn } from '../../scenarios/fixtures.js';

export const fakeToken = 'MTAwMDAwMDAwMDAwMDAwMDAx.stand-in.not-a-real-token';

export interface Harness {
  discord: DiscordStandIn;
  bot: DiscordBot;
  engine: Engine;
  articles: ArticleStore;
  channel: ChannelRef;
  errors: object[];
  stop(): Promise<void>;
}

/** The real discord.js client logged in to the stand-in, with a real engine and SQLite store. */
export async function startHarness(
  options: {
    subscriptions?: boolean;
    pool?: EnginePool;
    /** E.g. the optional model backend around the engine (test/model). */
    wrapEngine?: (engine: Engine) => Engine;
  } = {},
): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-discord-'));
  const config = loadConfig({ NEWSBRIEF_ALLOW_PRIVATE_URLS: '1', NEWSBRIEF_DB: join(dir, 'db') });
  const db = openDatabase(config.NEWSBRIEF_DB);
  const articles = createSqliteArticleStore(db);
  const engine = (options.wrapEngine ?? ((e: Engine) => e))(
    createEngine({ config, ...(options.pool ? { pool: options.pool } : {}) }),
  );
  const subscriptions = options.subscriptions
    ? { subscriptions: subscriptionsOn(db, { articles, engine, config }) }
    : {};
  const errors: object[] = [];
  const log: Logger = {
    info() {},
    debug() {},
    warn: (obj) => errors.push(obj),
    error: (obj) => errors.push(obj),
  };
  const discord = await startDiscordStandIn();
  const bot = createDiscordBot({
    engine,
    articles,
    config,
    log,
    api: discord.api,
    ...subscriptions,
  });
  await bot.start(fakeToken);
  return {
    discord,
    bot,
    engine,
    articles,
    errors,
    channel: { platform: 'discord', channelId: '500000000000000005', workspaceId: discord.guildId },
    async stop() {
      // Client first, then the stand-in: the other order leaves the client reconnecting.
      await bot.stop();
      await discord.close();
      articles.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface FinalReply {
  ephemeral: boolean;
  /** The message as sent: content, embeds, components, allowed_mentions. */
  body: {
    content?: string;
    flags?: number;
    embeds?: {
      title?: string;
      url?: string;
      description?: string;
      fields?: { name: string; value: string }[];
      footer?: { text: string };
    }[];
    components?: { components: { custom_id: string; label: string }[] }[];
    allowed_mentions?: { parse: string[] };
  };
  /** Every request made for this interaction, in order. */
  trail: RecordedRequest[];
}

const ephemeralFlag = 64;

/** Waits for the message that ends an interaction: a direct reply, the edit, or a follow-up. */
export async function finalReply(
  discord: DiscordStandIn,
  interactionToken: string,
  timeoutMs?: number,
): Promise<FinalReply> {
  const mine = (r: RecordedRequest) => r.path.includes(`/${interactionToken}`);
  const callbackType = (r: RecordedRequest) => (r.body as { type?: number } | undefined)?.type;
  const last = await discord.waitFor(
    (r) =>
      mine(r) &&
      ((r.path.endsWith('/callback') && callbackType(r) === 4) ||
        r.method === 'PATCH' ||
        (r.method === 'POST' && r.path.startsWith('/webhooks/'))),
    timeoutMs,
  );
  const trail = discord.requests.filter(mine);
  if (last.path.endsWith('/callback')) {
    const { data } = last.body as { data: FinalReply['body'] };
    return { ephemeral: ((data.flags ?? 0) & ephemeralFlag) !== 0, body: data, trail };
  }
  const body = last.body as FinalReply['body'];
  if (last.method === 'POST')
    return { ephemeral: ((body.flags ?? 0) & ephemeralFlag) !== 0, body, trail };
  const deferred = trail.find((r) => r.path.endsWith('/callback'))?.body as
    | { data?: { flags?: number } }
    | undefined;
  return { ephemeral: ((deferred?.data?.flags ?? 0) & ephemeralFlag) !== 0, body, trail };
}
