import type { webApi } from '@slack/bolt';

// chat.postMessage takes no idempotency key, so each post carries the outbox's key as message
// metadata, which conversations.history returns with include_all_metadata:
// https://docs.slack.dev/messaging/message-metadata
export const postEventType = 'newsbrief_post';

export const postMetadata = (idempotencyKey: string) => ({
  event_type: postEventType,
  event_payload: { key: idempotencyKey },
});

// Tier 3 (50+ calls a minute) for internal apps, as a self-hosted newsbrief is; Slack caps
// non-Marketplace apps distributed to other workspaces at 1 call a minute and 15 messages:
// https://docs.slack.dev/reference/methods/conversations.history
const pageSize = 200;
const maxPages = 5;

type Message = { ts?: string; bot_id?: string; metadata?: { event_type?: string } };

const keyOf = (message: Message) =>
  message.metadata?.event_type === postEventType
    ? (message.metadata as { event_payload?: { key?: unknown } }).event_payload?.key
    : undefined;

/**
 * Looks through a channel's history, newest first, for this app's post with the key. Throws
 * when it cannot tell: the call failed (missing channels:history or groups:history, rate
 * limit, network) or the post could be older than the pages it reads.
 */
export function createFindSent(client: webApi.WebClient) {
  // Another app (a second newsbrief) could post the same key in a shared channel.
  let self: Promise<string | undefined> | undefined;
  const ownBotId = () => {
    self ??= client.auth.test().then(
      (result) => result.bot_id,
      (error: unknown) => {
        self = undefined;
        throw error;
      },
    );
    return self;
  };

  return async function findSent(
    channelId: string,
    idempotencyKey: string,
    sinceMs: number,
  ): Promise<{ messageId: string } | undefined> {
    const botId = await ownBotId();
    const oldest = (Math.max(0, sinceMs) / 1000).toFixed(6);
    let cursor: string | undefined;
    for (let page = 0; page < maxPages; page++) {
      const history = await client.conversations.history({
        channel: channelId,
        oldest,
        limit: pageSize,
        include_all_metadata: true,
        ...(cursor ? { cursor } : {}),
      });
      const found = (history.messages ?? []).find(
        (message: Message) =>
          keyOf(message) === idempotencyKey && (!botId || message.bot_id === botId),
      );
      if (found?.ts) return { messageId: found.ts };
      cursor = history.response_metadata?.next_cursor;
      if (!history.has_more || !cursor) return undefined;
    }
    throw new Error(`not among the channel's latest ${pageSize * maxPages} messages`);
  };
}
