import type { CommandContext, Logger } from '../../commands/command.js';
import type { CommandLimiter } from '../../commands/limits.js';
import type {
  ArticleStore,
  ChannelRef,
  Config,
  Engine,
  EventLog,
  Subscriptions,
} from '../../src/index.js';

/** What the Slack app needs from the rest of newsbrief. */
export interface SlackDeps {
  config: Config;
  engine: Engine;
  articles: ArticleStore;
  /** Remembers handled events, so a redelivered event or a mention sent twice is answered once. */
  events: EventLog;
  log: Logger;
  /** The subscription service; without it the subscription subcommands say they are off. */
  subscriptions?: Subscriptions;
  limiter?: CommandLimiter;
  /** Registers work in flight so that shutdown waits for it. */
  track?: <T>(work: Promise<T>) => Promise<T>;
}

export function channelOf(channelId: string, teamId: string | undefined): ChannelRef {
  return { platform: 'slack', channelId, ...(teamId ? { workspaceId: teamId } : {}) };
}

export function contextOf(
  deps: SlackDeps,
  channel: ChannelRef,
  user: { id: string; name?: string; canManage: boolean },
): CommandContext {
  return {
    engine: deps.engine,
    articles: deps.articles,
    config: deps.config,
    log: deps.log,
    channel,
    user,
    localRoots: [],
    ...(deps.subscriptions ? { subscriptions: deps.subscriptions } : {}),
    ...(deps.limiter ? { limiter: deps.limiter } : {}),
  };
}
