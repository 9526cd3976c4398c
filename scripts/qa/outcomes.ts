// The figures of issue #12, from what `ask --jsonl` prints ({id, status, answer, evidence,
// confidence}): official SQuAD 2.0 F1 (an answer is "" unless answered); when newsbrief answers,
// how often it is right (token F1 >= 0.5); how many answerable questions it answers; how often an
// `unsure` on an answerable question quotes a sentence that holds the answer; and a calibration
// table of `confidence` in deciles (equal counts), predicted against observed.
import { evidenceHolds, type QaItem, scoreOne } from './squad.js';

export interface Output {
  id: string;
  status: 'answered' | 'unsure' | 'not_found';
  answer: string;
  evidence: string;
  confidence: number;
  /** The best span even when not given (the fit script knows it; `ask --jsonl` does not say). */
  span?: string;
}

export interface Outcomes {
  n: number;
  f1: number;
  em: number;
  answered: number;
  answeredRight: number;
  answerable: number;
  answerableAnswered: number;
  answerableRightOrUnsureRight: number;
  unsureAnswerable: number;
  unsureAnswerableHeld: number;
  unanswerable: number;
  unanswerableDeclined: number;
  calibration: Array<{ n: number; predicted: number; observed: number }>;
}

export function scoreOutcomes(items: readonly QaItem[], outputs: ReadonlyMap<string, Output>) {
  const o: Outcomes = {
    n: 0,
    f1: 0,
    em: 0,
    answered: 0,
    answeredRight: 0,
    answerable: 0,
    answerableAnswered: 0,
    answerableRightOrUnsureRight: 0,
    unsureAnswerable: 0,
    unsureAnswerableHeld: 0,
    unanswerable: 0,
    unanswerableDeclined: 0,
    calibration: [],
  };
  const pairs: Array<[number, number]> = [];
  for (const item of items) {
    const out = outputs.get(item.id);
    if (!out) continue;
    const answer = out.status === 'answered' ? out.answer : '';
    const { em, f1 } = scoreOne(answer, item);
    o.n++;
    o.f1 += f1;
    o.em += em;
    // Right means the span is right: on an unanswerable question every span is wrong.
    const span = out.span ?? out.answer;
    const right = !item.impossible && scoreOne(span, item).f1 >= 0.5;
    if (span) pairs.push([out.confidence, right ? 1 : 0]);
    if (out.status === 'answered') {
      o.answered++;
      if (right) o.answeredRight++;
    }
    if (item.impossible) {
      o.unanswerable++;
      if (out.status !== 'answered') o.unanswerableDeclined++;
      continue;
    }
    o.answerable++;
    const held = evidenceHolds(out.evidence, item);
    if (out.status === 'answered') o.answerableAnswered++;
    if (out.status === 'unsure') {
      o.unsureAnswerable++;
      if (held) o.unsureAnswerableHeld++;
    }
    if ((out.status === 'answered' && right) || (out.status === 'unsure' && held))
      o.answerableRightOrUnsureRight++;
  }
  o.calibration = deciles(pairs);
  return o;
}

function deciles(pairs: Array<[number, number]>) {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
  return Array.from({ length: 10 }, (_, k) => {
    const bin = sorted.slice(
      Math.floor((k * sorted.length) / 10),
      Math.floor(((k + 1) * sorted.length) / 10),
    );
    const n = bin.length || 1;
    return {
      n: bin.length,
      predicted: bin.reduce((a, p) => a + p[0], 0) / n,
      observed: bin.reduce((a, p) => a + p[1], 0) / n,
    };
  });
}

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);

export function describeOutcomes(o: Outcomes): string {
  const rows = o.calibration.map(
    (c, k) =>
      `  | ${k + 1} | ${c.n} | ${(100 * c.predicted).toFixed(1)}% | ${(100 * c.observed).toFixed(1)}% |`,
  );
  return [
    `questions: ${o.n} (${o.unanswerable} unanswerable)`,
    `SQuAD 2.0 F1: ${pct(o.f1, o.n)}  EM: ${pct(o.em, o.n)}`,
    `answered: ${o.answered}; right when answering (F1 >= 0.5): ${pct(o.answeredRight, o.answered)}`,
    `answerable questions answered: ${pct(o.answerableAnswered, o.answerable)}`,
    `unsure on answerable quotes a sentence holding the answer: ${pct(o.unsureAnswerableHeld, o.unsureAnswerable)} (${o.unsureAnswerable} unsure)`,
    `answerable answered right or unsure with the right sentence: ${pct(o.answerableRightOrUnsureRight, o.answerable)}`,
    `unanswerable left unsure or not_found: ${pct(o.unanswerableDeclined, o.unanswerable)}`,
    'calibration of confidence (every question with a span, deciles):',
    '  | decile | n | predicted | observed right |',
    '  | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
