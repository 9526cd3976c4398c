// Builds content/qa/news-dev.json (SQuAD v2.0) from the hand-written questions in
// content/qa/news-dev.questions.json: contexts are the articles as the engine loads them (file
// sources) or as the BBC News Summary set holds them; answers must be spans of the context, or
// carry an evidence snippet (yes/no answers, names with titles dropped).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle } from '../../src/article/load.js';
import { readJsonl } from '../lib/jsonl.js';

type Qa = [string, string | null, string?];
const root = join(import.meta.dirname, '..', '..');
const questions = JSON.parse(
  readFileSync(join(root, 'content/qa/news-dev.questions.json'), 'utf8'),
) as { articles: Array<{ source: string; qas: Qa[] }> };
const bbcPath = join(root, '..', 'shared/data/bbc-news-summary/dev.jsonl');
const bbc = new Map(
  readJsonl<{ id: string; title: string; text: string }>(bbcPath).map((a) => [a.id, a]),
);

const data = [];
for (const entry of questions.articles) {
  const [kind, name = ''] = entry.source.split(':');
  let title: string;
  let context: string;
  if (kind === 'file') {
    const article = readArticle({
      kind: 'text',
      text: readFileSync(join(root, name), 'utf8'),
      source: name,
    });
    ({ title, text: context } = article);
  } else {
    const article = bbc.get(name);
    if (!article) throw new Error(`no BBC article ${name}`);
    ({ title, text: context } = article);
  }
  const qas = entry.qas.map(([question, answer, evidence], i) => {
    const id = `${name.replace(/^.*\//, '').replace(/\.txt$/, '')}-${String(i + 1).padStart(2, '0')}`;
    if (answer === null) return { id, question, answers: [], is_impossible: true };
    const near = evidence ? context.indexOf(evidence) : -1;
    if (evidence && near < 0) throw new Error(`${id}: evidence not in the text: ${evidence}`);
    const inside = near >= 0 ? context.indexOf(answer, near) : -1;
    const start =
      inside >= 0 && inside < near + (evidence?.length ?? 0)
        ? inside
        : near >= 0
          ? near
          : context.indexOf(answer);
    if (start < 0) throw new Error(`${id}: answer not in the text: ${answer}`);
    return { id, question, answers: [{ text: answer, answer_start: start }], is_impossible: false };
  });
  data.push({ title, paragraphs: [{ context, qas }] });
}
const out = join(root, 'content/qa/news-dev.json');
writeFileSync(out, `${JSON.stringify({ version: 'v2.0', data }, null, 1)}\n`);
const count = data.reduce((n, a) => n + (a.paragraphs[0]?.qas.length ?? 0), 0);
process.stdout.write(`${out}: ${data.length} articles, ${count} questions\n`);
