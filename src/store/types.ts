import type { Article } from '../article/types.js';

/** A chat place: a Discord channel, a Slack channel, or the console. */
export interface ChannelRef {
  platform: 'discord' | 'slack' | 'console';
  /** Channel id on that platform ("console" for the console). */
  channelId: string;
  /** Guild (Discord) or team (Slack) id, when there is one. */
  workspaceId?: string;
}

/** The articles a channel has been briefed on: the context of `/ask` and thread questions. */
export interface ArticleStore {
  saveArticle(channel: ChannelRef, article: Article): void;
  /** Most recent first. */
  recentArticles(channel: ChannelRef, limit: number): Article[];
  getArticle(id: string): Article | undefined;
  /** Links a message thread (e.g. a Slack brief's ts) to the article it briefs. */
  linkThread(channel: ChannelRef, threadId: string, articleId: string): void;
  articleForThread(channel: ChannelRef, threadId: string): Article | undefined;
  /** Links a button's short key (Discord's custom_id holds 100 characters) to its article. */
  linkButton(channel: ChannelRef, key: string, articleId: string): void;
  articleForButton(channel: ChannelRef, key: string): Article | undefined;
  close(): void;
}

/** Remembers which platform events were handled, so a redelivered event is handled once. */
export interface EventLog {
  /** True the first time a key is seen (and records it); false ever after. */
  firstTime(key: string): boolean;
}
