/** An answer grounded in one sentence of one article, or an honest abstention. */
export interface Answer {
  /** A short span of the article's text; '' when abstaining. */
  answer: string;
  /** The full sentence the answer comes from, quoted as written; '' when abstaining. */
  evidence: string;
  /** Id of the article the evidence comes from; '' when abstaining. */
  articleId: string;
  articleTitle: string;
  /** 0..1 */
  confidence: number;
  kind: 'answer' | 'abstain';
  /** Why it abstained, phrased for a user ("The article doesn't say ..."). */
  reason?: string;
}
