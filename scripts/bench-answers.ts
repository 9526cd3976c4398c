// `npm run bench` (second half): time to answer a question about a ~600-word article, cold
// (the article read for the first time: wink-nlp analysis included) and warm (analysis cached,
// as for every later question on the same article). Single-threaded: one core.
import { answerQuestion } from '../src/answer/index.js';
import type { Article } from '../src/article/types.js';
import { countWords } from '../src/nlp/tokens.js';
import { readJsonl } from './lib/jsonl.js';

const dataset = '../shared/data/bbc-news-summary/test.jsonl';
const questions = [
  'Who said the plan would fail?',
  'How much did the company make last year?',
  'When will the decision be made?',
  'How many people were affected?',
  'Why did prices rise?',
  'Where will the event take place?',
  'Did the government approve the deal?',
  'What year did it start?',
];

const rows = readJsonl<{ id: string; title: string; text: string }>(dataset);
const articles: Article[] = rows
  .filter((row) => {
    const words = countWords(row.text);
    return words >= 500 && words <= 700;
  })
  .slice(0, 60)
  .map((row) => ({ id: `bench:${row.id}`, title: row.title, text: row.text, source: 'bench' }));

// Warm up the JIT and wink-nlp on articles outside the timed set.
for (const row of rows.slice(-5))
  answerQuestion(questions[0] ?? '', [
    { id: `warm:${row.id}`, title: row.title, text: row.text, source: '' },
  ]);

const cold: number[] = [];
const warm: number[] = [];
for (const article of articles) {
  questions.forEach((question, i) => {
    const started = performance.now();
    answerQuestion(question, [article]);
    (i === 0 ? cold : warm).push(performance.now() - started);
  });
}
const words = articles.reduce((n, a) => n + countWords(a.text), 0) / Math.max(1, articles.length);
const at = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};
const line = (name: string, values: number[]) =>
  `${name.padEnd(34)} median ${at(values, 0.5).toFixed(2)} ms   p95 ${at(values, 0.95).toFixed(2)} ms   (n=${values.length})`;
process.stdout.write(
  [
    `answers: ${articles.length} BBC test articles of 500-700 words (mean ${Math.round(words)}), ${questions.length} questions each`,
    line('first question (analysis included)', cold),
    line('later questions (analysis cached)', warm),
    line('all questions', [...cold, ...warm]),
    '',
  ].join('\n'),
);
