import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['bin/newsbrief.js', 'extract', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NEWSBRIEF_LOG_LEVEL: 'silent' },
    ...(input === undefined ? {} : { input }),
  });

// Fictional text, written for this test.
const story =
  'The city council voted on Tuesday to close three libraries. The vote was 31 to 24.\n\n' +
  'Council leader Dan Whitaker said the cuts were painful but necessary.';

describe('newsbrief extract', () => {
  it('prints the title and the paragraphs of a page, and the article as JSON with --json', () => {
    const text = run(['content/articles/solar-farm-page.html']);
    expect(text.status).toBe(0);
    const [title, blank, first] = text.stdout.split('\n');
    expect(title).toBe("Europe's largest floating solar farm opens in Portugal");
    expect(blank).toBe('');
    expect(first).toMatch(/^Portugal switched on Europe's largest floating solar farm/);
    expect(text.stdout).toMatch(/\n\nThe plant, built by the utility EDP/);
    const json = JSON.parse(run(['content/articles/solar-farm-page.html', '--json']).stdout);
    expect(json).toMatchObject({
      id: 'content/articles/solar-farm-page.html',
      title: "Europe's largest floating solar farm opens in Portugal",
      byline: 'Luis Carvalho',
      lang: 'en',
    });
    expect(json.text.split('\n\n')).toHaveLength(6);
  });

  it('answers a JSON-lines batch in order, one object a line, and reports bad lines without stopping', () => {
    const lines = [
      JSON.stringify({ id: 'a', text: story }),
      'not json',
      JSON.stringify({
        id: 2,
        html: `<html lang="en"><body><article><p>${story}</p></article></body></html>`,
      }),
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', url: 'http://127.0.0.1:1/nothing-here' }),
    ];
    const result = run(['--jsonl'], `${lines.join('\n')}\n`);
    expect(result.status).toBe(0);
    const out = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(out.map((o) => o.id)).toEqual(['a', null, 2, 'c', 'd']);
    const [a, bad, b, c, d] = out;
    expect(a).toMatchObject({ id: 'a', lang: 'en' });
    expect(String(a?.text).split('\n\n')).toHaveLength(2);
    expect(String(b?.text)).toContain('Council leader Dan Whitaker');
    for (const failed of [bad, c, d]) expect(typeof failed?.error).toBe('string');
  });

  it('exits 2 with usage when the target is missing', () => {
    const result = run([]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/usage: newsbrief extract/);
  });
});
