// Weights of the span scorer over featuresOf() (extract.ts), in featureNames order: a softmax
// over each question's candidates fitted by scripts/qa/fit-span-weights.ts on SQuAD dev (13
// articles) and content/qa/news-dev.json. Its report gives the figures cross-validated by article.
export const spanWeights: readonly number[] = [
  2.333, 1.833, 3.082, 4.62, -0.344, -0.237, 0.682, 0.138, -0.429, 0.548, -0.118, 1.003, 0.743,
  0.685, 0.328, 1.509,
];
