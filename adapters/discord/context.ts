import { type BaseInteraction, PermissionFlagsBits } from 'discord.js';
import type { CommandContext, Logger } from '../../commands/command.js';
import type { CommandLimiter } from '../../commands/limits.js';
import type { ArticleStore, ChannelRef, Config, Engine, Subscriptions } from '../../src/index.js';

export interface DiscordDeps {
  engine: Engine;
  articles: ArticleStore;
  config: Config;
  log: Logger;
  /** The subscription service; without it the subscription commands say they are off. */
  subscriptions?: Subscriptions;
  limiter?: CommandLimiter;
  /** Registers an interaction in flight so that shutdown waits for it. */
  track?: <T>(work: Promise<T>) => Promise<T>;
}

export function channelOf(interaction: BaseInteraction): ChannelRef {
  return {
    platform: 'discord',
    channelId: interaction.channelId ?? interaction.user.id,
    ...(interaction.guildId ? { workspaceId: interaction.guildId } : {}),
  };
}

/**
 * The command context of one interaction. `canManage` comes from the member's permissions as
 * Discord computed them for this channel, never from what the client shows: in a server it needs
 * Manage Server; in a DM the user owns the conversation.
 */
export function contextOf(interaction: BaseInteraction, deps: DiscordDeps): CommandContext {
  const canManage = interaction.inGuild()
    ? (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false)
    : true;
  return {
    engine: deps.engine,
    articles: deps.articles,
    config: deps.config,
    log: deps.log,
    channel: channelOf(interaction),
    user: { id: interaction.user.id, name: interaction.user.username, canManage },
    localRoots: [],
    ...(deps.subscriptions ? { subscriptions: deps.subscriptions } : {}),
    ...(deps.limiter ? { limiter: deps.limiter } : {}),
  };
}
