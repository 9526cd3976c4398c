// Fitted by `npm run eval:check -- --fit`: ridge regression (lambda 0.1) of FRANK's human
// factuality on the sentence-averaged features of features.ts; names must match (a test checks).
export const weights = {
  data: 'frank-factuality-open/valid.jsonl (671 summaries, CNN/DM and XSum)',
  intercept: -0.0834,
  coefficients: {
    known_words: 0.1936,
    trigrams: -0.2132,
    fourgrams: 0.7719,
    pairs_together: 0.2105,
    best_sentence: 0.1823,
    best_two_sentences: -0.099,
    claims_missing: -0.0961,
  },
} as { data: string; intercept: number; coefficients: Record<string, number> };
