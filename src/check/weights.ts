// Fitted by `npm run eval:check -- --fit`: ridge regression (lambda 0.1) of FRANK's human
// factuality on the sentence-averaged features of features.ts; names must match (a test checks).
export const weights = {
  data: 'frank-factuality-open/valid.jsonl (671 summaries, CNN/DM and XSum)',
  intercept: -0.0632,
  coefficients: {
    known_words: 0.1947,
    trigrams: -0.7572,
    fourgrams: 0.4204,
    pairs_together: -0.2492,
    best_sentence: 0.1751,
    best_two_sentences: -0.0999,
    copied: 0.0021,
    aligned_trigrams: 0.7862,
    aligned_bigrams: 0.0546,
    rare_pairs: 0.499,
    claims_missing: -0.0843,
  },
} as { data: string; intercept: number; coefficients: Record<string, number> };
