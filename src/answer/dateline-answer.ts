// "Where did the leaders sign the agreement?" over a story whose sentences name no place: the
// dateline ("MOSCOW, Russia --") says where the story happened. Used only when the sentence the
// question points to is about the story (it says most of the question's words, or the fitted
// sentence model holds it) and names no place.
import { titleCasePlace } from '../article/dateline.js';
import { candidatesOf } from './candidates.js';
import type { Decision } from './decide.js';
import type { Pick } from './extract.js';
import type { Question } from './question.js';
import type { Answer } from './types.js';

export function datelineAnswer(
  question: Question,
  pick: Pick,
  decision: Decision,
): Answer | undefined {
  const { article } = pick.hit.analysed;
  if (question.expect !== 'place' || !article.dateline) return undefined;
  // Most of the question's words in the sentence, or the fitted model's word that it is the one.
  if (pick.hit.coverage < 0.5 && decision.status === 'not_found') return undefined;
  const { sentence } = pick.hit;
  const placed = candidatesOf(sentence).some(
    (c) => c.kinds.has('place') || c.kinds.has('location'),
  );
  if (placed) return undefined;
  return {
    answer: titleCasePlace(article.dateline),
    // The dateline opens the story's first sentence, as the page printed it.
    evidence: sentence.index === 0 ? `${article.dateline} -- ${sentence.text}` : sentence.text,
    articleId: article.id,
    articleTitle: article.title,
    confidence: Math.round(decision.held * 1000) / 1000,
    status: 'answered',
    kind: 'answer',
  };
}
