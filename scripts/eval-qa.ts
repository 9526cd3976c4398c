// `npm run eval:qa -- <squad.json|squad.jsonl> [--predictions preds.json] [--outputs ask.jsonl]
// [--answer-all] [--by-kind]`: exact match, token F1 (official SQuAD normalisation),
// evidence-sentence accuracy, abstention precision/recall when the file has unanswerable
// questions, and the three outcomes' figures with a calibration table (qa/outcomes.ts). With
// --predictions it scores a {id: answer} file instead of the engine (to check the scorer on
// leaderboard files); with --outputs, the lines `newsbrief ask --jsonl` printed for the file.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { answerQuestion } from '../src/answer/index.js';
import type { Article } from '../src/article/types.js';
import { readJsonl } from './lib/jsonl.js';
import { describeOutcomes, type Output, scoreOutcomes } from './qa/outcomes.js';
import { evidenceHolds, type QaItem, readSquad, scoreOne } from './qa/squad.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    predictions: { type: 'string' },
    outputs: { type: 'string' },
    'answer-all': { type: 'boolean' },
    'by-kind': { type: 'boolean' },
    misses: { type: 'string' },
  },
});
const path = positionals[0];
if (!path) {
  process.stderr.write(
    'usage: npm run eval:qa -- <file> [--predictions preds.json] [--answer-all] [--by-kind]\n',
  );
  process.exit(2);
}
const { items, hasImpossible } = readSquad(path);
const printed = values.outputs
  ? new Map(
      readJsonl<Output>(values.outputs)
        .filter((o) => typeof o.answer === 'string')
        .map((o) => [String(o.id), o]),
    )
  : undefined;
const given = values.predictions
  ? (JSON.parse(readFileSync(values.predictions, 'utf8')) as Record<string, string>)
  : printed
    ? Object.fromEntries([...printed].map(([id, o]) => [id, o.answer]))
    : undefined;
const outputs = new Map<string, Output>(printed ?? []);
// SQuAD v1.1 has no unanswerable question: abstaining there only loses points.
const abstain = hasImpossible && !values['answer-all'];
const articles = new Map<string, Article>();
const articleOf = (item: QaItem): Article => {
  const id = `${item.title}#${item.paragraph}`;
  let article = articles.get(id);
  if (!article) {
    article = { id, title: item.title, text: item.context, source: path };
    articles.set(id, article);
  }
  return article;
};

const totals = {
  n: 0,
  em: 0,
  f1: 0,
  answerable: 0,
  evidence: 0,
  abstained: 0,
  rightAbstain: 0,
  impossible: 0,
};
const byKind = new Map<string, { n: number; em: number; f1: number }>();
const misses: string[] = [];
const started = performance.now();
for (const item of items) {
  const result = given
    ? { answer: given[item.id] ?? '', evidence: '' }
    : answerQuestion(item.question, [articleOf(item)], { abstain });
  if (!given && 'status' in result) outputs.set(item.id, { id: item.id, ...result });
  const { em, f1 } = scoreOne(result.answer, item);
  totals.n++;
  totals.em += em;
  totals.f1 += f1;
  if (item.impossible) totals.impossible++;
  else {
    totals.answerable++;
    if (evidenceHolds(result.evidence, item)) totals.evidence++;
  }
  if (result.answer === '') {
    totals.abstained++;
    if (item.impossible) totals.rightAbstain++;
  }
  const kind = kindOf(item.question);
  const k = byKind.get(kind) ?? { n: 0, em: 0, f1: 0 };
  k.n++;
  k.em += em;
  k.f1 += f1;
  byKind.set(kind, k);
  if (values.misses && em === 0)
    misses.push(
      `${item.id}\t${item.question}\tgold=${item.answers[0]?.text ?? '∅'}\tgot=${result.answer}`,
    );
}
const seconds = (performance.now() - started) / 1000;
const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
const lines = [
  `file: ${path} (${totals.n} questions${hasImpossible ? `, ${totals.impossible} unanswerable` : ''})`,
  `source: ${values.predictions ? `predictions ${values.predictions}` : values.outputs ? `ask --jsonl lines ${values.outputs}` : `engine${abstain ? '' : ', never abstaining'}`}`,
  `exact match: ${pct(totals.em, totals.n)}`,
  `token F1:    ${pct(totals.f1, totals.n)}`,
];
if (!given)
  lines.push(`evidence accuracy: ${pct(totals.evidence, totals.answerable)} of answerable`);
if (hasImpossible) {
  lines.push(
    `abstention precision: ${pct(totals.rightAbstain, totals.abstained)} (${totals.abstained} abstentions)`,
  );
  lines.push(`abstention recall:    ${pct(totals.rightAbstain, totals.impossible)}`);
}
if (!given)
  lines.push(
    `time: ${seconds.toFixed(1)} s, ${((1000 * seconds) / totals.n).toFixed(2)} ms a question`,
  );
if (values['by-kind'])
  for (const [kind, k] of [...byKind].sort((a, b) => b[1].n - a[1].n))
    lines.push(
      `  ${kind.padEnd(10)} n=${String(k.n).padStart(4)}  EM ${pct(k.em, k.n)}  F1 ${pct(k.f1, k.n)}`,
    );
if (outputs.size > 0) lines.push(describeOutcomes(scoreOutcomes(items, outputs)));
process.stdout.write(`${lines.join('\n')}\n`);
if (values.misses) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(values.misses, `${misses.join('\n')}\n`);
}

function kindOf(question: string): string {
  const q = question.toLowerCase();
  const m = q.match(
    /\b(how (much|many|old|long)|what year|who|whom|whose|when|where|why|which|what|how)\b/,
  );
  if (m?.[1]) return m[1];
  return /^(did|does|do|is|are|was|were|has|have|had|can|could|will|would|should)\b/.test(q)
    ? 'yes/no'
    : 'other';
}
