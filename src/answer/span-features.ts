// What the span scorer sees of a candidate answer: its class against the question's, how close it
// sits to the question's words and on which side, whether it repeats them, and its shape — and
// every one of those again in the slot of the question's class, so that the linear scorer
// weighs them differently for "who" and for "what" questions.
import type { Candidate } from './candidates.js';
import type { Expect, Question } from './question.js';
import type { Hit } from './retrieve.js';
import { contextNames, edgeTags, edgeWords, framedBy, orderAgreement } from './span-context.js';
import {
  closeness,
  crosses,
  expectGroups,
  focusNear,
  headsFocus,
  lengths,
  nearest,
  repeated,
  sentenceFit,
  shape,
  sides,
  surroundings,
  window,
} from './span-signals.js';
import { typeFit } from './type-fit.js';

/**
 * What the span scorer is fitted on (names in featureNames): the base features of a candidate,
 * then a copy of them per question class, zero except in the question's own class.
 */
export function featuresOf(question: Question, base: readonly number[]): number[] {
  const group = classSlot(question);
  const out = [...base];
  for (let g = 0; g < expectGroups.length; g++) for (const v of base) out.push(g === group ? v : 0);
  return out;
}

/** Which per-class copy of the features a question uses (0-based, after the shared copy). */
export function classSlot(question: Question): number {
  return expectGroups.findIndex((g) => g.includes(question.expect));
}

/**
 * What the span scorer sees of a candidate, once; undefined when the candidate cannot answer at
 * all (wrong class, or only repeats the question). pickSpan scores it without the class copies.
 */
export function baseFeatures(
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
  // In words of the answer as shown: "Jiang Zemin and Vladimir Putin" drops the titles between.
  const length = candidate.text.split(/\s+/).length;
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
    /^(reason|manner)$/.test(question.expect) ? 0 : Math.max(0, length - 4),
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
    window(hit.anchors, candidate.from - 3, candidate.from - 1),
    window(hit.anchors, candidate.to + 1, candidate.to + 3),
    ...sides(question, hit, candidate),
    ...crosses(question.expect, kinds),
    ...shape(tokens, candidate),
    ...lengths(question.expect, length),
    repeat > 0 ? 1 : 0,
    Math.min(nearest(hit.anchors, candidate), 10) / 10,
    ...sentenceFit(question, hit),
    ...surroundings(tokens, hit.anchors, candidate),
    ...edgeTags(tokens, candidate),
    ...edgeWords(tokens, candidate),
    ...framedBy(question, hit, candidate),
    ...orderAgreement(question, hit, candidate),
  ];
}

const baseNames = [
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
  'question words just before',
  'question words just after',
  'doer question, before the verb',
  'doer question, after the verb',
  'done-to question, after the verb',
  'done-to question, before the verb',
  'be question, next to "is"',
  ...expectGroups.flatMap((g) =>
    ['number', 'name', 'noun phrase', 'reason'].map((c) => `${g[0]} question, ${c} answer`),
  ),
  'starts with an adjective',
  'starts with a determiner',
  'starts with a verb',
  'ends with a proper noun',
  'ends with a number',
  'in brackets',
  ...[1, 2, 3, 4, 7].map((n) => `phrase question, ${n}${n > 3 ? '+' : ''} words`),
  'repeats a question word',
  'distance to the closest question word',
  'question word pairs in the sentence',
  'share of question words in the sentence',
  'sentence names the focus noun',
  'same clause as a question word',
  'the word before is "by"',
  'after "in", "at" or "on"',
  'followed by a comma',
  'the word after is "\'s"',
  ...contextNames,
];

export const featureNames = [
  ...baseNames,
  ...expectGroups.flatMap((g) => baseNames.map((name) => `${g[0]} question: ${name}`)),
];
