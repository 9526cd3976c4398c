// `npm run bench` (second half): time to answer a question about a ~600-word article, cold
// (the article read for the first time: wink-nlp analysis included) and warm (analysis cached,
// as for every later question on the same article). Single-threaded: one core. Wall time is
// what a user waits and grows when other processes share the cores (hence the load average
// shown); CPU time is the whole process's, so V8's GC and compiler threads count too and it
// can exceed wall time on a quiet machine.
import { availableParallelism, loadavg } from 'node:os';
import { isAnalysed } from '../src/answer/analyze.js';
import { answerQuestion } from '../src/answer/index.js';
import type { Article } from '../src/article/types.js';
import { loadConfig } from '../src/config.js';
import { createEngine } from '../src/engine.js';
import { countWords } from '../src/nlp/tokens.js';
import { readJsonl } from './lib/jsonl.js';

interface Timing {
  wall: number;
  cpu: number;
}

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

// Warm up the JIT on articles outside the timed set, as a bot is after its first questions:
// with 5, the first timed articles still ran unoptimised code and the median showed V8's tiers.
const warmUp = 50;
for (const row of rows.slice(-warmUp)) {
  const article = { id: `warm:${row.id}`, title: row.title, text: row.text, source: '' };
  for (const question of questions) answerQuestion(question, [article]);
}

const cold: Timing[] = [];
const warm: Timing[] = [];
const loadBefore = loadavg()[0] ?? 0;
for (const article of articles) {
  questions.forEach((question, i) => {
    const cpu = process.cpuUsage();
    const started = performance.now();
    answerQuestion(question, [article]);
    const wall = performance.now() - started;
    const used = process.cpuUsage(cpu);
    (i === 0 ? cold : warm).push({ wall, cpu: (used.user + used.system) / 1000 });
  });
}
// A question right after a brief, through the engine as a chat command calls it: the brief
// reads the article ahead once its reply is out, so the question finds the analysis cached.
const engine = createEngine({ config: loadConfig({}) });
const afterBrief: Timing[] = [];
for (const [i, original] of articles.entries()) {
  const { article } = await engine.brief({
    kind: 'article',
    article: { ...original, id: `brief:${original.id}` },
  });
  while (!isAnalysed(article)) await new Promise((resolve) => setTimeout(resolve, 5));
  const cpu = process.cpuUsage();
  const started = performance.now();
  // The same mix of questions as above: one each, in turn.
  await engine.answer(questions[i % questions.length] ?? '', [article]);
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  afterBrief.push({ wall, cpu: (used.user + used.system) / 1000 });
}

const words = articles.reduce((n, a) => n + countWords(a.text), 0) / Math.max(1, articles.length);
const at = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};
const figures = (values: number[]) =>
  `median ${at(values, 0.5).toFixed(2)} ms  p95 ${at(values, 0.95).toFixed(2)} ms`;
const line = (name: string, timings: Timing[]) =>
  `${name.padEnd(34)} wall ${figures(timings.map((t) => t.wall))}   cpu ${figures(timings.map((t) => t.cpu))}   (n=${timings.length})`;
const load = `load average ${loadBefore.toFixed(1)} -> ${(loadavg()[0] ?? 0).toFixed(1)} on ${availableParallelism()} cores`;
process.stdout.write(
  [
    `answers: ${articles.length} BBC test articles of 500-700 words (mean ${Math.round(words)}), ${questions.length} questions each; ${load}`,
    line('first question (analysis included)', cold),
    line('later questions (analysis cached)', warm),
    line('first question after engine.brief', afterBrief),
    line('all questions', [...cold, ...warm]),
    '',
  ].join('\n'),
);
