import type { RespondFn, SlashCommand, webApi } from '@slack/bolt';
import type { Reply } from '../../commands/command.js';
import { dispatchText, findCommand } from '../../commands/dispatch.js';
import type { ChannelRef } from '../../src/index.js';
import { channelOf, contextOf, type SlackDeps } from './context.js';
import { safeSlackMessage } from './escape.js';
import { canManage, type ManagerPolicy } from './permissions.js';
import { renderReply } from './render.js';
import { parseSlashCommand, slackHint } from './slash-text.js';

const slackUsage = [
  '`/brief <link>` briefs an article here; `/brief` alone briefs the latest story.',
  'Reply in the thread of a brief (or mention me there) to ask about it.',
  '`/brief <pasted article text>` briefs the text itself.',
  'Every other command is the first word: `/brief ask <question>`, `/brief subscribe <feed> [keywords]`, `/brief unsubscribe <feed>`, `/brief list`, `/brief opml export`, `/brief help brief`.',
].join('\n');

const cannotPost =
  "I can't post in this channel. Invite me first (`/invite @newsbrief`), then try again.";

export interface SlashRequest {
  command: SlashCommand;
  respond: RespondFn;
  client: webApi.WebClient;
}

/** Runs one slash command after it was acknowledged; every outcome reaches the user. */
export async function runSlashCommand(
  deps: SlackDeps,
  policy: ManagerPolicy,
  { command, respond, client }: SlashRequest,
): Promise<void> {
  const channel = channelOf(command.channel_id, command.team_id);
  try {
    const call = parseSlashCommand(command.command, command.text);
    const needsManage = findCommand(call.name)?.needs.manage ?? false;
    const who = { userId: command.user_id, channelId: command.channel_id };
    const manager = needsManage ? await canManage(client, policy, who, deps.log) : false;
    const ctx = contextOf(deps, channel, {
      id: command.user_id,
      name: command.user_name,
      canManage: manager,
    });
    const reply = forSlack(call.name, await dispatchText(call.name, call.text, ctx));
    await deliverReply(deps, { channel, respond, client }, reply);
  } catch (error) {
    deps.log.error(
      { err: error, platform: 'slack', channel, user: command.user_id },
      'slash command failed',
    );
    await respond(
      safeSlackMessage({
        response_type: 'ephemeral' as const,
        text: 'Sorry, something went wrong on my side. Please try again in a moment.',
      }),
    ).catch(() => undefined);
  }
}

/**
 * A private reply goes to the asker only (response_url); any other is posted in the channel,
 * and a brief's message becomes the thread its questions are asked in.
 */
export async function deliverReply(
  deps: SlackDeps,
  to: { channel: ChannelRef; respond: RespondFn; client: webApi.WebClient },
  reply: Reply,
): Promise<void> {
  const { channel, respond, client } = to;
  const message = renderReply(reply);
  if (message.ephemeral) {
    await respond(
      safeSlackMessage({
        response_type: 'ephemeral' as const,
        text: message.text,
        blocks: message.blocks,
      }),
    );
    return;
  }
  const posted = await client.chat
    .postMessage(
      safeSlackMessage({
        channel: channel.channelId,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        unfurl_media: false,
      }),
    )
    .catch((error: unknown) => {
      deps.log.warn({ err: error, channel }, 'could not post in the channel');
      return undefined;
    });
  if (!posted?.ts) {
    await respond(safeSlackMessage({ response_type: 'ephemeral' as const, text: cannotPost }));
    return;
  }
  if (reply.kind === 'brief') deps.articles.linkThread(channel, posted.ts, reply.articleId);
}

/** The shared help and hints name Discord-style commands; Slack users type subcommands. */
function forSlack(name: string, reply: Reply): Reply {
  const hints = reply.hints?.map(slackHint);
  const mapped: Reply = { ...reply, ...(reply.hints ? { hints } : {}) };
  if (name !== 'help' || mapped.kind !== 'text') return mapped;
  return { ...mapped, fields: [{ name: 'In Slack', value: slackUsage }, ...(mapped.fields ?? [])] };
}
