import { createHash } from 'node:crypto';
import { type APIEmbed, type Client, DiscordAPIError, RateLimitError } from 'discord.js';
import {
  alsoReportedLine,
  type Destination,
  DestinationError,
  digestTitle,
  type GroupEntry,
  overflowTitle,
  type Post,
} from '../../src/index.js';
import { discordLink, discordUrl, escapeDiscordText, safeDiscordMessage } from './escape.js';

// Embed limits: https://discord.com/developers/docs/resources/message#embed-object-embed-limits
const cut = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;
const esc = escapeDiscordText;
const line = (title: string, url?: string) => discordLink(title, url);
const alsoSuffix = (entry: GroupEntry) => {
  const text = alsoReportedLine(entry);
  return text && ` · _${esc(text)}_`;
};
/** The only links a post may carry: its stories' own. */
const linksOf = (post: Post): string[] =>
  (post.kind === 'story' ? [post.url] : post.stories.map((story) => story.url)).filter(
    (url): url is string => Boolean(url),
  );

/**
 * Refusals Discord will repeat: unknown channel or message, missing access or permissions, bad
 * form, a message by another user. https://discord.com/developers/docs/topics/opcodes-and-status-codes
 */
const permanentCodes = new Set([10003, 10008, 50001, 50005, 50013, 50035, 50008]);

export function storyEmbed(post: Post): APIEmbed {
  if (post.kind === 'story') {
    const also = alsoReportedLine(post);
    const url = discordUrl(post.url);
    return {
      title: cut(esc(post.brief.headline || post.title), 256),
      ...(url ? { url } : {}),
      description: cut(esc(post.brief.lede), 4096),
      fields: post.brief.points.length
        ? [
            {
              name: 'Key points',
              value: cut(post.brief.points.map((p) => `• ${esc(p)}`).join('\n'), 1024),
            },
          ]
        : [],
      footer: { text: cut(esc([post.feedTitle, also].filter(Boolean).join(' · ')), 2048) },
      timestamp: post.publishedAt,
    };
  }
  if (post.kind === 'overflow')
    return {
      title: cut(esc(overflowTitle(post)), 256),
      description: cut(
        post.stories.map((s) => `• ${line(s.title, s.url)}${alsoSuffix(s)}`).join('\n'),
        4096,
      ),
    };
  return {
    title: cut(esc(digestTitle(post)), 256),
    description: cut(
      post.stories
        .map((s) => `**${line(s.title, s.url)}**${alsoSuffix(s)}\n${esc(s.lede)}`)
        .join('\n\n'),
      4096,
    ),
    footer: { text: esc(post.timezone) },
  };
}

/** Rate limits carry their wait; refusals Discord will repeat are permanent; the rest transient. */
function asDestinationError(error: unknown): DestinationError {
  if (error instanceof DestinationError) return error;
  if (error instanceof RateLimitError)
    return new DestinationError(error.message, { retryAfterMs: error.retryAfter, cause: error });
  if (error instanceof DiscordAPIError)
    return new DestinationError(error.message, {
      permanent: permanentCodes.has(Number(error.code)) || error.status === 403,
      cause: error,
    });
  return new DestinationError(error instanceof Error ? error.message : String(error), {
    cause: error,
  });
}

/** Posts stories in a Discord channel through the bot's logged-in discord.js client. */
export function createDiscordDestination(client: Client): Destination {
  return {
    platform: 'discord',
    async send(channel, post, { idempotencyKey }) {
      try {
        const target = await client.channels.fetch(channel.channelId, { allowUnknownGuild: true });
        if (!target?.isSendable())
          throw new DestinationError('That channel cannot receive messages.', { permanent: true });
        const message = await target.send(
          safeDiscordMessage(
            {
              embeds: [storyEmbed(post)],
              // Discord drops a second message with the same nonce sent within minutes, which
              // makes a re-send after a crash exactly-once here. Nonces are at most 25 characters.
              nonce: createHash('sha256').update(idempotencyKey).digest('base64url').slice(0, 25),
              enforceNonce: true,
            },
            linksOf(post),
          ),
        );
        return { messageId: message.id };
      } catch (error) {
        throw asDestinationError(error);
      }
    },
    async edit(channel, messageId, post) {
      try {
        const target = await client.channels.fetch(channel.channelId, { allowUnknownGuild: true });
        if (!target?.isTextBased())
          throw new DestinationError('That channel has no messages to edit.', { permanent: true });
        await target.messages.edit(
          messageId,
          safeDiscordMessage({ embeds: [storyEmbed(post)] }, linksOf(post)),
        );
      } catch (error) {
        throw asDestinationError(error);
      }
    },
  };
}
