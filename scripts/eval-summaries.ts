// Scores newsbrief, a Lead baseline and the npm peers with ROUGE F1 on a JSON-lines dataset.
//   npm run eval:summaries -- ../shared/data/bbc-news-summary/test.jsonl [--limit N] [--only newsbrief]
// The dataset's shape picks the convention: BBC ({id,title,text,summary}) gives each reference's
// word count as the budget, no stemming; CNN/DM FRANK ({text,summary,systems}) takes 3 sentences,
// Porter stemming and summary-level ROUGE-L, and also scores the published systems in the file.
import { parseArgs } from 'node:util';
import { createEngine, loadConfig } from '../src/index.js';
import { splitSentences } from '../src/nlp/sentences.js';
import { countWords } from '../src/nlp/tokens.js';
import { type Budget, fillBudget } from './lib/budget.js';
import { readJsonl } from './lib/jsonl.js';
import type { RankedSentence } from './lib/peers.js';
import { rougeL, rougeLsum, rougeN, tokenize } from './lib/rouge.js';

interface Row {
  id?: string;
  url?: string;
  title?: string;
  text: string;
  summary: string;
  summary_lines?: string[];
  sentences?: string[];
  systems?: Record<string, string>;
}

/** CNN/DM rows carry no headline, but their URL slug is one ("Gary-Locke-set-confirmed-..."). */
function titleFromUrl(url: string | undefined): string {
  const path = url?.replace(/\/(index\.html)?$/, '').replace(/\.html?$/, '') ?? '';
  const slug = path.slice(path.lastIndexOf('/') + 1);
  return /[a-z]-[a-z]/i.test(slug) ? slug.replace(/[-_]+/g, ' ') : '';
}

type System = (row: Row, budget: Budget) => Promise<string[]>;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { limit: { type: 'string' }, only: { type: 'string' } },
});
const path = positionals[0];
if (!path) {
  process.stderr.write('usage: npm run eval:summaries -- <data.jsonl> [--limit N] [--only name]\n');
  process.exit(2);
}
const rows = readJsonl<Row>(path).slice(0, values.limit ? Number(values.limit) : undefined);
const cnndm = rows.some((row) => row.systems !== undefined);
// FRANK's XSum rows have the same shape, with a one-sentence reference: a one-line lede.
const sentencesWanted = rows.every((row) => row.id?.startsWith('xsum')) ? 1 : 3;

let peersModule: typeof import('./lib/peers.js') | undefined;
const peerNames = ['lexrank', 'node-summarizer frequency', 'node-summarizer textrank'] as const;
const engine = createEngine({ config: loadConfig() });
const lead = (row: Pick<Row, 'text' | 'sentences'>): RankedSentence[] =>
  (row.sentences ?? splitSentences(row.text).map((s) => s.text)).map((text, index) => ({
    text,
    index,
  }));

const systems: Record<string, System> = {
  // The batch CLI's path: load (cleaning, dateline) then summarise, no facts.
  newsbrief: async (row, budget) => {
    const title = row.title ?? titleFromUrl(row.url);
    const { brief } = await engine.brief(
      { kind: 'text', text: row.text, title, source: 'eval' },
      { ...budget, facts: false, readAhead: false },
    );
    return splitSentences(brief.summary).map((s) => s.text);
  },
  [cnndm ? `Lead-${sentencesWanted}` : 'Lead']: async (row, budget) =>
    fillBudget(lead(row), budget),
  // The same baseline on newsbrief's own sentences: how much is the splitter, not the ranking.
  ...(cnndm
    ? {
        [`Lead-${sentencesWanted} (newsbrief sentences)`]: async (row: Row, budget: Budget) =>
          fillBudget(lead({ ...row, sentences: undefined }), budget),
      }
    : {}),
  // Peers load on first use: lexrank's dependencies patch String.prototype (sugar.js).
  ...Object.fromEntries(
    peerNames.map((name) => [
      name,
      async (row: Row, budget: Budget) => {
        peersModule ??= await import('./lib/peers.js');
        return fillBudget(await peersModule.peers[name](row.text), budget);
      },
    ]),
  ),
};

const stem = cnndm;
const referenceSentences = (row: Row) =>
  row.summary_lines ??
  splitSentences(row.summary.replace(/([.!?]["”’]?)(?=[A-Z"“])/g, '$1 ')).map((s) => s.text);

function score(candidate: string[], row: Row) {
  const cand = tokenize(candidate.join(' '), { stem });
  const ref = tokenize(row.summary, { stem });
  const rl = cnndm
    ? rougeLsum(
        candidate.map((s) => tokenize(s, { stem })),
        referenceSentences(row).map((s) => tokenize(s, { stem })),
      )
    : rougeL(cand, ref);
  return [rougeN(cand, ref, 1), rougeN(cand, ref, 2), rl];
}

const budgetOf = (row: Row): Budget =>
  cnndm
    ? { maxSentences: sentencesWanted, maxWords: Number.POSITIVE_INFINITY }
    : { maxSentences: Number.POSITIVE_INFINITY, maxWords: countWords(row.summary) };

const table: [string, number[]][] = [];
const only = values.only?.split(',');
for (const [name, system] of Object.entries(systems)) {
  if (only && !only.includes(name)) continue;
  const sums = [0, 0, 0];
  for (const row of rows) {
    const s = score(await system(row, budgetOf(row)), row);
    s.forEach((v, k) => {
      sums[k] = (sums[k] ?? 0) + v;
    });
  }
  table.push([name, sums.map((v) => (100 * v) / rows.length)]);
}
if (cnndm && !only) {
  for (const name of Object.keys(rows[0]?.systems ?? {})) {
    const sums = [0, 0, 0];
    for (const row of rows) {
      const output = row.systems?.[name] ?? '';
      const sentences = output.split(/(?<=[.!?])\s+/).filter(Boolean);
      score(sentences, row).forEach((v, k) => {
        sums[k] = (sums[k] ?? 0) + v;
      });
    }
    table.push([`${name} (published)`, sums.map((v) => (100 * v) / rows.length)]);
  }
}

const convention = cnndm
  ? `${sentencesWanted} sentence(s), Porter stemming, ROUGE-L summary-level`
  : "budget = each reference's word count, no stemming";
process.stdout.write(`${path}: ${rows.length} articles; ${convention}\n\n`);
process.stdout.write('| system | ROUGE-1 | ROUGE-2 | ROUGE-L |\n| --- | ---: | ---: | ---: |\n');
for (const [name, [r1, r2, rl]] of table)
  process.stdout.write(`| ${name} | ${r1?.toFixed(1)} | ${r2?.toFixed(1)} | ${rl?.toFixed(1)} |\n`);
