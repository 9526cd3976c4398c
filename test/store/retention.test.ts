import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pruneIfDue } from '../../src/feeds/retention.js';
import type { ChannelRef } from '../../src/index.js';
import { migrations } from '../../src/store/migrations.js';
import { createSqliteEventLog, openDatabase, type SqliteDatabase } from '../../src/store/sqlite.js';
import { createSqliteSubscriptionStore } from '../../src/store/sqlite-subscriptions.js';
import type { NewDelivery } from '../../src/store/subscription-types.js';

const hour = 3_600_000;
const day = 24 * hour;
const t0 = Date.parse('2026-11-29T12:00:00Z');
const maxAgeMs = 7 * day;

let db: SqliteDatabase;
let store: ReturnType<typeof createSqliteSubscriptionStore>;
beforeEach(() => {
  db = openDatabase(join(mkdtempSync(join(tmpdir(), 'newsbrief-retention-')), 'r.db'));
  store = createSqliteSubscriptionStore(db);
});
afterEach(() => db.close());

const count = (table: string) =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('pruning the database', () => {
  it('forgets handled platform events after a day, far past any redelivery', () => {
    const clock = { now: t0 };
    const events = createSqliteEventLog(db, () => clock.now);
    expect(events.firstTime('slack:event:old')).toBe(true);
    clock.now = t0 + 23 * hour;
    expect(events.firstTime('slack:event:recent')).toBe(true);
    expect(pruneIfDue(store, t0 + 25 * hour, maxAgeMs)?.handledEvents).toBe(1);
    expect(events.firstTime('slack:event:recent')).toBe(false);
    expect(events.firstTime('slack:event:old')).toBe(true);
  });

  it('forgets a feed item only when successful reads missed it for a month and it is too old to post', () => {
    const feed = store.addFeed('https://x.example/rss', 300, 0);
    const failing = store.addFeed('https://y.example/rss', 300, 0);
    const keys = ['gone-old', 'gone-undated', 'gone-future', 'listed'];
    store.rememberKeys(feed.id, keys, t0, [t0 - 10 * day, undefined, t0 + 30 * day, t0 - day]);
    store.rememberKeys(failing.id, ['failing-old'], t0, [t0 - 10 * day]);
    const later = t0 + 31 * day;
    // "Not modified" (no items) is no read of the items.
    store.rememberKeys(feed.id, [], later);
    expect(pruneIfDue(store, later, maxAgeMs)?.feedItems).toBe(0);
    store.rememberKeys(feed.id, ['listed'], later + hour, [t0 - day]);
    expect(pruneIfDue(store, later + 2 * hour, maxAgeMs)?.feedItems).toBe(1);
    expect(store.unseenKeys(feed.id, keys)).toEqual(new Set(['gone-old']));
    expect(store.unseenKeys(failing.id, ['failing-old'])).toEqual(new Set());
  });

  it('deletes settled deliveries after a month, keeping the outbox, the latest reasons and the claims', () => {
    const channel: ChannelRef = { platform: 'slack', channelId: 'C1', workspaceId: 'T1' };
    const feed = store.addFeed('https://x.example/rss', 300, 0);
    const storyId = (title: string) =>
      store.addStory({ feedId: feed.id, title, publishedAt: t0, keys: [`g:${title}`] });
    const add = (d: Partial<NewDelivery> & Pick<NewDelivery, 'state'>, n: number) =>
      store.record({
        channel,
        kind: 'story',
        idempotencyKey: `k${n}`,
        createdAt: t0,
        payload: { kind: 'overflow', feedTitle: 'F', stories: [] },
        ...d,
      });
    const sentStory = storyId('sent');
    add({ state: 'sent', storyId: sentStory, claims: ['g:sent'] }, 1);
    for (let n = 0; n < 25; n++)
      add({ state: 'skipped', storyId: storyId(`s${n}`), reason: `filtered: ${n}` }, 100 + n);
    add({ state: 'queued', storyId: storyId('queued') }, 2);
    add({ state: 'pending', storyId: storyId('pending') }, 3);
    add({ state: 'sent', storyId: storyId('newest') }, 4);
    expect(count('deliveries')).toBe(29);

    expect(pruneIfDue(store, t0 + 29 * day, maxAgeMs)?.deliveries).toBe(0);
    const report = pruneIfDue(store, t0 + 31 * day, maxAgeMs);
    expect(report).toMatchObject({ deliveries: 6, stories: 6 });
    expect(store.undelivered(channel, 50).map((u) => u.reason)).toEqual(
      Array.from({ length: 20 }, (_, i) => `filtered: ${24 - i}`),
    );
    const states = db.prepare('SELECT state FROM deliveries ORDER BY id').all();
    expect(
      states.map((row) => (row as { state: string }).state).filter((s) => s !== 'skipped'),
    ).toEqual(['queued', 'pending', 'sent']);
    expect(store.storyArticle(sentStory)).toBeUndefined();
    expect(store.channelClaim(channel, ['g:sent'])).toMatchObject({ state: 'sent' });
    expect(pruneIfDue(store, t0 + 31 * day + 10 * 60_000, maxAgeMs)).toBeUndefined();
  });

  it('upgrades a version 3 database without forgetting items it cannot date', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'newsbrief-retention-')), 'v3.db');
    const old = new Database(path);
    for (const migration of migrations.slice(0, 3)) old.exec(migration);
    old.pragma('user_version = 3');
    old
      .prepare("INSERT INTO feeds (id, url, interval_s, next_poll_at) VALUES (1, 'u', 300, 0)")
      .run();
    old
      .prepare("INSERT INTO feed_items (feed_id, key, first_seen_at) VALUES (1, 'g:old', ?)")
      .run(t0);
    old.close();
    const upgraded = openDatabase(path);
    expect(upgraded.pragma('user_version', { simple: true })).toBe(migrations.length);
    const later = createSqliteSubscriptionStore(upgraded);
    later.rememberKeys(1, ['g:new'], t0 + 90 * day, [t0 + 90 * day]);
    expect(pruneIfDue(later, t0 + 90 * day, maxAgeMs)?.feedItems).toBe(0);
    expect(later.unseenKeys(1, ['g:old', 'g:new'])).toEqual(new Set());
    upgraded.close();
  });
});
