// Extraction F1 on the open half of the article-extraction benchmark, with the benchmark's own
// metric, beside the ten published extractors on the same pages. newsbrief is run the way a user
// runs it: `newsbrief extract --jsonl`, every page on one line.
//   npm run eval:extraction -- [--data DIR] [--split dev|test|all] [--show N]
// Pages are split by site (a hash of the host name) so that two pages of one site never fall on
// both sides: "dev" is the half rules were written against, "test" is read only for the report.
// The issue (#13) names five example pages; their sites were read, so they count as dev.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { matchPage, type PageCounts, scorePages } from './lib/shingles.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join('..', 'shared', 'data', 'article-extraction-open') },
    split: { type: 'string', default: 'all' },
    show: { type: 'string', default: '0' },
  },
});
const dir = values.data;
type Body = Record<string, { articleBody: string; url?: string }>;
const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Body;
const references = JSON.parse(readFileSync(join(dir, 'reference-outputs.json'), 'utf8')) as Record<
  string,
  Body
>;

const host = (url = '') => url.replace(/^\w+:\/\/(www\.)?/, '').split('/')[0] ?? '';
const examples = ['foxnews.com', 'billboard.com', 'phys.org', 'space.com', 'bbc.com'];
const half = (id: string) => {
  const site = host(truth[id]?.url);
  const hash = Number.parseInt(createHash('sha1').update(site).digest('hex')[0] ?? '0', 16);
  return hash < 8 || examples.includes(site) ? 'dev' : 'test';
};
const ids = readdirSync(join(dir, 'pages'))
  .map((file) => file.replace(/\.html\.gz$/, ''))
  .filter((id) => truth[id] && (values.split === 'all' || half(id) === values.split))
  .sort();

const input = ids
  .map((id) => {
    const html = gunzipSync(readFileSync(join(dir, 'pages', `${id}.html.gz`))).toString('utf8');
    return JSON.stringify({ id, html });
  })
  .join('\n');
const started = performance.now();
const cli = spawnSync(process.execPath, ['bin/newsbrief.js', 'extract', '--jsonl'], {
  input: `${input}\n`,
  encoding: 'utf8',
  maxBuffer: 1 << 30,
  env: { ...process.env, NEWSBRIEF_LOG_LEVEL: 'silent' },
});
const seconds = (performance.now() - started) / 1000;
if (cli.status !== 0) throw new Error(`newsbrief extract failed: ${cli.stderr}`);
const ours: Record<string, string> = {};
const errors: string[] = [];
for (const line of cli.stdout.trim().split('\n')) {
  const out = JSON.parse(line) as { id: string; text?: string; error?: string };
  ours[out.id] = out.text ?? '';
  if (out.error) errors.push(`${out.id.slice(0, 8)} ${out.error}`);
}

const counts = (predicted: (id: string) => string): PageCounts[] =>
  ids.map((id) => matchPage(truth[id]?.articleBody ?? '', predicted(id)));
const rows = [
  ['newsbrief', counts((id) => ours[id] ?? '')] as const,
  ...Object.entries(references).map(
    ([name, outputs]) => [name, counts((id) => outputs[id]?.articleBody ?? '')] as const,
  ),
]
  .map(([name, pages]) => ({ name, ...scorePages(pages) }))
  .sort((a, b) => b.f1 - a.f1);

console.log(`${ids.length} pages (split: ${values.split}), newsbrief ${seconds.toFixed(1)} s`);
console.log('system              F1     precision recall');
for (const row of rows)
  console.log(
    `${row.name.padEnd(18)}  ${row.f1.toFixed(3)}  ${row.precision.toFixed(3)}     ${row.recall.toFixed(3)}`,
  );
const empty = ids.filter((id) => !ours[id]?.trim() && truth[id]?.articleBody.trim());
console.log(`pages with a body that came back empty: ${empty.length}`);
for (const error of errors) console.log(`  ${error}`);

const show = Number(values.show);
if (show > 0) {
  const worst = ids
    .map((id) => {
      const c = matchPage(truth[id]?.articleBody ?? '', ours[id] ?? '');
      return { id, c, url: truth[id]?.url ?? '' };
    })
    .sort((a, b) => a.c.tp - b.c.tp)
    .slice(0, show);
  for (const { id, c, url } of worst)
    console.log(
      `${id.slice(0, 8)} tp ${c.tp.toFixed(2)} fp ${c.fp.toFixed(2)} fn ${c.fn.toFixed(2)} ${url}`,
    );
}
