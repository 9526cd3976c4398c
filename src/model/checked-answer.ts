// A model's answer reaches a user only with a quote that is in the article, word for word, and
// an answer that quote supports; otherwise it becomes an honest "not sure".
import type { Answer } from '../answer/types.js';
import type { Article } from '../article/types.js';
import { unsupportedClaims } from '../check/claims.js';
import { readEvidence } from '../check/index.js';
import { splitSentences } from '../nlp/sentences.js';
import { contentWords, words } from '../nlp/tokens.js';
import type { AnswerReply } from './replies.js';

const confidence = 0.7;

export function checkedAnswer(
  question: string,
  articles: readonly Article[],
  reply: AnswerReply,
): Answer {
  if (reply.kind === 'not_found') return notFound(question);
  if (reply.kind === 'unsure') return unsure(question);
  const quote = words(reply.quote).join(' ');
  if (quote === '' || reply.answer.trim() === '') return unsure(question);
  for (const article of articles) {
    const sentence = splitSentences(article.text).find((s) =>
      ` ${words(s.text).join(' ')} `.includes(` ${quote} `),
    );
    if (!sentence) continue;
    const evidence = readEvidence(sentence.text);
    const supported =
      unsupportedClaims(reply.answer, evidence).length === 0 &&
      contentWords(reply.answer).every((word) => evidence.where.has(word));
    if (!supported) return unsure(question);
    return {
      answer: reply.answer.trim(),
      evidence: sentence.text,
      articleId: article.id,
      articleTitle: article.title,
      confidence,
      kind: 'answer',
      status: 'answered',
    };
  }
  return unsure(question);
}

/** The model's answer did not hold: "not sure", quoting nothing until the engine finds a sentence. */
function unsure(question: string): Answer {
  return declined(
    'unsure',
    `I'm not sure: the article does not clearly answer "${question}", so I won't guess.`,
  );
}

function notFound(question: string): Answer {
  return declined('not_found', `The article doesn't say: "${question}"`);
}

function declined(status: 'unsure' | 'not_found', reason: string): Answer {
  return {
    answer: '',
    evidence: '',
    articleId: '',
    articleTitle: '',
    confidence: 0,
    kind: 'abstain',
    status,
    reason,
  };
}
