// `npm run fit:decision [-- --write]`: fits the decision to answer (src/answer/decide.ts) on the
// open SQuAD 2.0 articles (half their questions unanswerable) and the news dev set, and reports
// it cross-validated BY ARTICLE: the articles are dealt into 6 folds, and each fold's questions
// are decided by models fitted on the other folds only. Figures are those of `ask --jsonl`
// (outcomes.ts). --write stores the models fitted on every article in decision-weights.ts.
// The span scorer's weights are fitted on other data (SQuAD 1.1, news dev), never on these
// SQuAD 2.0 articles, so the spans here are held out too.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DecisionModels, LogisticModel } from '../../src/answer/decide.js';
import { decideVector } from '../../src/answer/decide.js';
import { decisionNames } from '../../src/answer/decision-features.js';
import { type DecisionRow, decisionRows } from './decision-rows.js';
import { fitLogistic } from './logistic.js';
import { describeOutcomes, type Output, scoreOutcomes } from './outcomes.js';
import type { QaItem } from './squad.js';

const root = join(import.meta.dirname, '..', '..');
const folds = 6;
// NEWS_WEIGHT counts each news question as that many SQuAD ones. 1 is shipped: 4 and 8 gained news
// dev figures (in-sample for the spans) and cost SQuAD coverage, cross-validated.
const newsWeight = Number(process.env.NEWS_WEIGHT ?? 1);
const { rows, items } = await decisionRows(root, process.argv.includes('--fresh'));

const groups = [...new Set(rows.map((r) => r.group))].sort();
const foldOf = (r: DecisionRow) => groups.indexOf(r.group) % folds;

function fitModels(train: DecisionRow[]): DecisionModels {
  const usable = train.filter((r) => r.vector);
  const xs = usable.map((r) => r.vector ?? []);
  const weights = usable.map((r) => (r.group.startsWith('news:') ? newsWeight : 1));
  const fitOn = (label: (r: DecisionRow) => boolean) =>
    fitLogistic(
      xs,
      usable.map((r) => (label(r) ? 1 : 0)),
      1,
      weights,
    );
  const right = model(
    fitOn((r) => r.right),
    0.5,
  );
  const sentence = model(
    fitOn((r) => r.held),
    0.5,
  );
  const squad = usable.filter((r) => r.group.startsWith('squad:'));
  right.threshold = bestThreshold(squad, { right, sentence });
  return { right, sentence };
}

function model(fit: { bias: number; weights: number[] }, threshold: number): LogisticModel {
  const weights: Record<string, number> = {};
  decisionNames.forEach((name, i) => {
    weights[name] = fit.weights[i] ?? 0;
  });
  return { bias: fit.bias, weights, threshold };
}

/**
 * The answer threshold that maximises SQuAD 2.0 F1 on the training questions: answering scores
 * the span's F1, declining scores 1 on an unanswerable question and 0 on an answerable one.
 */
function bestThreshold(train: DecisionRow[], models: DecisionModels): number {
  const scored = train.map((r) => ({
    p: decideVector(r.vector ?? [], { ...models, right: { ...models.right, threshold: 2 } })
      .confidence,
    gain: r.f1 - (r.impossible ? 1 : 0),
  }));
  scored.sort((a, b) => b.p - a.p);
  let best = 1;
  let sum = 0;
  let top = 0;
  for (const s of scored) {
    sum += s.gain;
    if (sum > top) {
      top = sum;
      best = s.p;
    }
  }
  return Number(best.toFixed(3));
}

function outputOf(r: DecisionRow, models: DecisionModels): Output {
  if (!r.vector)
    return r.fixed ?? { id: r.id, status: 'not_found', answer: '', evidence: '', confidence: 0 };
  const { status, confidence } = decideVector(r.vector, models);
  return {
    id: r.id,
    status,
    answer: status === 'answered' ? r.span : '',
    evidence: r.evidence,
    confidence,
    span: r.span,
  };
}

const outputs = new Map<string, Output>();
const thresholds: number[] = [];
for (let k = 0; k < folds; k++) {
  const models = fitModels(rows.filter((r) => foldOf(r) !== k));
  thresholds.push(models.right.threshold);
  for (const r of rows.filter((row) => foldOf(row) === k)) outputs.set(r.id, outputOf(r, models));
}
const bySet = (set: string) => items.filter((i: QaItem & { set: string }) => i.set === set);

/** Right when answering, if the answers were the most confident ones covering this share of the answerable. */
function precisionAt(share: number): string {
  const squad = rows.filter((r) => r.group.startsWith('squad:') && r.vector);
  const ranked = squad
    .map((r) => ({ r, p: outputs.get(r.id)?.confidence ?? 0 }))
    .sort((a, b) => b.p - a.p);
  const goal = share * squad.filter((r) => !r.impossible).length;
  let answered = 0;
  let right = 0;
  let covered = 0;
  for (const { r, p } of ranked) {
    answered++;
    if (r.right) right++;
    if (!r.impossible) covered++;
    if (covered >= goal)
      return `${((100 * right) / answered).toFixed(1)}% (from p ${p.toFixed(3)})`;
  }
  return 'n/a';
}
const report = [
  `cross-validated by article (${folds} folds; answer thresholds ${thresholds.join(', ')})`,
  '== SQuAD 2.0 open (18 articles) ==',
  describeOutcomes(scoreOutcomes(bySet('squad'), outputs)),
  `right when answering the most confident 30% of answerable: ${precisionAt(0.3)}; 20%: ${precisionAt(0.2)}`,
  '== news dev ==',
  describeOutcomes(scoreOutcomes(bySet('news'), outputs)),
];
process.stdout.write(`${report.join('\n')}\n`);
const dump = process.argv.indexOf('--dump');
if (dump > 0)
  writeFileSync(
    process.argv[dump + 1] ?? join(root, '.cache/qa/cv-outputs.jsonl'),
    [...outputs.values()].map((o) => JSON.stringify(o)).join('\n'),
  );

if (process.argv.includes('--write')) {
  const models = fitModels(rows);
  const round = (m: LogisticModel) => ({
    bias: Number(m.bias.toFixed(4)),
    threshold: m.threshold,
    weights: Object.fromEntries(
      Object.entries(m.weights).map(([name, w]) => [name, Number(w.toFixed(4))]),
    ),
  });
  const file = `// Fitted by scripts/qa/fit-decision.ts (npm run fit:decision -- --write) on the open SQuAD 2.0
// articles (../shared/data/squad-v2.0-dev-open) and content/qa/news-dev.json: "right" is the
// probability that the best span is right (token F1 >= 0.5), "sentence" that its sentence holds
// the answer. Weights are keyed by the names in decision-features.ts.
import type { DecisionModels } from './decide.js';

export const decisionWeights: DecisionModels = ${JSON.stringify({ right: round(models.right), sentence: round(models.sentence) }, null, 2)};
`;
  writeFileSync(join(root, 'src/answer/decision-weights.ts'), file);
  process.stdout.write(
    `wrote src/answer/decision-weights.ts (answer from ${models.right.threshold})\n`,
  );
}
