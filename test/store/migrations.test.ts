import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ChannelRef } from '../../src/index.js';
import { migrations } from '../../src/store/migrations.js';
import { createSqliteArticleStore, openDatabase } from '../../src/store/sqlite.js';
import { createSqliteSubscriptionStore } from '../../src/store/sqlite-subscriptions.js';
import type { NewDelivery } from '../../src/store/subscription-types.js';

describe('migrations', () => {
  it('brings a version 1 database up to date without touching its articles', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'newsbrief-store-')), 'old.db');
    const old = new Database(path);
    old.exec(migrations[0] ?? '');
    old.pragma('user_version = 1');
    old
      .prepare('INSERT INTO articles (id, json, saved_at) VALUES (?, ?, ?)')
      .run('a1', JSON.stringify({ id: 'a1', title: 'Kept', text: 'Kept.', source: 'x' }), 1);
    old.close();
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(createSqliteArticleStore(db).getArticle('a1')?.title).toBe('Kept');
    const store = createSqliteSubscriptionStore(db);
    const feed = store.addFeed('https://x.example/rss', 300, 0);
    expect(store.feedByUrl('https://x.example/rss')).toEqual(feed);
    db.close();
    const again = openDatabase(path);
    expect(createSqliteSubscriptionStore(again).getFeed(feed.id)?.url).toBe(
      'https://x.example/rss',
    );
    again.close();
  });

  it('records a delivery once per idempotency key and claims its story keys in the channel', () => {
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'newsbrief-store-')), 'o.db'));
    const store = createSqliteSubscriptionStore(db);
    const channel: ChannelRef = { platform: 'slack', channelId: 'C1', workspaceId: 'T1' };
    const delivery: NewDelivery = {
      channel,
      kind: 'overflow',
      state: 'pending',
      payload: { kind: 'overflow', feedTitle: 'F', stories: [] },
      idempotencyKey: 'k1',
      claims: ['g:1', 'l:https://x.example/1'],
      createdAt: 5,
    };
    const id = store.record(delivery);
    expect(id).toBeTypeOf('number');
    expect(store.record(delivery)).toBeUndefined();
    expect(store.channelClaim(channel, ['f:zzz', 'l:https://x.example/1'])).toEqual({
      id,
      state: 'pending',
    });
    expect(store.channelClaim({ ...channel, channelId: 'C2' }, ['g:1'])).toBeUndefined();
    expect(store.claimForSending(id ?? 0, 10, 100)).toBe(true);
    expect(store.claimForSending(id ?? 0, 10, 100)).toBe(false);
    expect(store.dueOutbox(99, 10, ['slack'])).toEqual([]);
    expect(store.dueOutbox(100, 10, ['discord'])).toEqual([]);
    expect(store.dueOutbox(100, 10, ['slack']).map((row) => [row.state, row.attempts])).toEqual([
      ['sending', 1],
    ]);
    store.markSent(id ?? 0, 'ts1', 101);
    expect(store.dueOutbox(1000, 10, ['slack'])).toEqual([]);
    db.close();
  });
});
