import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function batch(lines: string[]) {
  const result = spawnSync(process.execPath, ['bin/newsbrief.js', 'summarize', '--jsonl'], {
    cwd: root,
    input: `${lines.join('\n')}\n`,
    encoding: 'utf8',
    env: { ...process.env, NEWSBRIEF_LOG_LEVEL: 'silent' },
  });
  return {
    status: result.status,
    stderr: result.stderr,
    out: result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

const story =
  'The city council voted on Tuesday to close three libraries. The vote was 31 to 24. ' +
  'Council leader Dan Whitaker said the cuts were painful but necessary. ' +
  'Opposition members promised to campaign to reopen them. Residents protested outside the hall.';

describe('newsbrief summarize --jsonl', () => {
  it('answers each line in order, within the word and sentence budgets, and reports bad lines', () => {
    const { status, out, stderr } = batch([
      JSON.stringify({ id: 'a', text: story, title: 'Libraries to close', maxWords: 25 }),
      'this is not json',
      JSON.stringify({ id: 'b', text: story, maxSentences: 2 }),
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', html: '<html><body><p>   </p></body></html>' }),
      JSON.stringify({ id: 'e', text: story }),
      JSON.stringify({
        id: 'f',
        html: `<html><body><article><p>${story}</p></article></body></html>`,
      }),
      JSON.stringify({ id: 'g', url: 'http://127.0.0.1:1/nothing-here' }),
    ]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(out.map((o) => o.id)).toEqual(['a', null, 'b', 'c', 'd', 'e', 'f', 'g']);
    const [a, bad, b, c, d, e, f, g] = out;
    expect(Object.keys(a ?? {}).sort()).toEqual([
      'facts',
      'headline',
      'id',
      'lede',
      'points',
      'summary',
    ]);
    expect(JSON.stringify(e?.facts)).toContain('"people":["Dan Whitaker"');
    expect(a?.headline).toBe('Libraries to close');
    expect(String(a?.summary).split(/\s+/).length).toBeLessThanOrEqual(25);
    expect(String(b?.summary).match(/[.!?](\s|$)/g)).toHaveLength(2);
    for (const failed of [bad, c, d, g]) expect(typeof failed?.error).toBe('string');
    expect(String(e?.summary).length).toBeGreaterThan(0);
    expect(String(f?.lede)).toMatch(/^The city council voted on Tuesday/);
  });
});
