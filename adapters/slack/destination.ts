import type { webApi } from '@slack/bolt';
import {
  alsoReportedLine,
  type Destination,
  DestinationError,
  digestTitle,
  overflowTitle,
  type Post,
  postText,
} from '../../src/index.js';
import { escapeSlackText, safeSlackMessage, slackLink } from './escape.js';
import { createFindSent, postMetadata } from './find-sent.js';

type Block = { type: string; [key: string]: unknown };

const esc = escapeSlackText;
const cut = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;
const link = (title: string, url?: string) => slackLink(title, url);
/** The only links a post may carry: its stories' own. */
const linksOf = (post: Post): string[] =>
  (post.kind === 'story' ? [post.url] : post.stories.map((story) => story.url)).filter(
    (url): url is string => Boolean(url),
  );
const section = (text: string): Block => ({
  type: 'section',
  text: { type: 'mrkdwn', text: cut(text, 3000) },
});
const context = (text: string): Block => ({
  type: 'context',
  elements: [{ type: 'mrkdwn', text: cut(text, 3000) }],
});

/** Refusals Slack will repeat: https://api.slack.com/methods/chat.postMessage#errors */
const postRefusals = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'invalid_auth',
  'account_inactive',
  'token_revoked',
  'restricted_action',
  'missing_scope',
  'msg_too_long',
]);

/**
 * Edits Slack will refuse again: the message or channel is gone, frozen or archived, it is not
 * ours to edit, the workspace's edit window closed, or the token lost access. Others
 * (update_failed, internal_error, external_channel_migrating) may pass later:
 * https://docs.slack.dev/reference/methods/chat.update#errors
 */
const editRefusals = new Set([
  'message_not_found',
  'cant_update_message',
  'edit_window_closed',
  'channel_not_found',
  'is_inactive',
  'msg_too_long',
  'no_text',
  'invalid_blocks',
  'invalid_blocks_format',
  'block_mismatch',
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'missing_scope',
  'no_permission',
  'access_denied',
  'team_access_not_granted',
  'ekm_access_denied',
]);

/**
 * A Web API failure as the outbox and the edit jobs need to see it. A 429 reaches here as
 * WebAPIRateLimitedError (retryAfter in seconds) when the client rejects rate-limited calls;
 * otherwise the client waits it out itself and this never sees it.
 */
function destinationError(error: unknown, refusals: ReadonlySet<string>): DestinationError {
  if (error instanceof DestinationError) return error;
  const failure = (typeof error === 'object' && error ? error : {}) as {
    retryAfter?: unknown;
    data?: { error?: string };
  };
  if (typeof failure.retryAfter === 'number')
    return new DestinationError('Slack rate limit', {
      retryAfterMs: failure.retryAfter * 1000,
      cause: error,
    });
  const reason = failure.data?.error ?? (error instanceof Error ? error.message : String(error));
  return new DestinationError(reason, { permanent: refusals.has(reason), cause: error });
}

export function storyBlocks(post: Post): Block[] {
  const alsoOf = (entry: { alsoReportedBy?: string[] }) => {
    const also = alsoReportedLine(entry);
    return also && ` · _${esc(also)}_`;
  };
  if (post.kind === 'story') {
    const also = alsoReportedLine(post);
    return [
      section(`*${link(post.brief.headline || post.title, post.url)}*\n${esc(post.brief.lede)}`),
      ...(post.brief.points.length
        ? [section(post.brief.points.map((p) => `• ${esc(p)}`).join('\n'))]
        : []),
      context([esc(post.feedTitle), also && esc(also)].filter(Boolean).join(' · ')),
    ];
  }
  if (post.kind === 'overflow')
    return [
      section(`*${esc(overflowTitle(post))}*`),
      section(post.stories.map((s) => `• ${link(s.title, s.url)}${alsoOf(s)}`).join('\n')),
    ];
  return [
    section(`*${esc(digestTitle(post))}*`),
    ...post.stories
      .slice(0, 45)
      .map((s) => section(`*${link(s.title, s.url)}*${alsoOf(s)}\n${esc(s.lede)}`)),
  ];
}

/**
 * Posts stories with chat.postMessage. The message ts is returned as the message id; the
 * subscription service then links that thread to the story's article, so replies in the
 * thread are questions about it. Each post carries its idempotency key as message metadata,
 * so that after a crash findSent can tell whether Slack already has it.
 */
export function createSlackDestination(client: webApi.WebClient): Destination {
  const findSent = createFindSent(client);
  return {
    platform: 'slack',
    async send(channel, post, { idempotencyKey }) {
      try {
        const result = await client.chat.postMessage(
          safeSlackMessage(
            {
              channel: channel.channelId,
              text: cut(postText(post), 3000),
              blocks: storyBlocks(post),
              metadata: postMetadata(idempotencyKey),
              unfurl_links: false,
              unfurl_media: false,
            },
            linksOf(post),
          ),
        );
        if (!result.ts) throw new DestinationError('Slack did not return the message ts.');
        return { messageId: result.ts };
      } catch (error) {
        throw destinationError(error, postRefusals);
      }
    },
    async edit(channel, messageId, post) {
      try {
        // Without `metadata` Slack keeps the message's, so findSent still knows the post.
        await client.chat.update(
          safeSlackMessage(
            {
              channel: channel.channelId,
              ts: messageId,
              text: cut(postText(post), 3000),
              blocks: storyBlocks(post),
            },
            linksOf(post),
          ),
        );
      } catch (error) {
        throw destinationError(error, editRefusals);
      }
    },
    findSent: (channel, idempotencyKey, sinceMs) =>
      findSent(channel.channelId, idempotencyKey, sinceMs),
  };
}
