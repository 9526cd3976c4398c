// The signals span-features.ts assembles: each measures one thing about a candidate answer in
// its sentence (closeness to the question's words, side of the verb, shape, class).
import type { Token } from './analyze.js';
import type { Candidate } from './candidates.js';
import type { Expect, Question } from './question.js';
import type { Anchor, Hit } from './retrieve.js';

/** Tokens between the candidate and the closest question word. */
export function nearest(anchors: Anchor[], candidate: Candidate): number {
  let best = 30;
  for (const a of anchors) {
    const d = a.index < candidate.from ? candidate.from - a.index : a.index - candidate.to;
    if (d > 0 && d < best) best = d;
  }
  return best;
}

/**
 * How much of the question the sentence says, and in the same order: pairs of question words
 * that stand side by side (a function word may sit between) are strong evidence.
 */
export function sentenceFit(question: Question, hit: Hit): number[] {
  // The same for every candidate of the sentence: a hit belongs to one question.
  const known = fitOfHit.get(hit);
  if (known) return known;
  const fit = fitNow(question, hit);
  fitOfHit.set(hit, fit);
  return fit;
}

const fitOfHit = new WeakMap<Hit, number[]>();

function fitNow(question: Question, hit: Hit): number[] {
  const { tokens } = hit.sentence;
  const terms = question.terms;
  const at = new Map<string, number[]>();
  for (const a of hit.anchors) at.set(a.term, [...(at.get(a.term) ?? []), a.index]);
  let pairs = 0;
  for (let i = 0; i + 1 < terms.length; i++) {
    const left = at.get(terms[i] ?? '') ?? [];
    const right = at.get(terms[i + 1] ?? '') ?? [];
    if (left.some((l) => right.some((r) => r > l && r - l <= 2))) pairs++;
  }
  const focus = question.focus.some((key) => tokens.some((t) => t.key === key));
  return [
    terms.length > 1 ? pairs / (terms.length - 1) : 0,
    terms.length ? hit.matched.size / terms.length : 0,
    focus ? 1 : 0,
  ];
}

/** Weight of the question's words within a few tokens on one side: "signed by [answer]". */
export function window(anchors: Anchor[], from: number, to: number): number {
  const best = new Map<string, number>();
  for (const a of anchors)
    if (a.index >= from && a.index <= to)
      best.set(a.term, Math.max(best.get(a.term) ?? 0, a.weight));
  let sum = 0;
  for (const value of best.values()) sum += value;
  return sum;
}

/** Which side of the asked-about verb the candidate stands on, against the question's role. */
export function sides(question: Question, hit: Hit, candidate: Candidate): number[] {
  const { tokens } = hit.sentence;
  let pivot = -1;
  let weight = 0;
  for (const a of hit.anchors)
    if (tokens[a.index]?.pos === 'VERB' && a.weight > weight) {
      pivot = a.index;
      weight = a.weight;
    }
  const before = pivot >= 0 && candidate.to < pivot ? 1 : 0;
  const after = pivot >= 0 && candidate.from > pivot ? 1 : 0;
  const { role } = question;
  const be = /^(is|are|was|were|be|been|as|called|named|known)$/;
  const defines =
    be.test(tokens[candidate.from - 1]?.lower ?? '') ||
    be.test(tokens[candidate.to + 1]?.lower ?? '');
  return [
    role === 'subject' ? before : 0,
    role === 'subject' ? after : 0,
    role === 'object' ? after : 0,
    role === 'object' ? before : 0,
    role === 'copula' && defines ? 1 : 0,
  ];
}

export const expectGroups: Expect[][] = [
  ['thing'],
  ['named'],
  ['person'],
  ['place'],
  ['date', 'year'],
  ['money', 'count', 'amount', 'percent', 'age', 'duration'],
  ['reason'],
  ['manner'],
];
const numberKinds: Expect[] = ['date', 'year', 'money', 'count', 'percent', 'duration', 'age'];

