// Yes/no questions: the best-matching sentence settles it, and a negation the question lacks means
// no. How much of the claim that sentence states (its coverage) decides between answering,
// quoting it as "not sure", and saying the article doesn't say; too few yes/no questions exist in
// the data to fit this, so the two cut-offs are set by hand.
import type { Question } from './question.js';
import type { Hit } from './retrieve.js';
import type { Answer } from './types.js';

const negations = /^(not|n't|no|never|neither|nor|without|deny|denied|denies|reject|rejected)$/;
const answerFrom = 0.4;
const quoteFrom = 0.25;

export function yesNo(question: Question, top: Hit, abstain: boolean): Answer {
  const confidence = Math.round(top.coverage * 1000) / 1000;
  const from = {
    evidence: top.sentence.text,
    articleId: top.analysed.article.id,
    articleTitle: top.analysed.article.title,
    confidence,
  };
  if (abstain && confidence < answerFrom) {
    const about = question.text.replace(/\?+$/, '').trim();
    return confidence < quoteFrom
      ? {
          ...from,
          answer: '',
          status: 'not_found',
          kind: 'abstain',
          reason: `The article doesn't say: "${about}?" I could not find it in the text, so I won't guess.`,
        }
      : {
          ...from,
          answer: '',
          status: 'unsure',
          kind: 'abstain',
          reason: "I'm not sure; the closest the article comes is:",
        };
  }
  const denies = (words: { lower: string }[]) => words.some((t) => negations.test(t.lower));
  const no = denies(top.sentence.tokens) !== denies(question.tokens);
  return { ...from, answer: no ? 'No' : 'Yes', status: 'answered', kind: 'answer' };
}
