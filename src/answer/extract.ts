// Picks the answer span among the candidates of the best sentences: the span must be of the
// class the question asks for, sit close to the question's words in its sentence, and not repeat
// them ("Who argues that the ABM pact ..." answers "Washington", never "ABM").
import type { Token } from './analyze.js';
import { type Candidate, candidatesOf } from './candidates.js';
import type { Expect, Question } from './question.js';
import type { Anchor, Hit } from './retrieve.js';
import { spanWeights } from './span-weights.js';

export interface Pick {
  hit: Hit;
  candidate: Candidate;
  score: number;
  typeFit: number;
}

// How well a candidate of one class answers a question expecting another.
const fits: Partial<Record<Expect, Partial<Record<Expect, number>>>> = {
  person: { person: 1, named: 0.6, place: 0.3, thing: 0.2 },
  place: { place: 1, named: 0.6, person: 0.4, thing: 0.1 },
  date: { date: 1, year: 0.9, duration: 0.2 },
  year: { year: 1, date: 0.5 },
  money: { money: 1, percent: 0.6, count: 0.4 },
  count: { count: 1, money: 0.5, percent: 0.5, age: 0.5, duration: 0.3 },
  age: { age: 1, count: 0.3 },
  duration: { duration: 1, date: 0.3, count: 0.2 },
  percent: { percent: 1, count: 0.3 },
  named: { named: 1, person: 0.9, place: 0.9, thing: 0.5 },
  thing: {
    thing: 1,
    named: 0.8,
    person: 0.6,
    place: 0.6,
    money: 0.5,
    percent: 0.5,
    count: 0.4,
    date: 0.4,
  },
  reason: { reason: 1 },
  amount: { money: 1, percent: 1, count: 0.8, duration: 0.3 },
};

export function typeFit(expect: Expect, candidate: Candidate): number {
  const table = fits[expect] ?? {};
  let best = 0;
  for (const kind of candidate.kinds) best = Math.max(best, table[kind] ?? 0);
  return best;
}

export function pickSpan(question: Question, hits: Hit[]): Pick | undefined {
  let best: Pick | undefined;
  const topScore = hits[0]?.score ?? 1;
  hits.forEach((hit, rank) => {
    for (const candidate of candidatesOf(hit.sentence)) {
      const features = featuresOf(question, hit, rank, topScore, candidate);
      if (!features) continue;
      const score = dot(spanWeights, features);
      if (!best || score > best.score) best = { hit, candidate, score, typeFit: features[2] ?? 0 };
    }
  });
  return best;
}

function dot(weights: readonly number[], features: readonly number[]): number {
  let sum = 0;
  features.forEach((value, i) => {
    sum += value * (weights[i] ?? 0);
  });
  return sum;
}

/**
 * What the span scorer sees of a candidate (names in featureNames); undefined when the
 * candidate cannot answer at all (wrong class, or only repeats the question).
 */
export function featuresOf(
  question: Question,
  hit: Hit,
  rank: number,
  topScore: number,
  candidate: Candidate,
): number[] | undefined {
  const { tokens } = hit.sentence;
  const fit = Math.max(
    typeFit(question.expect, candidate),
    headsFocus(question, tokens, candidate),
  );
  if (fit === 0) return undefined;
  const repeat = repeated(question, tokens, candidate);
  if (repeat >= 1) return undefined;
  const length = candidate.to - candidate.from + 1;
  const kinds = candidate.kinds;
  const entity = ['date', 'year', 'money', 'count', 'percent', 'duration', 'age'].some((k) =>
    kinds.has(k as Expect),
  );
  const before = hit.anchors.some((a) => a.index === candidate.to + 1);
  const after = hit.anchors.some((a) => a.index === candidate.from - 1);
  const comma =
    hit.anchors.some((a) => a.index === candidate.to + 2 || a.index === candidate.from - 2) &&
    (tokens[candidate.to + 1]?.text === ',' || tokens[candidate.from - 1]?.text === ',');
  return [
    hit.score / topScore,
    hit.coverage,
    fit,
    closeness(hit.anchors, candidate),
    repeat,
    question.expect === 'reason' ? 0 : Math.max(0, length - 4),
    focusNear(question, tokens, candidate),
    kinds.has('pair') ? 1 : 0,
    kinds.size === 1 && kinds.has('thing') ? 1 : 0,
    entity ? 1 : 0,
    kinds.has('named') || kinds.has('person') || kinds.has('place') ? 1 : 0,
    after ? 1 : 0,
    before ? 1 : 0,
    comma ? 1 : 0,
    rank === 0 ? 1 : 0,
    Math.min(length, 10) / 10,
  ];
}

export const featureNames = [
  'sentence score / best',
  'coverage',
  'class fit',
  'closeness to question words',
  'repeats question',
  'length over 4 words',
  'next to the focus noun',
  'two names',
  'noun phrase only',
  'number or date entity',
  'proper name',
  'right after a question word',
  'right before a question word',
  'apposition to question words',
  'in the best sentence',
  'length',
] as const;

/** Share of the candidate's content words that the question already says. */
function repeated(question: Question, tokens: Token[], candidate: Candidate): number {
  let content = 0;
  let seen = 0;
  for (let t = candidate.from; t <= candidate.to; t++) {
    const token = tokens[t];
    if (!token || !/[\p{L}\p{N}]/u.test(token.text) || /^(and|of|the|a|an)$/.test(token.lower))
      continue;
    content++;
    if (question.keys.has(token.key)) seen++;
  }
  return content === 0 ? 1 : seen / content;
}

/** Weighted closeness to the question's words: near a rare matched word counts most. */
function closeness(anchors: Anchor[], candidate: Candidate): number {
  const best = new Map<string, number>();
  for (const a of anchors) {
    const d =
      a.index < candidate.from
        ? candidate.from - a.index
        : a.index > candidate.to
          ? a.index - candidate.to
          : 30;
    const value = a.weight / (1 + d / 4);
    if (value > (best.get(a.term) ?? 0)) best.set(a.term, value);
  }
  let sum = 0;
  for (const value of best.values()) sum += value;
  return sum;
}

/** "What injury ...?" is answered by a phrase headed by "injury": "a bad knee injury". */
function headsFocus(question: Question, tokens: Token[], candidate: Candidate): number {
  const head = tokens[candidate.to]?.key ?? '';
  const longer = candidate.to - candidate.from + 1 > question.focus.length;
  // "Which country" wants a name, not "creditor nations".
  if (candidate.kinds.has('reason') || !/^(named|thing)$/.test(question.expect)) return 0;
  return longer && question.focus.at(-1) === head ? 1 : 0;
}

/** "Which news agency": a name right next to "news agency" is what is asked for. */
function focusNear(question: Question, tokens: Token[], candidate: Candidate): number {
  if (question.focus.length === 0) return 0;
  for (let t = Math.max(0, candidate.from - 3); t <= candidate.to + 3; t++) {
    if (t >= candidate.from && t <= candidate.to) continue;
    if (question.focus.includes(tokens[t]?.key ?? '')) return 0.8;
  }
  return 0;
}
