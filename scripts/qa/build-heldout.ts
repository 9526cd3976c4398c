// Builds content/qa/news-heldout.json (SQuAD v2.0) from the hand-written questions in
// content/qa/news-heldout.questions.json. Contexts are taken straight from the datasets, never
// through the engine: this set is held out, so nothing here may run newsbrief on it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonl } from '../lib/jsonl.js';

type Qa = [string, string | null];
type Entry = { source: string; title?: string; qas: Qa[] };
type Article = { title: string; text: string };

const root = join(import.meta.dirname, '..', '..');
const data = join(root, '..', 'shared', 'data');
const questions = JSON.parse(
  readFileSync(join(root, 'content/qa/news-heldout.questions.json'), 'utf8'),
) as { articles: Entry[] };

const bbc = new Map(
  readJsonl<{ id: string; title: string; text: string }>(
    join(data, 'bbc-news-summary/test.jsonl'),
  ).map((a) => [a.id, a]),
);
const cnndm = new Map(
  readJsonl<{ id: string; url: string; text: string }>(
    join(data, 'cnndm-test-frank/test.jsonl'),
  ).map((a) => [a.id, a]),
);
const extraction = JSON.parse(
  readFileSync(join(data, 'article-extraction-open/ground-truth.json'), 'utf8'),
) as Record<string, { articleBody: string; url: string }>;

// CNN/DM carries no headline, so its title is the story slug from the URL.
function cnndmTitle(url: string): string {
  const parts = new URL(url).pathname.split('/').filter((p) => p !== '' && p !== 'index.html');
  const slug = (parts.at(-1) ?? '').replace(/\.html?$/, '').replace(/^article-\d+-/, '');
  return slug.replace(/-/g, ' ');
}

function article(entry: Entry): Article {
  const [kind, id = ''] = entry.source.split(':');
  if (kind === 'bbc') {
    const a = bbc.get(id);
    if (a) return { title: a.title, text: a.text };
  } else if (kind === 'cnndm') {
    const a = cnndm.get(id);
    if (a) return { title: entry.title ?? cnndmTitle(a.url), text: a.text };
  } else if (kind === 'extraction') {
    const a = extraction[id];
    if (a && entry.title) return { title: entry.title, text: a.articleBody };
  }
  throw new Error(`unknown source or missing title: ${entry.source}`);
}

const out = questions.articles.map((entry, i) => {
  const { title, text: context } = article(entry);
  const qas = entry.qas.map(([question, answer], j) => {
    const id = `heldout-${String(i + 1).padStart(2, '0')}-${j + 1}`;
    if (answer === null) return { id, question, answers: [], is_impossible: true };
    const start = context.indexOf(answer);
    if (start < 0) throw new Error(`${id}: answer not in the text: ${answer}`);
    return { id, question, answers: [{ text: answer, answer_start: start }], is_impossible: false };
  });
  return { title, paragraphs: [{ context, qas }] };
});
const path = join(root, 'content/qa/news-heldout.json');
writeFileSync(path, `${JSON.stringify({ version: 'v2.0', data: out }, null, 1)}\n`);
const all = out.flatMap((a) => a.paragraphs[0]?.qas ?? []);
const impossible = all.filter((q) => q.is_impossible).length;
process.stdout.write(
  `${path}: ${out.length} articles, ${all.length} questions, ${impossible} unanswerable\n`,
);
