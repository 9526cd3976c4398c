import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/types.js';
import { migrations } from '../../src/store/migrations.js';
import { createSqliteArticleStore, openDatabase } from '../../src/store/sqlite.js';
import type { ChannelRef } from '../../src/store/types.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function dbPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-links-'));
  dirs.push(dir);
  return join(dir, 'links.db');
}

// Fictional articles, written for this test.
const story = (id: string, title: string): Article =>
  ({ id, title, text: `${title}.`, source: id }) as Article;
const channel: ChannelRef = { platform: 'discord', channelId: 'c1', workspaceId: 'g1' };

describe('thread and button links', () => {
  it('keeps Slack thread links and Discord button keys apart, each in its own table', () => {
    const db = openDatabase(dbPath());
    const store = createSqliteArticleStore(db);
    store.saveArticle(channel, story('a1', 'Thread story'));
    store.saveArticle(channel, story('a2', 'Button story'));
    store.linkThread(channel, 'same-key', 'a1');
    store.linkButton(channel, 'same-key', 'a2');
    expect(store.articleForThread(channel, 'same-key')?.title).toBe('Thread story');
    expect(store.articleForButton(channel, 'same-key')?.title).toBe('Button story');
    expect(store.articleForButton({ ...channel, channelId: 'c2' }, 'same-key')).toBeUndefined();
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    expect(tables).toContainEqual({ name: 'button_keys' });
    db.close();
  });

  it('moves button keys recorded as threads by an older version to their own table', () => {
    const path = dbPath();
    const old = new Database(path);
    migrations.slice(0, 4).forEach((migration) => {
      old.exec(migration);
    });
    old.pragma('user_version = 4');
    old
      .prepare('INSERT INTO articles (id, json, saved_at) VALUES (?, ?, ?)')
      .run('a1', JSON.stringify(story('a1', 'Long link story')), 1);
    old
      .prepare('INSERT INTO threads (channel_key, thread_id, article_id) VALUES (?, ?, ?)')
      .run('discord:g1:c1', '#0123abcd', 'a1');
    old.close();
    const db = openDatabase(path);
    const store = createSqliteArticleStore(db);
    expect(store.articleForButton(channel, '#0123abcd')?.title).toBe('Long link story');
    expect(store.articleForThread(channel, '#0123abcd')).toBeUndefined();
    db.close();
  });
});
