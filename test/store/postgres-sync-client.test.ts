import { describe, expect, it } from 'vitest';
import { createPgSyncClient } from '../../src/store/postgres/sync-client.js';
import { testDatabaseUrl } from './support/stores.js';

describe('the synchronous PostgreSQL client', () => {
  it('gives each call its own answer, even after a call that timed out', () => {
    const client = createPgSyncClient({ url: testDatabaseUrl, timeoutMs: 400 });
    try {
      expect(() => client.query('SELECT pg_sleep(0.6) AS slept')).toThrow(/did not answer/);
      expect(client.query('SELECT 2 AS two').rows).toEqual([{ two: 2 }]);
      expect(client.query('SELECT $1::bigint AS big', [1_796_408_960_822]).rows).toEqual([
        { big: 1_796_408_960_822 },
      ]);
    } finally {
      client.close();
    }
  });

  it('reports a failing statement with its PostgreSQL error code and stays usable', () => {
    const client = createPgSyncClient({ url: testDatabaseUrl });
    try {
      expect(() => client.query('SELECT nope')).toThrow(
        expect.objectContaining({ code: '42703', message: expect.stringMatching(/nope/) }),
      );
      expect(client.query('SELECT 1 AS one').rowCount).toBe(1);
    } finally {
      client.close();
    }
  });
});
