// A linear scorer over the features in features.ts, fitted on BBC `dev` only (logistic
// regression on "is this sentence in the reference?") by scripts/lib/fit-weights.ts, then
// shipped as constants. Order matches featureNames.
export const weights: readonly number[] = [
  -4.736, -0.28, -0.532, 0.232, 0.017, -0.224, -0.633, 0.288, 0.794, -0.453, -0.005, 0.082, 2.704,
  0.611, 4.427, 1.276,
];
