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

type Block = { type: string; [key: string]: unknown };

// https://api.slack.com/reference/surfaces/formatting#escaping
const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const cut = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;
const link = (title: string, url?: string) =>
  url && /^https?:\/\//.test(url) ? `<${url}|${esc(title)}>` : esc(title);
const section = (text: string): Block => ({
  type: 'section',
  text: { type: 'mrkdwn', text: cut(text, 3000) },
});
const context = (text: string): Block => ({
  type: 'context',
  elements: [{ type: 'mrkdwn', text: cut(text, 3000) }],
});

/** Refusals Slack will repeat: https://api.slack.com/methods/chat.postMessage#errors */
const permanent = new Set([
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

export function storyBlocks(post: Post): Block[] {
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
      section(post.stories.map((s) => `• ${link(s.title, s.url)}`).join('\n')),
    ];
  return [
    section(`*${esc(digestTitle(post))}*`),
    ...post.stories.slice(0, 45).map((s) => section(`*${link(s.title, s.url)}*\n${esc(s.lede)}`)),
  ];
}

/**
 * Posts stories with chat.postMessage. The message ts is returned as the message id; the
 * subscription service then links that thread to the story's article, so replies in the
 * thread are questions about it.
 */
export function createSlackDestination(client: webApi.WebClient): Destination {
  return {
    platform: 'slack',
    async send(channel, post) {
      try {
        const result = await client.chat.postMessage({
          channel: channel.channelId,
          text: cut(postText(post), 3000),
          blocks: storyBlocks(post),
          unfurl_links: false,
          unfurl_media: false,
        });
        if (!result.ts) throw new DestinationError('Slack did not return the message ts.');
        return { messageId: result.ts };
      } catch (error) {
        if (error instanceof DestinationError) throw error;
        const failure = error as { code?: string; retryAfter?: number; data?: { error?: string } };
        if (typeof failure.retryAfter === 'number')
          throw new DestinationError('Slack rate limit', {
            retryAfterMs: failure.retryAfter * 1000,
            cause: error,
          });
        const reason =
          failure.data?.error ?? (error instanceof Error ? error.message : String(error));
        throw new DestinationError(reason, { permanent: permanent.has(reason), cause: error });
      }
    },
    async edit(channel, messageId, post) {
      await client.chat.update({
        channel: channel.channelId,
        ts: messageId,
        text: cut(postText(post), 3000),
        blocks: storyBlocks(post),
      });
    },
  };
}
