// Opens each store implementation for the contract suite: a fresh SQLite file, or a fresh
// PostgreSQL schema on 127.0.0.1 that is dropped afterwards.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { type Stores, sqliteStores } from '../../../src/store/open.js';
import { openPostgresStores } from '../../../src/store/postgres/index.js';
import { openDatabase } from '../../../src/store/sqlite.js';

/** The test database: trust auth on the loopback address, as on every machine and in CI. */
export const testDatabaseUrl = 'postgres://postgres@127.0.0.1:5432/test';

export interface OpenedStores {
  stores: Stores;
  /** Closes the stores and removes what the test made (the schema, on PostgreSQL). */
  dispose(): Promise<void>;
}

export type StoreKind = Stores['kind'];

export function openSqliteForTest(now?: () => number): OpenedStores {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'newsbrief-contract-')), 's.db'));
  const stores = sqliteStores(db, now);
  return { stores, dispose: async () => stores.close() };
}

/** Runs `fn` on an admin connection to the test database. */
export async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

let schemas = 0;
/** A schema of its own for one test: nothing left by another run can leak in. */
export async function createTestSchema(): Promise<string> {
  const schema = `nb_test_${process.pid}_${Date.now().toString(36)}_${schemas++}`;
  await withAdmin((admin) => admin.query(`CREATE SCHEMA ${schema}`));
  return schema;
}

export const dropTestSchema = (schema: string) =>
  withAdmin((admin) => admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));

export async function openPostgresForTest(now?: () => number): Promise<OpenedStores> {
  const schema = await createTestSchema();
  const stores = openPostgresStores({ url: testDatabaseUrl, schema }, now);
  return {
    stores,
    async dispose() {
      stores.close();
      await dropTestSchema(schema);
    },
  };
}

export const openForTest = (kind: StoreKind, now?: () => number) =>
  kind === 'sqlite' ? Promise.resolve(openSqliteForTest(now)) : openPostgresForTest(now);

// Every table, children first, emptied between the tests of one block: a schema (or a TRUNCATE)
// per test would spend most of a second on DDL each time.
const tables =
  'channel_articles, threads, articles, handled_events, channel_story_keys, deliveries, feed_items, stories, subscriptions, feeds';

/**
 * Registers the hooks that give each test of a describe block empty stores of this kind: a new
 * SQLite file per test, or one PostgreSQL schema per block, emptied before each test and dropped
 * after the block. Call the returned function inside a test.
 */
export function useStores(kind: StoreKind, now: () => number): () => Stores {
  let schema: string | undefined;
  let pgStores: Stores | undefined;
  let sqlite: OpenedStores | undefined;
  beforeAll(async () => {
    if (kind !== 'postgres') return;
    schema = await createTestSchema();
    pgStores = openPostgresStores({ url: testDatabaseUrl, schema }, now);
  });
  beforeEach(async () => {
    if (kind === 'sqlite') sqlite = openSqliteForTest(now);
    else
      await withAdmin((admin) =>
        admin.query(
          `SET search_path = ${schema}; ${tables
            .split(', ')
            .map((table) => `DELETE FROM ${table};`)
            .join(' ')}`,
        ),
      );
  });
  afterEach(() => sqlite?.dispose());
  afterAll(async () => {
    pgStores?.close();
    if (schema) await dropTestSchema(schema);
  });
  return () => {
    const stores = kind === 'sqlite' ? sqlite?.stores : pgStores;
    if (!stores) throw new Error(`the ${kind} stores are not open`);
    return stores;
  };
}
