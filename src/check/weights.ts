// Fitted by `npm run eval:check -- --fit`: ridge regression (lambda 0.1) of FRANK's human
// factuality on the sentence-averaged features of features.ts; names must match (a test checks).
export const weights = {
  data: 'frank-factuality-open/valid.jsonl (671 summaries, CNN/DM and XSum)',
  intercept: -0.0584,
  coefficients: {
    known_words: 0.1931,
    trigrams: -0.7567,
    fourgrams: 0.4182,
    pairs_together: -0.2395,
    best_sentence: 0.1746,
    best_two_sentences: -0.103,
    copied: 0.0016,
    aligned_trigrams: 0.8004,
    aligned_bigrams: 0.0447,
    rare_pairs: 0.49,
    claims_missing: -0.0912,
  },
} as { data: string; intercept: number; coefficients: Record<string, number> };
