// The store contract, part 1: feeds, subscriptions, stories, articles, events, transactions.
// The same sentences run against SQLite and PostgreSQL (a real server on 127.0.0.1).
import { beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/types.js';
import type { Stores } from '../../src/store/open.js';
import type { NewSubscription } from '../../src/store/subscription-types.js';
import type { ChannelRef } from '../../src/store/types.js';
import { type StoreKind, useStores } from './support/stores.js';

const c1: ChannelRef = { platform: 'discord', workspaceId: 'g1', channelId: 'c1' };
const c2: ChannelRef = { platform: 'discord', workspaceId: 'g1', channelId: 'c2' };
const other: ChannelRef = { platform: 'slack', workspaceId: 'T9', channelId: 'c1' };
// A fictional article for the tests.
const article = (id: string): Article =>
  ({ id, title: `Title ${id}`, text: 'A fictional text.', source: id }) as Article;
const sub = (channel: ChannelRef, feedId: number, more: Partial<NewSubscription> = {}) => ({
  channel,
  feedId,
  include: [],
  exclude: [],
  mode: 'instant' as const,
  createdAt: 1,
  ...more,
});

describe.each<StoreKind>(['sqlite', 'postgres'])('the %s store', (kind) => {
  let clock = 1_000;
  const stores = useStores(kind, () => clock);
  let s: Stores['subscriptions'];
  beforeEach(() => {
    clock = 1_000;
    s = stores().subscriptions;
  });

  it('adds a feed once per URL and updates its health fields', () => {
    const feed = s.addFeed('https://x.example/rss', 300, 50);
    expect(s.feedByUrl('https://x.example/rss')).toEqual(feed);
    expect(() => s.addFeed('https://x.example/rss', 300, 50)).toThrow();
    s.updateFeed(feed.id, { paused: true, failures: 3, lastError: 'gone', etag: undefined });
    expect(s.getFeed(feed.id)).toMatchObject({ paused: true, failures: 3, lastError: 'gone' });
    expect(s.getFeed(feed.id)?.etag).toBeUndefined();
    expect(s.getFeed(feed.id + 100)).toBeUndefined();
  });

  it('lists as due only subscribed, unpaused feeds whose time came, soonest first', () => {
    const late = s.addFeed('https://x.example/late', 300, 90);
    const early = s.addFeed('https://x.example/early', 300, 10);
    const lonely = s.addFeed('https://x.example/lonely', 300, 0);
    const paused = s.addFeed('https://x.example/paused', 300, 0);
    const future = s.addFeed('https://x.example/future', 300, 500);
    for (const feed of [late, early, paused, future]) s.upsertSubscription(sub(c1, feed.id));
    s.updateFeed(paused.id, { paused: true });
    expect(s.dueFeeds(100, 10).map((f) => f.url)).toEqual([early.url, late.url]);
    expect(s.dueFeeds(100, 1)).toHaveLength(1);
    expect(lonely.id).toBeGreaterThan(0);
  });

  it('hands each due feed to one poller until its lease runs out', () => {
    const late = s.addFeed('https://x.example/late', 300, 90);
    const early = s.addFeed('https://x.example/early', 300, 10);
    for (const feed of [late, early]) s.upsertSubscription(sub(c1, feed.id));
    expect(s.claimDueFeeds(100, 10, 1_000).map((f) => f.url)).toEqual([early.url, late.url]);
    expect(s.claimDueFeeds(100, 10, 1_000)).toEqual([]);
    expect(s.getFeed(early.id)?.nextPollAt).toBe(1_100);
    s.updateFeed(early.id, { nextPollAt: 400 });
    expect(s.claimDueFeeds(1_099, 10, 1_000).map((f) => f.url)).toEqual([early.url]);
    expect(s.claimDueFeeds(1_100, 10, 1_000).map((f) => f.url)).toEqual([late.url]);
  });

  it('keeps one subscription per channel and feed, updating its filters', () => {
    const feed = s.addFeed('https://x.example/rss', 300, 0);
    const first = s.upsertSubscription(sub(c1, feed.id));
    const again = s.upsertSubscription(sub(c1, feed.id, { include: ['rail'], mode: 'daily' }));
    expect(again.id).toBe(first.id);
    expect(s.subscriptionsOfChannel(c1)).toEqual([
      expect.objectContaining({ include: ['rail'], mode: 'daily', channel: c1, primed: false }),
    ]);
    expect(s.dailySubscriptions().map((row) => row.id)).toEqual([first.id]);
    s.setPrimed(first.id);
    s.setLastDigest(first.id, 77);
    expect(s.subscriptionsOfFeed(feed.id)[0]).toMatchObject({ primed: true, lastDigestAt: 77 });
  });

  it('counts subscriptions per channel and per workspace', () => {
    const a = s.addFeed('https://x.example/a', 300, 0);
    const b = s.addFeed('https://x.example/b', 300, 0);
    s.upsertSubscription(sub(c1, a.id));
    s.upsertSubscription(sub(c1, b.id));
    s.upsertSubscription(sub(c2, a.id));
    s.upsertSubscription(sub(other, a.id));
    expect(s.countSubscriptions(c1, 'channel')).toBe(2);
    expect(s.countSubscriptions(c2, 'workspace')).toBe(3);
    expect(s.countSubscriptions(other, 'workspace')).toBe(1);
  });

  it('skips the posts not out yet when a channel unsubscribes, and drops an unused feed', () => {
    const feed = s.addFeed('https://x.example/rss', 300, 0);
    const row = s.upsertSubscription(sub(c1, feed.id));
    s.upsertSubscription(sub(c2, feed.id));
    const storyId = s.addStory({ feedId: feed.id, title: 'T', publishedAt: 1, keys: ['g:1'] });
    s.rememberKeys(feed.id, ['g:1'], 5);
    s.record({
      channel: c1,
      subscriptionId: row.id,
      storyId,
      kind: 'story',
      state: 'pending',
      idempotencyKey: 'k1',
      createdAt: 5,
      payload: { kind: 'overflow', feedTitle: 'F', stories: [] },
    });
    expect(s.removeSubscription(c1, feed.id)).toBe(true);
    expect(s.removeSubscription(c1, feed.id)).toBe(false);
    expect(s.undelivered(c1, 5)).toEqual([
      expect.objectContaining({ title: 'T', reason: 'unsubscribed before it was posted' }),
    ]);
    s.removeFeedIfUnused(feed.id);
    expect(s.getFeed(feed.id)).toBeDefined();
    s.removeSubscription(c2, feed.id);
    s.removeFeedIfUnused(feed.id);
    expect(s.getFeed(feed.id)).toBeUndefined();
    expect(s.undelivered(c1, 5)[0]?.title).toBe('(story no longer stored)');
  });

  it('remembers the items a feed showed, so only new keys are unseen', () => {
    const feed = s.addFeed('https://x.example/rss', 300, 0);
    expect(s.unseenKeys(feed.id, ['a', 'b'])).toEqual(new Set(['a', 'b']));
    s.rememberKeys(feed.id, ['a', 'a'], 10, [1, 2]);
    s.rememberKeys(feed.id, [], 20);
    expect(s.unseenKeys(feed.id, ['a', 'b'])).toEqual(new Set(['b']));
    expect(s.unseenKeys(feed.id, [])).toEqual(new Set());
  });

  it('keeps a story with its article for the outbox', () => {
    const feed = s.addFeed('https://x.example/rss', 300, 0);
    const id = s.addStory({
      feedId: feed.id,
      title: 'T',
      url: 'https://x.example/1',
      publishedAt: 3,
      keys: ['g:1'],
    });
    expect(s.storyArticle(id)).toBeUndefined();
    s.setStoryContent(id, article('a1'), { headline: 'H' } as never);
    expect(s.storyArticle(id)?.title).toBe('Title a1');
  });

  it('gives a channel its recent articles newest first, and links threads to articles', () => {
    const { articles } = stores();
    articles.saveArticle(c1, article('a1'));
    clock++;
    articles.saveArticle(c1, article('a2'));
    articles.saveArticle(c2, article('a3'));
    expect(articles.recentArticles(c1, 5).map((a) => a.id)).toEqual(['a2', 'a1']);
    clock++;
    articles.saveArticle(c1, article('a1'));
    expect(articles.recentArticles(c1, 1).map((a) => a.id)).toEqual(['a1']);
    expect(articles.getArticle('a3')?.title).toBe('Title a3');
    articles.linkThread(c1, 'ts1', 'a2');
    expect(articles.articleForThread(c1, 'ts1')?.id).toBe('a2');
    expect(articles.articleForThread(c2, 'ts1')).toBeUndefined();
  });

  it('says an event is new the first time only', () => {
    expect(stores().events.firstTime('slack:event:E1')).toBe(true);
    expect(stores().events.firstTime('slack:event:E1')).toBe(false);
    expect(stores().events.firstTime('slack:event:E2')).toBe(true);
  });

  it('rolls back every write of a transaction that throws, nested ones included', () => {
    expect(() =>
      s.transaction(() => {
        s.addFeed('https://x.example/a', 300, 0);
        s.transaction(() => s.addFeed('https://x.example/b', 300, 0));
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(s.feedByUrl('https://x.example/a')).toBeUndefined();
    expect(s.feedByUrl('https://x.example/b')).toBeUndefined();
    expect(stores().ping()).toBe(true);
  });
});
