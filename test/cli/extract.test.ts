import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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
    expect(text.stdout).toMatch(/\n\nThe plant, built by the utility Lusolar/);
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

  it('fetches a page over HTTP and reports the final URL as its id', async () => {
    const html = readFileSync(join(root, 'content', 'articles', 'solar-farm-page.html'), 'utf8');
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/solar`;
    try {
      const child = spawn(process.execPath, ['bin/newsbrief.js', 'extract', url, '--json'], {
        cwd: root,
        env: { ...process.env, NEWSBRIEF_LOG_LEVEL: 'silent', NEWSBRIEF_ALLOW_PRIVATE_URLS: '1' },
      });
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
      });
      const status = await new Promise<number | null>((done) => child.on('close', done));
      expect(status).toBe(0);
      const json = JSON.parse(out);
      expect(json.id).toBe(url);
      expect(json.title).toBe("Europe's largest floating solar farm opens in Portugal");
      expect(json.text).toMatch(/^Portugal switched on/);
    } finally {
      server.close();
    }
  });

  it('exits 2 with usage when the target is missing', () => {
    const result = run([]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/usage: newsbrief extract/);
  });
});