/** The question's class crossed with the candidate's: learned, where type-fit.ts is set by hand. */
export function crosses(expect: Expect, kinds: Set<Expect>): number[] {
  const group = expectGroups.findIndex((g) => g.includes(expect));
  const candidate = [
    numberKinds.some((k) => kinds.has(k)),
    kinds.has('named') || kinds.has('person') || kinds.has('place'),
    kinds.size === 1 && kinds.has('thing'),
    kinds.has('reason'),
  ];
  const out: number[] = [];
  for (let g = 0; g < expectGroups.length; g++)
    for (const c of candidate) out.push(g === group && c ? 1 : 0);
  return out;
}

/** How the span starts and ends: answers end on a noun or number, rarely on a verb. */
export function shape(tokens: Token[], candidate: Candidate): number[] {
  const first = tokens[candidate.from]?.pos ?? '';
  const last = tokens[candidate.to]?.pos ?? '';
  const inBrackets =
    tokens[candidate.from - 1]?.text === '(' && tokens[candidate.to + 1]?.text === ')';
  return [
    first === 'ADJ' ? 1 : 0,
    first === 'DET' ? 1 : 0,
    first === 'VERB' ? 1 : 0,
    last === 'PROPN' ? 1 : 0,
    last === 'NUM' ? 1 : 0,
    inBrackets ? 1 : 0,
  ];
}

/** Length buckets for questions that want a phrase ("what", "which", "why"): 1, 2, 3, 4-6, 7+ words. */
export function lengths(expect: Expect, length: number): number[] {
  const phrase = /^(thing|named|reason|manner)$/.test(expect);
  const bucket = length <= 3 ? length - 1 : length <= 6 ? 3 : 4;
  return [0, 1, 2, 3, 4].map((b) => (phrase && b === bucket ? 1 : 0));
}

/** Share of the candidate's content words that the question already says. */
export function repeated(question: Question, tokens: Token[], candidate: Candidate): number {
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
export function closeness(anchors: Anchor[], candidate: Candidate): number {
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
export function headsFocus(question: Question, tokens: Token[], candidate: Candidate): number {
  const head = tokens[candidate.to]?.key ?? '';
  const longer = candidate.to - candidate.from + 1 > question.focus.length;
  // "Which country" wants a name, not "creditor nations".
  if (candidate.kinds.has('reason') || !/^(named|thing)$/.test(question.expect)) return 0;
  return longer && question.focus.at(-1) === head ? 1 : 0;
}

/** "Which news agency": a name right next to "news agency" is what is asked for. */
export function focusNear(question: Question, tokens: Token[], candidate: Candidate): number {
  if (question.focus.length === 0) return 0;
  for (let t = Math.max(0, candidate.from - 3); t <= candidate.to + 3; t++) {
    if (t >= candidate.from && t <= candidate.to) continue;
    if (question.focus.includes(tokens[t]?.key ?? '')) return 0.8;
  }
  return 0;
}

/** The words right around the span, and whether a comma or clause break cuts it off. */
export function surroundings(tokens: Token[], anchors: Anchor[], candidate: Candidate): number[] {
  const breaks = /^[,;:()–—]$/;
  const sameClause = anchors.some((a) => {
    const [from, to] =
      a.index < candidate.from ? [a.index, candidate.from] : [candidate.to, a.index];
    for (let t = from + 1; t < to; t++) if (breaks.test(tokens[t]?.text ?? '')) return false;
    return a.index < candidate.from || a.index > candidate.to;
  });
  const before = tokens[candidate.from - 1]?.lower ?? '';
  const after = tokens[candidate.to + 1]?.lower ?? '';
  return [
    sameClause ? 1 : 0,
    before === 'by' ? 1 : 0,
    /^(in|at|on)$/.test(before) ? 1 : 0,
    after === ',' ? 1 : 0,
    /^('s|’s)$/.test(after) ? 1 : 0,
  ];
}
