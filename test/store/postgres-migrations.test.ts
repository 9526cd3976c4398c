import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pgMigrations } from '../../src/store/postgres/schema.js';
import { createTestSchema, dropTestSchema, withAdmin } from './support/stores.js';

const child = join(import.meta.dirname, 'support', 'open-postgres-child.ts');

function openInChild(schema: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const run = spawn(process.execPath, ['--import', 'tsx', child, schema], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    run.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    run.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('PostgreSQL migrations', () => {
  let schema = '';
  afterEach(() => dropTestSchema(schema));

  it('run once when three processes start on an empty database at the same time', async () => {
    schema = await createTestSchema();
    const runs = await Promise.all([1, 2, 3].map(() => openInChild(schema)));
    expect(runs.map((run) => run.stderr)).toEqual(['', '', '']);
    expect(runs.map((run) => run.code)).toEqual([0, 0, 0]);
    const applied = await withAdmin(async (admin) => {
      const versions = await admin.query(`SELECT version FROM ${schema}.schema_migrations`);
      const feeds = await admin.query(`SELECT count(*)::int AS n FROM ${schema}.feeds`);
      return { versions: versions.rows.map((row) => row.version), feeds: feeds.rows[0]?.n };
    });
    expect(applied).toEqual({
      versions: pgMigrations.map((_, i) => i + 1),
      feeds: 3,
    });
  });
});
