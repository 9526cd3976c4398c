// What stands around a candidate answer, as signals the scorer weighs for itself: the part of
// speech at its edges and just outside them, the function word before and after it, whether the
// question's words sit on the same sides of it as they sit of the question word, and the frames
// that point at it (the preposition a question ends on, a definition in brackets).
import type { Token } from './analyze.js';
import type { Candidate } from './candidates.js';
import { type Question, type Role, whWord } from './question.js';
import type { Anchor, Hit } from './retrieve.js';

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

/** One-hot blocks, one per (list, value) pair, filled in place: this runs for every candidate. */
function oneHots(...blocks: Array<[readonly string[], string | undefined]>): number[] {
  const out: number[] = [];
  for (const [values, value] of blocks) {
    const at = out.length;
    for (let i = 0; i < values.length; i++) out.push(0);
    const hit = value === undefined ? -1 : values.indexOf(value);
    if (hit >= 0) out[at + hit] = 1;
  }
  return out;
}

/** Parts of speech of the first and last words and of the words just outside the span. */
export function edgeTags(tokens: Token[], candidate: Candidate): number[] {
  return oneHots(
    [tags, tokens[candidate.from]?.pos],
    [tags, tokens[candidate.to]?.pos],
    [tags, tokens[candidate.from - 1]?.pos],
    [tags, tokens[candidate.to + 1]?.pos],
  );
}

/** The function word right before and right after the span ("by [X]", "[X], which"). */
export function edgeWords(tokens: Token[], candidate: Candidate): number[] {
  return oneHots(
    [wordsBefore, tokens[candidate.from - 1]?.lower],
    [wordsAfter, tokens[candidate.to + 1]?.lower.replace('’', "'")],
  );
}

const roles: Role[] = ['subject', 'object', 'copula', 'other'];

/**
 * Word order as a stand-in for syntax: in "Who signed the treaty?" every question word follows
 * the asked-for slot, so the answer should precede "signed" and "treaty" in the sentence too.
 * Returns the weighted share of matched words on the agreeing side, then on the other side; in
 * a question with an inverted auxiliary ("What did Luther tell ...?") the words up to the verb
 * count as coming before the slot.
 */
export function orderAgreement(question: Question, hit: Hit, candidate: Candidate): number[] {
  const out = roles.flatMap(() => [0, 0]);
  let agree = 0;
  let disagree = 0;
  let total = 0;
  for (const { want, anchors } of anchorsBySide(question, hit)) {
    // The term's occurrence closest to the span, outside it, tells the side.
    let best = -1;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const a of anchors) {
      const d = a.index < candidate.from ? candidate.from - a.index : a.index - candidate.to;
      if (d > 0 && d < bestDistance) {
        best = a.index;
        bestDistance = d;
      }
    }
    if (best < 0) continue;
    const weight = anchors[0]?.weight ?? 0;
    total += weight;
    if ((best < candidate.from ? -1 : 1) === want) agree += weight;
    else disagree += weight;
  }
  if (total === 0) return out;
  // "What is X?" may be answered "X is Y" or "Y is X": how much order counts depends on the role.
  const at = 2 * roles.indexOf(question.role);
  out[at] = agree / total;
  out[at + 1] = disagree / total;
  return out;
}

const questionSides = new WeakMap<Question, Map<string, number> | undefined>();
const hitSides = new WeakMap<Hit, Array<{ want: number; anchors: Anchor[] }>>();

/** The sentence's matches grouped by question word, with the side that word wants; once a hit. */
function anchorsBySide(question: Question, hit: Hit): Array<{ want: number; anchors: Anchor[] }> {
  const known = hitSides.get(hit);
  if (known) return known;
  const sides = sidesInQuestion(question);
  const groups = new Map<string, { want: number; anchors: Anchor[] }>();
  for (const a of hit.anchors) {
    const want = sides?.get(a.term);
    if (want === undefined) continue;
    const group = groups.get(a.term) ?? { want, anchors: [] };
    group.anchors.push(a);
    groups.set(a.term, group);
  }
  const out = [...groups.values()];
  hitSides.set(hit, out);
  return out;
}

/** Each question word's side of the asked-for slot (-1 before, 1 after); read once a question. */
function sidesInQuestion(question: Question): Map<string, number> | undefined {
  if (questionSides.has(question)) return questionSides.get(question);
  const qTokens = question.tokens;
  const wh = qTokens.findIndex((t) => whWord.test(t.lower));
  let sides: Map<string, number> | undefined;
  if (wh >= 0) {
    let slot = wh;
    const aux = qTokens.findIndex(
      (t, i) => i > wh && (t.pos === 'AUX' || /^(did|does|do)$/.test(t.lower)),
    );
    if (question.role === 'object' && aux > wh) {
      const verb = qTokens.findIndex((t, i) => i > aux && t.pos === 'VERB');
      if (verb > aux) slot = verb + 0.5;
    }
    sides = new Map<string, number>();
    for (const [i, t] of qTokens.entries())
      if (i !== wh && !sides.has(t.key)) sides.set(t.key, i < slot ? -1 : 1);
  }
  questionSides.set(question, sides);
  return sides;
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
  const before = candidate.from - 1;
  const prep = tokens[before]?.pos === 'DET' ? before - 1 : before;
  const anchorAt = (i: number) => hit.anchors.some((a) => a.index === i);
  const afterPrep =
    stranded !== undefined &&
    tokens[prep]?.lower === stranded.lower &&
    (anchorAt(prep - 1) || anchorAt(prep - 2));
  const bracketed = tokens[before]?.text === '(' && (anchorAt(before - 1) || anchorAt(before - 2));
  return [afterPrep ? 1 : 0, bracketed ? 1 : 0];
}
