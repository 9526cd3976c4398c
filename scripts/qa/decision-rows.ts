// One row per question for fitting the decision to answer: the features of its best span
// (decision-features.ts) and whether that span is right and its sentence holds the answer.
// Computing them runs the whole answerer over ~6,500 questions, so the rows are cached under
// .cache/qa/, keyed by the answerer's source and the data (delete it or pass --fresh to redo).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decisionVector } from '../../src/answer/decision-features.js';
import { answerQuestion, consider } from '../../src/answer/index.js';
import type { Output } from './outcomes.js';
import { evidenceHolds, type QaItem, readSquad, scoreOne } from './squad.js';

export interface DecisionRow {
  id: string;
  group: string;
  impossible: boolean;
  /** null when no span was weighed (yes/no, nothing retrieved): the engine's output is fixed. */
  vector: number[] | null;
  span: string;
  evidence: string;
  f1: number;
  right: boolean;
  held: boolean;
  fixed?: Output;
}

type Item = QaItem & { set: string };

export async function decisionRows(root: string, fresh: boolean) {
  const sources = [
    { set: 'squad', path: join(root, '..', 'shared/data/squad-v2.0-dev-open/dev.jsonl') },
    { set: 'news', path: join(root, 'content/qa/news-dev.json') },
  ];
  const items: Item[] = sources.flatMap(({ set, path }) =>
    readSquad(path).items.map((item) => ({ ...item, id: `${set}:${item.id}`, set })),
  );
  const hash = createHash('sha1');
  const answerDir = join(root, 'src/answer');
  for (const name of readdirSync(answerDir).sort())
    if (!/^(decide|decision-weights)\.ts$/.test(name))
      hash.update(readFileSync(join(answerDir, name)));
  for (const { path } of sources) hash.update(readFileSync(path));
  const cacheDir = join(root, '.cache', 'qa');
  const cached = join(cacheDir, `decision-rows-${hash.digest('hex').slice(0, 12)}.json`);
  if (!fresh && existsSync(cached))
    return { rows: JSON.parse(readFileSync(cached, 'utf8')) as DecisionRow[], items };
  const rows = items.map(rowOf);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, JSON.stringify(rows));
  return { rows, items };
}

function rowOf(item: Item): DecisionRow {
  const article = {
    id: `${item.set}:${item.title}#${item.paragraph}`,
    title: item.title,
    text: item.context,
    source: '',
  };
  const found = consider(item.question, [article]);
  const base = { id: item.id, group: `${item.set}:${item.title}`, impossible: item.impossible };
  const { pick } = found;
  if (!pick) {
    const a = answerQuestion(item.question, [article]);
    const fixed: Output = { id: item.id, ...a };
    return {
      ...base,
      vector: null,
      span: '',
      evidence: a.evidence,
      f1: 0,
      right: false,
      held: false,
      fixed,
    };
  }
  const span = pick.candidate.text;
  const evidence = pick.hit.sentence.text;
  const f1 = item.impossible ? 0 : scoreOne(span, item).f1;
  return {
    ...base,
    vector: decisionVector({ question: found.question, hits: found.hits, pick }),
    span,
    evidence,
    f1,
    right: f1 >= 0.5,
    held: !item.impossible && evidenceHolds(evidence, item),
  };
}
