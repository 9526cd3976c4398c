// Answers a fact question from one or more articles: retrieve the sentences that hold the
// question's words (BM25 over stems folded by a small paraphrase list), pick the span of the
// class the question asks for, then let the fitted decision (decide.ts) say whether to give it,
// to quote the closest sentence as "not sure", or to say the article doesn't say.
import type { Article } from '../article/types.js';
import { analyse } from './analyze.js';
import { datelineAnswer } from './dateline-answer.js';
import { decide } from './decide.js';
import { type Pick, pickSpan } from './extract.js';
import { parseQuestion, type Question } from './question.js';
import { type Hit, retrieve } from './retrieve.js';
import type { Answer } from './types.js';
import { yesNo } from './yes-no.js';

export interface AnswerOptions {
  /** false: give the best span even when unsure (reading tests where every question has one). */
  abstain?: boolean;
}

/** What the answerer found before deciding: the fit script sees the same. */
export interface Considered {
  question: Question;
  hits: Hit[];
  pick?: Pick;
}

/**
 * Reads an article ahead of its first question (the costly wink-nlp pass, cached), so a question
 * asked right after its brief is answered from the cache.
 */
export function readAhead(article: Article): void {
  analyse(article);
}

export function consider(question: string, articles: readonly Article[]): Considered {
  const parsed = parseQuestion(question);
  // A yes/no question states a whole claim: its rarest words, not its verb, find the sentence.
  const hits = retrieve(parsed, articles.map(analyse), { boostVerbs: parsed.expect !== 'yesno' });
  if (hits.length === 0 || parsed.terms.length === 0 || parsed.expect === 'yesno')
    return { question: parsed, hits };
  const pick = pickSpan(parsed, hits);
  return pick ? { question: parsed, hits, pick } : { question: parsed, hits };
}

export function answerQuestion(
  question: string,
  articles: readonly Article[],
  options: AnswerOptions = {},
): Answer {
  const found = consider(question, articles);
  const { question: parsed, hits, pick } = found;
  const top = hits[0];
  if (top && parsed.terms.length > 0 && parsed.expect === 'yesno')
    return yesNo(parsed, top, options.abstain !== false);
  if (!pick) return notFound(parsed, articles, top);
  const decision = decide({ question: parsed, hits, pick });
  const dated = datelineAnswer(parsed, pick, decision);
  if (dated && options.abstain !== false) return dated;
  const confidence = round(decision.confidence);
  const status = options.abstain === false ? 'answered' : decision.status;
  if (status === 'not_found') return notFound(parsed, articles, top, confidence);
  const from = {
    evidence: pick.hit.sentence.text,
    articleId: pick.hit.analysed.article.id,
    articleTitle: pick.hit.analysed.article.title,
    confidence,
  };
  if (status === 'unsure')
    return {
      ...from,
      answer: '',
      status,
      kind: 'abstain',
      reason: "I'm not sure; the closest the article comes is:",
    };
  return { ...from, answer: pick.candidate.text, status, kind: 'answer' };
}

function notFound(
  question: Question,
  articles: readonly Article[],
  closest: Hit | undefined,
  confidence = 0,
): Answer {
  const about = question.text.replace(/\?+$/, '').trim();
  const where = articles.length > 1 ? "These articles don't say" : "The article doesn't say";
  const title = closest?.analysed.article.title ?? articles[0]?.title ?? '';
  return {
    answer: '',
    evidence: closest?.sentence.text ?? '',
    articleId: closest?.analysed.article.id ?? '',
    articleTitle: closest || articles.length === 1 ? title : '',
    confidence: round(confidence),
    status: 'not_found',
    kind: 'abstain',
    reason: `${where}: "${about}?" I could not find it in the text, so I won't guess.`,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
