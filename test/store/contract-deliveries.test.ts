// The store contract, part 2: deliveries, the outbox, edits and pruning. The same sentences run
// against SQLite and PostgreSQL (a real server on 127.0.0.1).
import { beforeEach, describe, expect, it } from 'vitest';
import type { Post, StoryPost } from '../../src/feeds/types.js';
import type { NewDelivery, SubscriptionStore } from '../../src/store/subscription-types.js';
import type { ChannelRef } from '../../src/store/types.js';
import { type StoreKind, useStores } from './support/stores.js';

const c1: ChannelRef = { platform: 'discord', workspaceId: 'g1', channelId: 'c1' };
const c2: ChannelRef = { platform: 'discord', workspaceId: 'g1', channelId: 'c2' };
const slack: ChannelRef = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' };
const day = 86_400_000;
// Fictional posts for the tests.
const story = (title: string): StoryPost => ({
  kind: 'story',
  brief: { headline: title } as StoryPost['brief'],
  articleId: title,
  title,
  feedTitle: 'Alpha',
  publishedAt: '2026-01-01T00:00:00Z',
  alsoReportedBy: [],
});

describe.each<StoreKind>(['sqlite', 'postgres'])('the %s store', (kind) => {
  const stores = useStores(kind, () => 0);
  let s: SubscriptionStore;
  let n = 0;
  const deliver = (channel: ChannelRef, more: Partial<NewDelivery> = {}): number => {
    const post: Post = more.payload ?? story(`story ${++n}`);
    const id = s.record({
      channel,
      kind: post.kind,
      state: 'pending',
      payload: post,
      idempotencyKey: `key-${++n}`,
      createdAt: 1,
      ...more,
    });
    if (id === undefined) throw new Error('not recorded');
    return id;
  };
  beforeEach(() => {
    s = stores().subscriptions;
  });

  it('records a delivery once per idempotency key and finds its claims in the channel only', () => {
    const base = { channel: c1, kind: 'story', state: 'pending', createdAt: 1 } as const;
    const first = s.record({ ...base, idempotencyKey: 'k', claims: ['g:1', 'l:u'] });
    expect(first).toBeTypeOf('number');
    expect(s.record({ ...base, idempotencyKey: 'k', claims: ['g:2'] })).toBeUndefined();
    expect(s.channelClaim(c1, ['f:none', 'l:u'])).toEqual({ id: first, state: 'pending' });
    expect(s.channelClaim(c1, ['g:2'])).toBeUndefined();
    expect(s.channelClaim(c2, ['g:1'])).toBeUndefined();
    expect(s.channelClaim(c1, [])).toBeUndefined();
  });

  it('hands out due posts of the asked platforms, oldest first, holding back a waiting channel', () => {
    const a = deliver(c1);
    const b = deliver(c2);
    const c = deliver(slack);
    deliver(c2);
    expect(s.dueOutbox(10, 10, ['discord']).map((row) => row.id)).toEqual([a, b, b + 2]);
    s.markRetry(b, 500, 'retrying: 503');
    expect(s.dueOutbox(10, 10, ['discord', 'slack']).map((row) => row.id)).toEqual([a, c]);
    expect(s.dueOutbox(10, 10, ['discord'])[0]).toMatchObject({
      channel: c1,
      state: 'pending',
      attempts: 0,
      payload: expect.objectContaining({ kind: 'story' }),
    });
  });

  it('lets one sender claim a post until its lease runs out, then another', () => {
    const id = deliver(c1);
    s.dueOutbox(10, 10, ['discord']);
    expect(s.claimForSending(id, 10, 100)).toBe(true);
    expect(s.claimForSending(id, 50, 150)).toBe(false);
    expect(s.dueOutbox(50, 10, ['discord'])).toEqual([]);
    expect(s.dueOutbox(100, 10, ['discord'])[0]).toMatchObject({ state: 'sending', attempts: 1 });
    expect(s.claimForSending(id, 100, 200)).toBe(true);
    s.renewLease(id, 400);
    expect(s.dueOutbox(300, 10, ['discord'])).toEqual([]);
    s.markSent(id, 'm1', 310);
    expect(s.dueOutbox(500, 10, ['discord'])).toEqual([]);
  });

  it('counts the posts waiting to go out and dates the oldest', () => {
    expect(s.outboxDepth()).toEqual({ depth: 0 });
    const a = deliver(c1, { createdAt: 30 });
    deliver(c2, { createdAt: 20 });
    deliver(c2, { createdAt: 10, state: 'queued' });
    s.dueOutbox(40, 10, ['discord']);
    s.claimForSending(a, 40, 100);
    expect(s.outboxDepth()).toEqual({ depth: 2, oldestCreatedAt: 20 });
    s.markSent(a, 'm', 50);
    expect(s.outboxDepth()).toEqual({ depth: 1, oldestCreatedAt: 20 });
  });

  it('lists the posts not delivered, newest first, with their reasons', () => {
    const a = deliver(c1);
    const b = deliver(c1);
    deliver(c1, { state: 'skipped', reason: 'filtered: sport' });
    s.markFailed(a, 'failed: 403');
    s.markSent(b, 'm', 2);
    expect(s.undelivered(c1, 10).map((u) => [u.state, u.reason])).toEqual([
      ['skipped', 'filtered: sport'],
      ['failed', 'failed: 403'],
    ]);
    expect(s.undelivered(c1, 1)).toHaveLength(1);
  });

  it('groups queued stories of a digest and tells which stories a group post carried', () => {
    const feed = s.addFeed('https://x.example/rss', 300, 0);
    const row = s.upsertSubscription({
      channel: c1,
      feedId: feed.id,
      include: [],
      exclude: [],
      mode: 'daily',
      createdAt: 1,
    });
    const storyIds = [1, 2].map((i) =>
      s.addStory({ feedId: feed.id, title: `T${i}`, publishedAt: 1, keys: [`g:${i}`] }),
    );
    const queued = storyIds.map((storyId) =>
      deliver(c1, { subscriptionId: row.id, storyId, state: 'queued' }),
    );
    expect(s.queuedForDigest([row.id]).map((r) => r.id)).toEqual(queued);
    expect(s.queuedForDigest([])).toEqual([]);
    const group = deliver(c1, { payload: { kind: 'overflow', feedTitle: 'Alpha', stories: [] } });
    s.setGroup(queued, group);
    expect(s.queuedForDigest([row.id])).toEqual([]);
    expect(s.groupedStories(group)).toEqual(storyIds);
  });

  it('marks a sent story for an edit when another feed reports it, and settles it by revision', () => {
    const id = deliver(c1);
    s.dueOutbox(0, 10, ['discord']);
    s.claimForSending(id, 0, 100);
    s.markSent(id, 'msg-1', 5);
    expect(s.addAlsoReported(id, 'Beta')).toBe(true);
    expect(s.addAlsoReported(id, 'Alpha')).toBe(true);
    const [edit] = s.dueEdits(10, ['discord'], 10);
    expect(edit).toMatchObject({ id, messageId: 'msg-1', attempts: 0, channel: c1 });
    expect(edit?.payload).toMatchObject({ alsoReportedBy: ['Beta'] });
    expect(s.dueEdits(10, ['slack'], 10)).toEqual([]);
    s.editRetry(id, 50, 'rate limited', false);
    s.editRetry(id, 60, '500', true);
    expect(s.dueEdits(10, ['discord'], 59)).toEqual([]);
    expect(s.dueEdits(10, ['discord'], 60)[0]?.attempts).toBe(1);
    s.addAlsoReported(id, 'Gamma');
    s.editDone(id, edit?.revision ?? 0);
    expect(s.dueEdits(10, ['discord'], 60)).toHaveLength(1);
    s.editGiveUp(id, (edit?.revision ?? 0) + 1, 'message deleted');
    expect(s.dueEdits(10, ['discord'], 60)).toEqual([]);
  });

  it('names the new source in the group post that listed the story', () => {
    const member = deliver(c1, { state: 'queued', payload: story('Bridge') });
    const group = deliver(c1, {
      payload: { kind: 'overflow', feedTitle: 'Alpha', stories: [{ title: 'Bridge' }] },
    });
    s.setGroup([member], group);
    s.dueOutbox(0, 10, ['discord']);
    s.claimForSending(group, 0, 100);
    s.markSent(group, 'msg-g', 5);
    expect(s.addAlsoReported(member, 'Beta')).toBe(true);
    const edits = s.dueEdits(10, ['discord'], 10);
    expect(edits.map((e) => e.id)).toEqual([group]);
    expect(edits[0]?.payload).toMatchObject({ stories: [{ alsoReportedBy: ['Beta'] }] });
    expect(s.addAlsoReported(deliver(c1, { state: 'skipped' }), 'Beta')).toBe(false);
  });

  it('prunes settled deliveries and old events, keeping the outbox and the claims', () => {
    const feed = s.addFeed('https://x.example/rss', 300, 0);
    const storyId = s.addStory({ feedId: feed.id, title: 'Old', publishedAt: 1, keys: ['g:o'] });
    // SQLite keeps its newest story row whatever its age (it would give the id out again).
    s.addStory({ feedId: feed.id, title: 'New', publishedAt: 40 * day, keys: ['g:n'] });
    const old = deliver(c1, { storyId, claims: ['g:o'], createdAt: 1 });
    s.markSent(old, 'm', 2);
    const waiting = deliver(c1, { createdAt: 1 });
    deliver(c1, { state: 'sent', createdAt: 40 * day });
    stores().events.firstTime('slack:event:old');
    const report = s.prune({
      now: 40 * day,
      handledBefore: 10,
      absentMs: day,
      tooOldBefore: 0,
      settledBefore: 30 * day,
      keepUndelivered: 20,
      batch: 100,
    });
    expect(report).toEqual({ handledEvents: 1, feedItems: 0, deliveries: 1, stories: 1 });
    expect(s.storyArticle(storyId)).toBeUndefined();
    expect(s.channelClaim(c1, ['g:o'])).toEqual({ id: old, state: 'sent' });
    expect(s.dueOutbox(40 * day, 10, ['discord']).map((row) => row.id)).toEqual([waiting]);
  });
});
