// What stands around a candidate answer, as one-hot signals the scorer weighs for itself: the
// part of speech at its edges and just outside them, the function word before and after it,
// and whether the question's words sit on the same sides of it as they sit of the question word.
import type { Token } from './analyze.js';
import type { Candidate } from './candidates.js';
import type { Question, Role } from './question.js';
import type { Hit } from './retrieve.js';

const tags = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'VERB',
];
const wordsBefore = [
  'the',
  'a',
  'of',
  'in',
  'by',
  'as',
  'to',
  'for',
  'with',
  'from',
  'on',
  'at',
  'and',
  ',',
  '(',
  'is',
  'was',
  'are',
  'were',
  'called',
  'named',
  'known',
  'that',
  'such',
  'including',
  'than',
  'into',
  'became',
  'titled',
  'dubbed',
  'or',
];
const wordsAfter = [
  ',',
  '.',
  '(',
  ')',
  'of',
  'and',
  'in',
  'to',
  'is',
  'was',
  'which',
  'that',
  'who',
  'for',
  'on',
  'by',
  "'s",
  'with',
  'as',
  'are',
];

function oneHot(values: readonly string[], value: string | undefined): number[] {
  return values.map((v) => (v === value ? 1 : 0));
}

/** Parts of speech of the first and last words and of the words just outside the span. */
export function edgeTags(tokens: Token[], candidate: Candidate): number[] {
  return [
    ...oneHot(tags, tokens[candidate.from]?.pos),
    ...oneHot(tags, tokens[candidate.to]?.pos),
    ...oneHot(tags, tokens[candidate.from - 1]?.pos ?? 'START'),
    ...oneHot(tags, tokens[candidate.to + 1]?.pos ?? 'END'),
  ];
}

/** The function word right before and right after the span ("by [X]", "[X], which"). */
export function edgeWords(tokens: Token[], candidate: Candidate): number[] {
  return [
    ...oneHot(wordsBefore, tokens[candidate.from - 1]?.lower),
    ...oneHot(wordsAfter, tokens[candidate.to + 1]?.lower.replace('’', "'")),
  ];
}

const roles: Role[] = ['subject', 'object', 'copula', 'other'];
const whWord = /^(what|which|who|whom|whose|when|where|why|how)$/;

/**
 * Word order as a stand-in for syntax: in "Who signed the treaty?" every question word follows
 * the asked-for slot, so the answer should precede "signed" and "treaty" in the sentence too.
 * Returns the weighted share of matched words on the agreeing side, then on the other side; in
 * a question with an inverted auxiliary ("What did Luther tell ...?") the words up to the verb
 * count as coming before the slot.
 */
export function orderAgreement(question: Question, hit: Hit, candidate: Candidate): number[] {
  const qTokens = question.tokens;
  const wh = qTokens.findIndex((t) => whWord.test(t.lower));
  const none = roles.flatMap(() => [0, 0]);
  if (wh < 0) return none;
  let slot = wh;
  const aux = qTokens.findIndex(
    (t, i) => i > wh && (t.pos === 'AUX' || /^(did|does|do)$/.test(t.lower)),
  );
  if (question.role === 'object' && aux > wh) {
    const verb = qTokens.findIndex((t, i) => i > aux && t.pos === 'VERB');
    if (verb > aux) slot = verb + 0.5;
  }
  const sideInQuestion = new Map<string, number>();
  qTokens.forEach((t, i) => {
    if (i !== wh && !sideInQuestion.has(t.key)) sideInQuestion.set(t.key, i < slot ? -1 : 1);
  });
  const closest = new Map<string, { index: number; weight: number }>();
  const distance = (index: number) =>
    index < candidate.from ? candidate.from - index : index - candidate.to;
  for (const a of hit.anchors) {
    if (a.index >= candidate.from && a.index <= candidate.to) continue;
    const seen = closest.get(a.term);
    if (!seen || distance(a.index) < distance(seen.index)) closest.set(a.term, a);
  }
  let agree = 0;
  let disagree = 0;
  let total = 0;
  for (const [term, a] of closest) {
    const want = sideInQuestion.get(term);
    if (want === undefined) continue;
    const side = a.index < candidate.from ? -1 : 1;
    total += a.weight;
    if (side === want) agree += a.weight;
    else disagree += a.weight;
  }
  if (total === 0) return none;
  // "What is X?" may be answered "X is Y" or "Y is X": how much order counts depends on the role.
  return roles.flatMap((role) =>
    role === question.role ? [agree / total, disagree / total] : [0, 0],
  );
}

export const contextNames = [
  ...['first word', 'last word', 'word before', 'word after'].flatMap((edge) =>
    tags.map((tag) => `${edge} is ${tag}`),
  ),
  ...wordsBefore.map((w) => `after "${w}"`),
  ...wordsAfter.map((w) => `followed by "${w}"`),
  'after the preposition the question ends on',
  'in brackets right after question words',
  ...roles.flatMap((role) => [
    `${role} question, question words on the same sides`,
    `${role} question, question words on the other sides`,
  ]),
];

/**
 * A question ending on its preposition ("What did the act restrict shipments of?") wants what
 * follows "shipments of" in the sentence; a definition often stands in brackets right after the
 * words asked about ("tertiary education (universities and colleges)").
 */
export function framedBy(question: Question, hit: Hit, candidate: Candidate): number[] {
  const q = question.tokens;
  const { tokens } = hit.sentence;
  let end = q.length - 1;
  while (end > 0 && q[end]?.pos === 'PUNCT') end--;
  const stranded = q[end]?.pos === 'ADP' ? q[end] : undefined;
  let start = candidate.from - 1;
  const beforeDet = tokens[start]?.pos === 'DET' ? start - 1 : start;
  const anchorAt = (i: number) => hit.anchors.some((a) => a.index === i);
  const afterPrep =
    stranded !== undefined &&
    tokens[beforeDet]?.lower === stranded.lower &&
    (anchorAt(beforeDet - 1) || anchorAt(beforeDet - 2));
  start = candidate.from - 1;
  const bracketed =
    tokens[start]?.text === '(' && (anchorAt(start - 1) || anchorAt(start - 2)) ? 1 : 0;
  return [afterPrep ? 1 : 0, bracketed];
}
