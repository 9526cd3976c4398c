import { weights } from './weights.js';

/** One score a sentence: the fitted linear scorer over its features. */
export function scoreSentences(features: readonly number[][]): number[] {
  return features.map((row) => {
    let score = 0;
    for (let k = 0; k < row.length; k++) score += (row[k] ?? 0) * (weights[k] ?? 0);
    return score;
  });
}
