import type { webApi } from '@slack/bolt';
import { dispatch } from '../../commands/dispatch.js';
import type { Article, ChannelRef } from '../../src/index.js';
import { channelOf, contextOf, type SlackDeps } from './context.js';
import { decodeSlackText } from './decode.js';
import { safeSlackMessage } from './escape.js';
import { renderReply } from './render.js';

/** The fields of a `message` or `app_mention` event that decide whether it is a question. */
export interface ChatMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  user?: string;
  bot_id?: string;
  subtype?: string;
  text?: string;
}

export interface Delivery {
  /** The Events API envelope's id: the same on every redelivery. */
  eventId?: string;
  teamId?: string;
  botUserId?: string;
  botId?: string;
  client: webApi.WebClient;
}

/**
 * A reply in the thread of one of the bot's briefs is a question about that article. Edits,
 * bot messages (its own included), top-level messages and other threads are not.
 */
export async function onThreadMessage(deps: SlackDeps, event: ChatMessage, delivery: Delivery) {
  if (!fromPerson(event, delivery)) return;
  if (!event.thread_ts || event.thread_ts === event.ts) return;
  const channel = channelOf(event.channel, delivery.teamId);
  const article = deps.articles.articleForThread(channel, event.thread_ts);
  if (!article || !firstDelivery(deps, channel, event, delivery)) return;
  await answer(deps, channel, event, delivery, article);
}

/**
 * A mention in a brief's thread is a question about that article; anywhere else, about the
 * channel's recent briefs. Slack also sends a mention as a `message`: whichever comes first answers.
 */
export async function onMention(deps: SlackDeps, event: ChatMessage, delivery: Delivery) {
  if (!fromPerson(event, delivery)) return;
  const channel = channelOf(event.channel, delivery.teamId);
  const thread = event.thread_ts && event.thread_ts !== event.ts ? event.thread_ts : undefined;
  const article = thread ? deps.articles.articleForThread(channel, thread) : undefined;
  if (!firstDelivery(deps, channel, event, delivery)) return;
  await answer(deps, channel, event, delivery, article);
}

/** A reply also sent to the channel is still a person's question; other subtypes are edits and bots. */
const questionSubtypes = new Set([undefined, 'thread_broadcast']);

function fromPerson(event: ChatMessage, delivery: Delivery): boolean {
  if (!questionSubtypes.has(event.subtype) || event.bot_id || !event.user) return false;
  return event.user !== delivery.botUserId;
}

/** Claims the event and the message: false when either was handled before (even before a restart). */
function firstDelivery(
  deps: SlackDeps,
  channel: ChannelRef,
  event: ChatMessage,
  delivery: Delivery,
): boolean {
  if (delivery.eventId && !deps.events.firstTime(`slack:event:${delivery.eventId}`)) return false;
  return deps.events.firstTime(
    `slack:message:${channel.workspaceId ?? ''}:${channel.channelId}:${event.ts}`,
  );
}

async function answer(
  deps: SlackDeps,
  channel: ChannelRef,
  event: ChatMessage,
  delivery: Delivery,
  article: Article | undefined,
): Promise<void> {
  const question = decodeSlackText(event.text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  const user = event.user ?? '';
  const ctx = {
    ...contextOf(deps, channel, { id: user, canManage: false }),
    // The thread's article is the only one searched.
    ...(article ? { about: article } : {}),
  };
  const message = renderReply(await dispatch('ask', { question }, ctx));
  const threadTs = event.thread_ts ?? event.ts;
  const base = safeSlackMessage({
    channel: event.channel,
    thread_ts: threadTs,
    text: message.text,
    blocks: message.blocks,
  });
  if (message.ephemeral) {
    await delivery.client.chat.postEphemeral({ ...base, user });
    return;
  }
  await delivery.client.chat.postMessage({ ...base, unfurl_links: false, unfurl_media: false });
}
