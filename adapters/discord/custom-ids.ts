import { createHash } from 'node:crypto';
import type { ArticleStore, BriefLength, ChannelRef } from '../../src/index.js';

// Discord caps a component's custom_id at 100 characters; article ids are URLs and can be longer.
const maxInlineId = 80;
const prefix = 'nb';

export type ButtonAction = 'ask' | 'short' | 'standard' | 'long';

/** A short key for an article: its id when short enough, else a hash linked in the store. */
export function articleKey(store: ArticleStore, channel: ChannelRef, articleId: string): string {
  if (articleId.length <= maxInlineId && !articleId.startsWith('#')) return articleId;
  const key = `#${createHash('sha256').update(articleId).digest('hex').slice(0, 32)}`;
  store.linkButton(channel, key, articleId);
  return key;
}

export function articleIdForKey(
  store: ArticleStore,
  channel: ChannelRef,
  key: string,
): string | undefined {
  if (!key.startsWith('#')) return key;
  return store.articleForButton(channel, key)?.id;
}

export function customId(action: ButtonAction, key: string): string {
  return `${prefix}:${action}:${key}`;
}

export function parseCustomId(id: string): { action: ButtonAction; key: string } | undefined {
  const match = /^nb:(ask|short|standard|long):(.+)$/s.exec(id);
  if (!match?.[1] || !match[2]) return undefined;
  return { action: match[1] as ButtonAction, key: match[2] };
}

export function lengthsAround(length: BriefLength): {
  shorter?: BriefLength;
  longer?: BriefLength;
} {
  if (length === 'short') return { longer: 'standard' };
  if (length === 'long') return { shorter: 'standard' };
  return { shorter: 'short', longer: 'long' };
}
