// Fits src/summarize/weights.ts: logistic regression of "the sentence is in the reference" on
// the ranker's features, over BBC `dev` only (never `test`).
//   npx tsx scripts/lib/fit-weights.ts ../shared/data/bbc-news-summary/dev.jsonl
import { splitSentences } from '../../src/nlp/sentences.js';
import { featureNames, sentenceFeatures, toUnits } from '../../src/summarize/features.js';
import { readJsonl } from './jsonl.js';

interface Row {
  title: string;
  text: string;
  summary: string;
}

const squash = (s: string) => s.replace(/\s+/g, '');
const rows = readJsonl<Row>(process.argv[2] ?? '../shared/data/bbc-news-summary/dev.jsonl');
const xs: number[][] = [];
const ys: number[] = [];
for (const row of rows) {
  const reference = squash(row.summary);
  const sentences = splitSentences(row.text);
  const features = sentenceFeatures(toUnits(sentences), row.title);
  sentences.forEach((s, i) => {
    xs.push(features[i] ?? []);
    ys.push(reference.includes(squash(s.text)) ? 1 : 0);
  });
}

const dims = featureNames.length;
const w = new Array<number>(dims).fill(0);
const rate = 0.5;
const l2 = 1e-4;
for (let epoch = 0; epoch < 3000; epoch++) {
  const grad = new Array<number>(dims).fill(0);
  for (let n = 0; n < xs.length; n++) {
    const x = xs[n] ?? [];
    let z = 0;
    for (let k = 0; k < dims; k++) z += (w[k] ?? 0) * (x[k] ?? 0);
    const err = 1 / (1 + Math.exp(-z)) - (ys[n] ?? 0);
    for (let k = 0; k < dims; k++) grad[k] = (grad[k] ?? 0) + err * (x[k] ?? 0);
  }
  for (let k = 0; k < dims; k++)
    w[k] = (w[k] ?? 0) - rate * ((grad[k] ?? 0) / xs.length + l2 * (w[k] ?? 0));
}
const positives = ys.reduce((a, b) => a + b, 0);
process.stderr.write(`${xs.length} sentences, ${positives} in references\n`);
featureNames.forEach((name, k) => {
  process.stderr.write(`${name.padEnd(16)} ${(w[k] ?? 0).toFixed(3)}\n`);
});
process.stdout.write(`[${w.map((v) => v.toFixed(3)).join(', ')}]\n`);
