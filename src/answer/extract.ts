// Picks the answer span among the candidates of the best sentences: a linear scorer over
// span-features.ts (weights fitted by scripts/qa/fit-span-weights.ts) ranks every candidate of
// every retrieved sentence and the best one wins. (Picking the span with the highest expected
// overlap with the others instead was tried: no better under cross-validation.)
import { type Candidate, candidatesOf } from './candidates.js';
import type { Question } from './question.js';
import type { Hit } from './retrieve.js';
import { baseFeatures, classSlot } from './span-features.js';
import { spanWeights } from './span-weights.js';

export interface Pick {
  hit: Hit;
  candidate: Candidate;
  score: number;
  typeFit: number;
}

export function pickSpan(question: Question, hits: Hit[]): Pick | undefined {
  let best: Pick | undefined;
  const topScore = hits[0]?.score ?? 1;
  const slot = classSlot(question);
  hits.forEach((hit, rank) => {
    for (const candidate of candidatesOf(hit.sentence)) {
      const features = baseFeatures(question, hit, rank, topScore, candidate);
      if (!features) continue;
      const score = dot(features, slot);
      if (!best || score > best.score) best = { hit, candidate, score, typeFit: features[2] ?? 0 };
    }
  });
  return best;
}

/**
 * The linear score of featuresOf(), read off the base features: each weighs its shared weight
 * plus the weight of its copy in the question's class slot (every other copy is zero).
 */
function dot(features: readonly number[], slot: number): number {
  const width = features.length;
  const offset = (slot + 1) * width;
  let sum = 0;
  for (let i = 0; i < width; i++) {
    const shared = spanWeights[i] ?? 0;
    const own = slot < 0 ? 0 : (spanWeights[offset + i] ?? 0);
    sum += (features[i] ?? 0) * (shared + own);
  }
  return sum;
}
