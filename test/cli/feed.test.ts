import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const fixture = (name: string) => join('test', 'fixtures', 'feeds-in-the-wild', 'feeds', name);
const run = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, ['bin/newsbrief.js', 'feed', ...args], {
    cwd: root,
    encoding: 'utf8',
    ...(input === undefined ? {} : { input }),
  });

describe('newsbrief feed', () => {
  it('prints every story of a feed file, readable or as JSON, oldest first', () => {
    const text = run([fixture('rssparser__guardian.rss')]);
    expect(text.status).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe('The Guardian · 55 stories');
    const view = JSON.parse(run([fixture('rssparser__guardian.rss'), '--json']).stdout);
    expect(view.items).toHaveLength(55);
    expect(Object.keys(view.items[0])).toEqual(['id', 'title', 'link', 'published', 'summary']);
    const dates = view.items.map((item: { published: string }) => Date.parse(item.published));
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
  });

  it('reads standard input as bytes, so a declared charset still decides', () => {
    const piped = run(['-', '--json'], readFileSync(join(root, fixture('nodefp__iconv.xml'))));
    expect(piped.status).toBe(0);
    expect(JSON.parse(piped.stdout).title).toBe('Новости Оренбурга и области / Раздел Новости');
    const bad = run(['-'], '<html><body>no feed</body></html>');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/not an RSS, Atom or JSON feed/);
  });

  it('answers a JSON-lines batch in order, an error line for a feed it cannot read', async () => {
    const server = createServer((request, response) => {
      if (request.url !== '/rose.json') return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(readFileSync(join(root, fixture('rsparser__rose.json'))));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const input = [
      { id: 'rose', url: `${base}/rose.json` },
      { id: 7, url: `${base}/missing.xml` },
      { id: 'file', url: fixture('feedrs__atom_xml_base.xml') },
    ]
      .map((line) => JSON.stringify(line))
      .join('\n');
    const child = spawn(process.execPath, ['bin/newsbrief.js', 'feed', '--jsonl'], {
      cwd: root,
      env: { ...process.env, NEWSBRIEF_ALLOW_PRIVATE_URLS: '1' },
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stdin.end(`${input}\n`);
    const status = await new Promise((done) => child.on('close', done));
    server.close();
    expect(status).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['rose', 7, 'file']);
    expect(lines[0].items).toHaveLength(84);
    expect(lines[1].error).toMatch(/404/);
    expect(lines[2].items[0].title).toBe('my cool entry title');
  });
});
