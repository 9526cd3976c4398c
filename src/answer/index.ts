// Answers a fact question from one or more articles: retrieve the sentences that hold the
// question's words (BM25 over stems folded by a small paraphrase list), pick the span of the
// class the question asks for, and abstain when the best sentence covers too little.
import type { Article } from '../article/types.js';
import { analyse } from './analyze.js';
import { pickSpan } from './extract.js';
import { parseQuestion, type Question } from './question.js';
import { type Hit, retrieve } from './retrieve.js';
import type { Answer } from './types.js';

/** Below this confidence the answerer says the article does not say. */
export const abstainBelow = 0.15;

const negations = /^(not|n't|no|never|neither|nor|without|deny|denied|denies|reject|rejected)$/;

export interface AnswerOptions {
  /** false: give the best span even when unsure (reading tests where every question has one). */
  abstain?: boolean;
}

/**
 * Reads an article ahead of its first question (the costly wink-nlp pass, cached), so a question
 * asked right after its brief is answered from the cache.
 */
export function readAhead(article: Article): void {
  analyse(article);
}

export function answerQuestion(
  question: string,
  articles: readonly Article[],
  options: AnswerOptions = {},
): Answer {
  const floor = options.abstain === false ? 0 : 1;
  const parsed = parseQuestion(question);
  // A yes/no question states a whole claim: its rarest words, not its verb, find the sentence.
  const hits = retrieve(parsed, articles.map(analyse), { boostVerbs: parsed.expect !== 'yesno' });
  const top = hits[0];
  if (!top || parsed.terms.length === 0) return abstain(parsed, articles);
  if (parsed.expect === 'yesno') return yesNo(parsed, top, articles, floor);
  const pick = pickSpan(parsed, hits);
  if (!pick) return abstain(parsed, articles);
  const confidence = round(pick.hit.coverage * (0.55 + 0.45 * pick.typeFit));
  if (confidence < abstainBelow * floor) return abstain(parsed, articles, confidence);
  return {
    answer: pick.candidate.text,
    evidence: pick.hit.sentence.text,
    articleId: pick.hit.analysed.article.id,
    articleTitle: pick.hit.analysed.article.title,
    confidence,
    kind: 'answer',
  };
}

/** Yes/no: the best-matching sentence settles it; a negation the question lacks means no. */
function yesNo(question: Question, top: Hit, articles: readonly Article[], floor: number): Answer {
  const confidence = round(top.coverage);
  if (confidence < 0.4 * floor) return abstain(question, articles, confidence);
  const denies = (words: { lower: string }[]) => words.some((t) => negations.test(t.lower));
  const no = denies(top.sentence.tokens) !== denies(question.tokens);
  return {
    answer: no ? 'No' : 'Yes',
    evidence: top.sentence.text,
    articleId: top.analysed.article.id,
    articleTitle: top.analysed.article.title,
    confidence,
    kind: 'answer',
  };
}

function abstain(question: Question, articles: readonly Article[], confidence = 0): Answer {
  const about = question.text.replace(/\?+$/, '').trim();
  const where = articles.length > 1 ? "These articles don't say" : "The article doesn't say";
  return {
    answer: '',
    evidence: '',
    articleId: '',
    articleTitle: articles.length === 1 ? (articles[0]?.title ?? '') : '',
    confidence: round(confidence),
    kind: 'abstain',
    reason: `${where}: "${about}?" I could not find it in the text, so I won't guess.`,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
