import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, openStores } from '../../src/index.js';
import { createTestSchema, dropTestSchema, testDatabaseUrl } from './support/stores.js';

describe('choosing the store', () => {
  let schema = '';
  afterEach(() => (schema ? dropTestSchema(schema) : undefined));

  it('opens the SQLite file when no database URL is set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsbrief-open-'));
    const stores = openStores(loadConfig({ NEWSBRIEF_DB: join(dir, 'a.db') }));
    expect(stores.kind).toBe('sqlite');
    expect(stores.ping()).toBe(true);
    stores.close();
  });

  it('opens PostgreSQL, migrated, when NEWSBRIEF_DATABASE_URL names one', async () => {
    schema = await createTestSchema();
    const url = `${testDatabaseUrl}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    const stores = openStores(loadConfig({ NEWSBRIEF_DATABASE_URL: url }));
    expect(stores.kind).toBe('postgres');
    expect(stores.subscriptions.addFeed('https://x.example/rss', 300, 0).id).toBe(1);
    expect(stores.ping()).toBe(true);
    stores.close();
  });

  it('refuses a database URL that is not PostgreSQL, naming the setting', () => {
    expect(() => loadConfig({ NEWSBRIEF_DATABASE_URL: 'mysql://x@127.0.0.1/db' })).toThrow(
      /NEWSBRIEF_DATABASE_URL/,
    );
  });
});
