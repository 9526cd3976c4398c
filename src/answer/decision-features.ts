// What the decision to answer sees of a question and its best span: how sure the span scorer is,
// how much of the question the evidence says, and what the question names that the article never
// does (SQuAD 2.0's unanswerable questions swap in a name, a number or a word the text lacks).
// Each feature is declared once, a name with the function that computes it; the fitted weights
// (decision-weights.ts) are saved under the same names.
import type { AnalysedArticle, Token } from './analyze.js';
import type { Pick } from './extract.js';
import type { Expect, Question } from './question.js';
import type { Hit } from './retrieve.js';

export interface DecisionInput {
  question: Question;
  hits: Hit[];
  pick: Pick;
}

export interface DecisionFeature {
  name: string;
  of: (input: DecisionInput) => number;
}

const negation = /^(not|n't|no|never|neither|nor|without|none|cannot)$/;
const numeric = /\d/;
const classes: Array<[string, Expect[]]> = [
  ['person', ['person']],
  ['time', ['date', 'year']],
  ['place', ['place']],
  ['number', ['money', 'count', 'age', 'duration', 'percent', 'amount']],
  ['reason or manner', ['reason', 'manner']],
];

export const decisionFeatures: readonly DecisionFeature[] = [
  { name: 'span probability', of: ({ pick }) => pick.probability },
  { name: 'span margin', of: ({ pick }) => Math.min(pick.margin, 5) / 5 },
  { name: 'agreeing spans', of: ({ pick }) => pick.agreement },
  { name: 'overlap with the other spans', of: ({ pick }) => pick.overlap },
  { name: 'sentence share of the spans', of: ({ pick }) => pick.sentenceShare },
  { name: 'span score', of: ({ pick }) => Math.max(-1, Math.min(1, pick.score / 10)) },
  { name: 'class fit', of: ({ pick }) => pick.typeFit },
  { name: 'answer words', of: ({ pick }) => Math.min(words(pick.candidate.text), 10) / 10 },
  { name: 'evidence coverage', of: ({ pick }) => pick.hit.coverage },
  { name: 'best sentence coverage', of: ({ hits }) => hits[0]?.coverage ?? 0 },
  { name: 'evidence is the best sentence', of: ({ hits, pick }) => (pick.hit === hits[0] ? 1 : 0) },
  {
    name: 'runner-up sentence score',
    of: ({ hits }) => (hits[1]?.score ?? 0) / (hits[0]?.score || 1),
  },
  { name: 'question words absent from the article', of: (d) => absentShare(d) },
  { name: 'heaviest question word missing from the evidence', of: (d) => heaviestMissing(d) },
  {
    name: 'question names absent from the article',
    of: (d) => absentTokens(d, (t) => t.pos === 'PROPN'),
  },
  {
    name: 'question numbers absent from the article',
    of: (d) => absentTokens(d, (t) => numeric.test(t.text)),
  },
  {
    name: 'negation in the question only',
    of: ({ question, pick }) =>
      denies(question.tokens) && !denies(pick.hit.sentence.tokens) ? 1 : 0,
  },
  {
    name: 'negation in the evidence only',
    of: ({ question, pick }) =>
      !denies(question.tokens) && denies(pick.hit.sentence.tokens) ? 1 : 0,
  },
  { name: 'question words only elsewhere in the article', of: (d) => elsewhereShare(d) },
  {
    name: 'question words missing from the evidence',
    of: ({ question, pick }) =>
      Math.min(question.terms.filter((t) => !pick.hit.matched.has(t)).length, 4) / 4,
  },
  {
    name: 'question names missing from the evidence',
    of: (d) => missingTokens(d, (t) => t.pos === 'PROPN'),
  },
  {
    name: 'question numbers missing from the evidence',
    of: (d) => missingTokens(d, (t) => numeric.test(t.text)),
  },
  {
    name: 'question modifiers missing from the evidence',
    of: (d) => missingTokens(d, (t) => t.pos === 'ADJ' || t.pos === 'ADV'),
  },
  ...(['NOUN', 'VERB', 'ADJ', 'PROPN'] as const).flatMap((pos) => [
    {
      name: `question ${pos} weight missing from the evidence`,
      of: (d: DecisionInput) => missingWeight(d, pos, false),
    },
    {
      name: `question ${pos} weight absent from the article`,
      of: (d: DecisionInput) => missingWeight(d, pos, true),
    },
  ]),
  { name: 'every question word in the evidence', of: (d) => (missingCount(d) === 0 ? 1 : 0) },
  {
    name: 'one question word missing from an otherwise copied evidence',
    of: (d) => (missingCount(d) === 1 && d.pick.hit.matched.size >= 3 ? 1 : 0),
  },
  {
    name: 'one question word missing, the evidence otherwise short of it',
    of: (d) => (missingCount(d) === 1 && d.pick.hit.matched.size < 3 ? 1 : 0),
  },
  { name: 'question words near the span', of: (d) => nearShare(d) },
  {
    name: 'span probability x evidence coverage',
    of: ({ pick }) => pick.probability * pick.hit.coverage,
  },
  {
    // News stories run to dozens of sentences, SQuAD paragraphs to a handful; questions on a long
    // story are more often answerable, and their spans more often right.
    name: 'sentences in the article',
    of: ({ pick }) => Math.min(Math.log2(1 + pick.hit.analysed.sentences.length) / 6, 1),
  },
  { name: 'question terms', of: ({ question }) => Math.min(question.terms.length, 10) / 10 },
  ...classes.map(([name, expects]) => ({
    name: `${name} question`,
    of: ({ question }: DecisionInput) => (expects.includes(question.expect) ? 1 : 0),
  })),
];

export const decisionNames = decisionFeatures.map((f) => f.name);

export function decisionVector(input: DecisionInput): number[] {
  return decisionFeatures.map((f) => f.of(input));
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function denies(tokens: Token[]): boolean {
  return tokens.some((t) => negation.test(t.lower));
}

/** The article uses this key, or a word sharing its first 5+ letters ("friendly"/"friendship"). */
function said(analysed: AnalysedArticle, key: string): boolean {
  if (analysed.df.has(key) || analysed.titleKeys.has(key)) return true;
  if (key.length < 5 || numeric.test(key)) return false;
  for (const other of analysed.df.keys()) {
    if (other.length < 5) continue;
    const [short, long] = other.length < key.length ? [other, key] : [key, other];
    if (long.startsWith(short)) return true;
  }
  return false;
}

function idf(analysed: AnalysedArticle, key: string): number {
  const n = analysed.df.get(key) ?? 0;
  const count = analysed.sentences.length;
  return Math.log(1 + (count - n + 0.5) / (n + 0.5));
}

function absentShare({ question, pick }: DecisionInput): number {
  const { analysed } = pick.hit;
  let total = 0;
  let absent = 0;
  for (const term of question.terms) {
    const w = idf(analysed, term);
    total += w;
    if (!said(analysed, term)) absent += w;
  }
  return total === 0 ? 0 : absent / total;
}

function heaviestMissing({ question, pick }: DecisionInput): number {
  const { analysed, matched } = pick.hit;
  let total = 0;
  let worst = 0;
  for (const term of question.terms) {
    const w = idf(analysed, term);
    total += w;
    if (!matched.has(term)) worst = Math.max(worst, w);
  }
  return total === 0 ? 0 : worst / total;
}

function absentTokens(d: DecisionInput, which: (t: Token) => boolean): number {
  const { analysed } = d.pick.hit;
  const missing = d.question.tokens.filter(
    (t, i) => i > 0 && which(t) && !said(analysed, t.key),
  ).length;
  return Math.min(missing, 2) / 2;
}

function elsewhereShare({ question, pick }: DecisionInput): number {
  const { analysed, matched } = pick.hit;
  let total = 0;
  let elsewhere = 0;
  for (const term of question.terms) {
    const w = idf(analysed, term);
    total += w;
    if (!matched.has(term) && said(analysed, term)) elsewhere += w;
  }
  return total === 0 ? 0 : elsewhere / total;
}

/** Question words of this sort the evidence sentence lacks, though the article may have them. */
function missingTokens(d: DecisionInput, which: (t: Token) => boolean): number {
  const keys = new Set(d.pick.hit.sentence.tokens.map((t) => t.key));
  const lower = new Set(d.pick.hit.sentence.tokens.map((t) => t.lower));
  const missing = d.question.tokens.filter(
    (t, i) =>
      i > 0 &&
      which(t) &&
      !/^(how|many|much|long|old|far|often)$/.test(t.lower) &&
      !keys.has(t.key) &&
      !lower.has(t.lower),
  ).length;
  return Math.min(missing, 2) / 2;
}

/** Share of the question's weight said within 8 words of the span. */
function nearShare({ pick }: DecisionInput): number {
  const { anchors } = pick.hit;
  const { from, to } = pick.candidate;
  const near = new Set<string>();
  let all = 0;
  const seen = new Set<string>();
  for (const a of anchors) {
    if (!seen.has(a.term)) {
      seen.add(a.term);
      all += a.weight;
    }
    if (a.index >= from - 8 && a.index <= to + 8 && !near.has(a.term)) near.add(a.term);
  }
  let close = 0;
  const counted = new Set<string>();
  for (const a of anchors)
    if (near.has(a.term) && !counted.has(a.term)) {
      counted.add(a.term);
      close += a.weight;
    }
  return all === 0 ? 0 : close / all;
}

/** Share of the question's weight in words of this part of speech the evidence (or article) lacks. */
function missingWeight({ question, pick }: DecisionInput, pos: string, article: boolean): number {
  const { analysed, matched } = pick.hit;
  let total = 0;
  let missing = 0;
  for (const term of question.terms) {
    const w = idf(analysed, term);
    total += w;
    const tagged = question.tokens.some((t) => t.key === term && t.pos === pos);
    if (!tagged) continue;
    if (article ? !said(analysed, term) : !matched.has(term)) missing += w;
  }
  return total === 0 ? 0 : missing / total;
}

function missingCount({ question, pick }: DecisionInput): number {
  return question.terms.filter((t) => !pick.hit.matched.has(t)).length;
}
