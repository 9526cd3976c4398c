import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

describe('newsbrief check', () => {
  it('scores a JSON-lines batch in order and reports bad lines without stopping', () => {
    const article = 'The bridge cost $40 million. It opened on Monday in Port Aldane.';
    const input = [
      JSON.stringify({ id: 'a', article, summary: 'The bridge cost $40 million.' }),
      'not json',
      JSON.stringify({ id: 'c', article, summary: 'The bridge cost $90 million.' }),
      JSON.stringify({ id: 'd', article }),
    ].join('\n');
    const out = spawnSync(process.execPath, ['bin/newsbrief.js', 'check', '--jsonl'], {
      cwd: root,
      encoding: 'utf8',
      input,
    });
    expect(out.status).toBe(0);
    const lines = out.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['a', null, 'c', 'd']);
    expect(lines[0]).toMatchObject({ unsupported: [] });
    expect(lines[0].support).toBeGreaterThan(lines[2].support);
    expect(lines[1]).toEqual({ id: null, error: 'not valid JSON' });
    expect(lines[2].unsupported).toContain('90');
    expect(lines[3].error).toBeTruthy();
  });
});
