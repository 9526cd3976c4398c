// `npm run eval:check [-- --fit]`: Pearson of `check`'s support with FRANK's human factuality,
// per dataset, next to the published checkers on the same summaries. `--fit` refits the weights
// (ridge, both datasets) and reports 5-fold cross-validation split by article first.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unsupportedClaims } from '../src/check/claims.js';
import { features } from '../src/check/features.js';
import { checkSummary, featureValues, readEvidence, summarySentences } from '../src/check/index.js';

const data = resolve(process.env.NEWSBRIEF_DATA_DIR ?? '../shared/data');
type Row = {
  id: string;
  article_id: string;
  dataset: string;
  summary: string;
  factuality: number;
  metrics: Record<string, number | null>;
};
const rows: Row[] = readLines('frank-factuality-open/valid.jsonl');
const articles = new Map<string, string>();
for (const file of ['cnndm-test-frank/test.jsonl', 'xsum-test-frank/test.jsonl']) {
  for (const a of readLines<{ id: string; text: string }>(file)) articles.set(a.id, a.text);
}

function readLines<T = Row>(file: string): T[] {
  return readFileSync(join(data, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T);
}

function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0,
    sxx = 0,
    syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] ?? 0) - mx,
      dy = (y[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Summary-level features: the mean over its sentences (as the support score averages them). */
function summaryFeatures(row: Row): number[] {
  const evidence = readEvidence(articles.get(row.article_id) ?? '');
  const sentences = summarySentences(row.summary);
  const sums = features.map(() => 0);
  for (const s of sentences) {
    const values = featureValues(s, evidence, unsupportedClaims(s, evidence).length);
    values.forEach((v, i) => {
      sums[i] = (sums[i] ?? 0) + v;
    });
  }
  return sums.map((v) => v / Math.max(1, sentences.length));
}

function ridge(x: number[][], y: number[], lambda = 0.1): number[] {
  const d = (x[0]?.length ?? 0) + 1;
  const a = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  const b = new Array<number>(d).fill(0);
  x.forEach((row, n) => {
    const r = [1, ...row];
    for (let i = 0; i < d; i++) {
      b[i] = (b[i] ?? 0) + (r[i] ?? 0) * (y[n] ?? 0);
      for (let j = 0; j < d; j++)
        (a[i] as number[])[j] = ((a[i] as number[])[j] ?? 0) + (r[i] ?? 0) * (r[j] ?? 0);
    }
  });
  for (let i = 1; i < d; i++) (a[i] as number[])[i] = ((a[i] as number[])[i] ?? 0) + lambda;
  return solve(a, b);
}

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[p]?.[c] ?? 0)) p = r;
    [m[c], m[p]] = [m[p] as number[], m[c] as number[]];
    const pivot = m[c] as number[];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const row = m[r] as number[];
      const f = (row[c] ?? 0) / (pivot[c] ?? 1);
      for (let k = c; k <= n; k++) row[k] = (row[k] ?? 0) - f * (pivot[k] ?? 0);
    }
  }
  return m.map((row, i) => (row[n] ?? 0) / (row[i] ?? 1));
}

const weightsHeader = `// Fitted by \`npm run eval:check -- --fit\`: ridge regression (lambda 0.1) of FRANK's human\n// factuality on the sentence-averaged features of features.ts; names must match (a test checks).\n`;

const predict = (w: number[], f: number[]) =>
  Math.min(
    1,
    Math.max(
      0,
      f.reduce((s, v, i) => s + v * (w[i + 1] ?? 0), w[0] ?? 0),
    ),
  );
const table = rows.map((row) => ({ row, f: summaryFeatures(row) }));

if (process.argv.includes('--fit')) {
  const ids = [...new Set(rows.map((r) => r.article_id))].sort();
  const fold = new Map(ids.map((id, i) => [id, i % 5]));
  const cv = new Map<string, number>();
  for (let k = 0; k < 5; k++) {
    const train = table.filter((t) => fold.get(t.row.article_id) !== k);
    const w = ridge(
      train.map((t) => t.f),
      train.map((t) => t.row.factuality),
    );
    for (const t of table) if (fold.get(t.row.article_id) === k) cv.set(t.row.id, predict(w, t.f));
  }
  for (const dataset of ['cnndm', 'xsum']) {
    const part = table.filter((t) => t.row.dataset === dataset);
    const r = pearson(
      part.map((t) => cv.get(t.row.id) ?? 0),
      part.map((t) => t.row.factuality),
    );
    console.log(`${dataset}: 5-fold CV by article, Pearson ${r.toFixed(3)} (n=${part.length})`);
  }
  const w = ridge(
    table.map((t) => t.f),
    table.map((t) => t.row.factuality),
  );
  const coefficients = Object.fromEntries(features.map((f, i) => [f.name, round(w[i + 1] ?? 0)]));
  const fitted = {
    data: 'frank-factuality-open/valid.jsonl (671 summaries, CNN/DM and XSum)',
    intercept: round(w[0] ?? 0),
    coefficients,
  };
  writeFileSync(
    new URL('../src/check/weights.ts', import.meta.url),
    `${weightsHeader}export const weights = ${JSON.stringify(fitted, null, 2)} as { data: string; intercept: number; coefficients: Record<string, number> };\n`,
  );
  console.log('wrote src/check/weights.ts');
}

function round(v: number): number {
  return Math.round(v * 10_000) / 10_000;
}

const started = performance.now();
const support = new Map(
  rows.map((r) => [r.id, checkSummary(articles.get(r.article_id) ?? '', r.summary).support]),
);
const perSecond = rows.length / ((performance.now() - started) / 1000);
for (const dataset of ['cnndm', 'xsum']) {
  const part = rows.filter((r) => r.dataset === dataset);
  const human = part.map((r) => r.factuality);
  const line = [
    `check ${pearson(
      part.map((r) => support.get(r.id) ?? 0),
      human,
    ).toFixed(3)}`,
  ];
  features.forEach((f, i) => {
    line.push(
      `${f.name} ${pearson(
        part.map((r) => table.find((t) => t.row === r)?.f[i] ?? 0),
        human,
      ).toFixed(2)}`,
    );
  });
  for (const m of ['factcc', 'bertscore_p_article', 'qags', 'dae', 'feqa', 'rouge1']) {
    const have = part.filter((r) => typeof r.metrics[m] === 'number');
    line.push(
      `${m} ${pearson(
        have.map((r) => r.metrics[m] as number),
        have.map((r) => r.factuality),
      ).toFixed(2)} (n=${have.length})`,
    );
  }
  console.log(`${dataset} (n=${part.length}): ${line.join(', ')}`);
}
console.log(`speed: ${Math.round(perSecond)} summaries/s (article indexed each time, one core)`);

// Human reference highlights as a stand-in for faithful paraphrases (some carry facts from
// outside the article, so this is a floor): the share of their sentences the check passes.
const references = readLines<{ id: string; text: string; summary_lines?: string[] }>(
  'cnndm-test-frank/test.jsonl',
);
let lines = 0;
let passed = 0;
for (const reference of references) {
  const evidence = readEvidence(reference.text);
  for (const line of reference.summary_lines ?? []) {
    lines++;
    if (checkSummary(evidence, line).unsupported.length === 0) passed++;
  }
}
console.log(
  `cnndm reference highlights: ${passed}/${lines} sentences pass (${((100 * passed) / lines).toFixed(1)}%)`,
);
