/** How an answer ended: a span given, a closest sentence quoted without one, or nothing found. */
export type AnswerStatus = 'answered' | 'unsure' | 'not_found';

/** An answer grounded in one sentence of one article, or an honest abstention. */
export interface Answer {
  /** A short span of the article's text; '' unless answered. */
  answer: string;
  /**
   * The sentence the answer comes from, quoted as written: when unsure or not found, the closest
   * sentence the article has ('' when none shares a word with the question).
   */
  evidence: string;
  /** Id of the article the evidence comes from; '' when there is no evidence. */
  articleId: string;
  articleTitle: string;
  /** 0..1: the fitted probability that the best span is right (decide.ts). */
  confidence: number;
  status: AnswerStatus;
  /** 'answer' when answered; 'abstain' when unsure or not found. */
  kind: 'answer' | 'abstain';
  /** Why no span is given, phrased for a user ("I'm not sure; …", "The article doesn't say …"). */
  reason?: string;
}
