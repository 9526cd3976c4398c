// PLACEHOLDER (to be replaced by the answerer of issue 3): always abstains.
import type { Article } from '../article/types.js';
import type { Answer } from './types.js';

export function answerQuestion(question: string, articles: readonly Article[]): Answer {
  return {
    answer: '',
    evidence: '',
    articleId: '',
    articleTitle: articles[0]?.title ?? '',
    confidence: 0,
    kind: 'abstain',
    reason: `The article doesn't say (${question.length} characters asked).`,
  };
}
