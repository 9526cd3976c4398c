// `npm run eval:feeds -- [corpus-dir] [--misses]`: serves each feed of a feeds-in-the-wild corpus
// from 127.0.0.1 (no charset in the Content-Type, as many servers send them), runs
// `newsbrief feed --jsonl` over them and compares with the corpus's expected-feedparser.json:
// items found, same titles, absolute links, replacement characters, feeds read empty.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type ExpectedFeed, type FeedScore, type ReadFeed, scoreFeed } from './lib/feed-score.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { misses: { type: 'boolean' } },
});
const corpus = resolve(positionals[0] ?? '../shared/data/feeds-in-the-wild-open');
const expected = JSON.parse(
  readFileSync(join(corpus, 'expected-feedparser.json'), 'utf8'),
) as Record<string, ExpectedFeed>;
const files = readdirSync(join(corpus, 'feeds')).sort();

const types: Record<string, string> = {
  '.json': 'application/json',
  '.html': 'text/html',
  '.atom': 'application/atom+xml',
};
const server = createServer((request, response) => {
  const name = decodeURIComponent((request.url ?? '/').slice(1));
  if (!files.includes(name)) return void response.writeHead(404).end();
  response.writeHead(200, { 'content-type': types[extname(name)] ?? 'application/xml' });
  response.end(readFileSync(join(corpus, 'feeds', name)));
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const { port } = server.address() as AddressInfo;

const started = Date.now();
const output = await new Promise<string>((done, fail) => {
  const child = spawn(process.execPath, ['bin/newsbrief.js', 'feed', '--jsonl'], {
    env: { ...process.env, NEWSBRIEF_ALLOW_PRIVATE_URLS: '1' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  child.on('error', fail);
  child.on('close', (code) => (code === 0 ? done(text) : fail(new Error(`exit ${code}`))));
  for (const file of files)
    child.stdin.write(`${JSON.stringify({ id: file, url: `http://127.0.0.1:${port}/${file}` })}\n`);
  child.stdin.end();
});
server.close();

const read = new Map(
  output
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ReadFeed)
    .map((feed) => [feed.id, feed]),
);
const scores: FeedScore[] = files.map((file) =>
  scoreFeed(file, expected[file] ?? { version: '', bozo: true, title: '', items: [] }, {
    id: file,
    ...read.get(file),
  }),
);

const sum = (pick: (s: FeedScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
const pad = (text: string | number, width: number) => String(text).padStart(width);

process.stdout.write(`file${' '.repeat(48)}expect  read found  title  error\n`);
for (const s of scores) {
  const title = s.titled ? pct(s.sameTitle + s.cutTitle, s.titled) : '';
  const note = s.error ?? (s.read === 0 ? 'EMPTY' : '');
  process.stdout.write(
    `${s.file.padEnd(52)}${pad(s.expected, 6)}${pad(s.read, 6)}${pad(s.found, 6)}${pad(title, 7)}  ${note}\n`,
  );
  if (values.misses) for (const miss of s.misses) process.stdout.write(`    ${miss}\n`);
}
const json = scores.filter((s) => s.file.endsWith('.json'));
// Read empty where feedparser found items, or a JSON Feed (feedparser reads none) had some.
const silentlyEmpty = scores.filter(
  (s) => !s.error && s.read === 0 && (s.expected > 0 || s.file.endsWith('.json')),
);
const titled = sum((s) => s.titled);
process.stdout.write(
  [
    '',
    `corpus: ${corpus} (${files.length} files, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    `items found: ${sum((s) => s.found)}/${sum((s) => s.expected)} = ${pct(
      sum((s) => s.found),
      sum((s) => s.expected),
    )} of feedparser's (empty <item/>s not counted)`,
    `same title: ${pct(
      sum((s) => s.sameTitle),
      titled,
    )} exact, ${pct(
      sum((s) => s.sameTitle + s.cutTitle),
      titled,
    )} counting titles cut at a word (${sum((s) => s.cutTitle)} cut)`,
    `absolute links: ${sum((s) => s.absoluteLinks)}/${sum((s) => s.read)} items (${sum((s) => s.links)} with a link)`,
    `titles with U+FFFD: ${sum((s) => s.replacement)}`,
    `feeds refused: ${scores.filter((s) => s.error).length} (${scores
      .filter((s) => s.error)
      .map((s) => s.file)
      .join(', ')})`,
    `feeds read empty without an error: ${silentlyEmpty.length} ${silentlyEmpty.map((s) => s.file).join(', ')}`,
    `JSON Feeds (feedparser reads none): ${json.map((s) => `${s.file} ${s.read}`).join(', ')}`,
    '',
  ].join('\n'),
);
