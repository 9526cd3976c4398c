// Picks the answer span among the candidates of the best sentences: a linear scorer over
// span-features.ts (weights fitted by scripts/qa/fit-span-weights.ts) ranks every candidate of
// every retrieved sentence and the best one wins. (Picking the span with the highest expected
// overlap with the others instead was tried: no better under cross-validation.) How sure the
// scorer is — the best span's share of the softmax, its lead over the runner-up, how much mass
// agrees with it — is kept for the decision to answer (decision-features.ts).
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
  /** The best span's share of the softmax over every candidate. */
  probability: number;
  /** Score lead over the best candidate with other words. */
  margin: number;
  /** Softmax share of the candidates that say the same words as the best one. */
  agreement: number;
  /** Softmax-weighted word overlap (F1) of every candidate with the best one. */
  overlap: number;
  /** Softmax share of the best span's sentence. */
  sentenceShare: number;
  candidates: number;
}

const normal = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function pickSpan(question: Question, hits: Hit[]): Pick | undefined {
  const topScore = hits[0]?.score ?? 1;
  const slot = classSlot(question);
  const scored: Scored[] = [];
  hits.forEach((hit, rank) => {
    for (const candidate of candidatesOf(hit.sentence)) {
      const features = baseFeatures(question, hit, rank, topScore, candidate);
      if (!features) continue;
      scored.push({ hit, candidate, score: dot(features, slot), typeFit: features[2] ?? 0 });
    }
  });
  let best = scored[0];
  for (const s of scored) if (best && s.score > best.score) best = s;
  if (!best) return undefined;
  best = bothNames(question, best, scored);
  const words = normal(best.candidate.text);
  let z = 0;
  let same = 0;
  let overlap = 0;
  let sentence = 0;
  let runnerUp = Number.NEGATIVE_INFINITY;
  for (const s of scored) {
    const e = Math.exp(s.score - best.score);
    z += e;
    const other = normal(s.candidate.text);
    if (other === words) same += e;
    else {
      overlap += e * wordF1(other, words);
      runnerUp = Math.max(runnerUp, s.score);
    }
    if (s.hit === best.hit) sentence += e;
  }
  return {
    ...best,
    probability: 1 / z,
    margin: Number.isFinite(runnerUp) ? best.score - runnerUp : 10,
    agreement: same / z,
    overlap: (same + overlap) / z,
    sentenceShare: sentence / z,
    candidates: scored.length,
  };
}

type Scored = { hit: Hit; candidate: Candidate; score: number; typeFit: number };

/**
 * "Who signed X?" over "A and his counterpart B have signed X": one of two names who did it
 * together is half the answer, so the pair that holds the picked name answers instead.
 */
function bothNames(question: Question, best: Scored, scored: Scored[]): Scored {
  if (question.expect !== 'person') return best;
  const pair = scored.find(
    (s) =>
      s.hit === best.hit &&
      s.candidate.kinds.has('pair') &&
      s.candidate.from <= best.candidate.from &&
      s.candidate.to >= best.candidate.to,
  );
  return pair ? { ...pair, score: best.score } : best;
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

/** Word-overlap F1 of two normalised texts: "Jiang Zemin" against "Jiang Zemin and Vladimir Putin". */
function wordF1(a: string, b: string): number {
  const x = a.split(' ');
  const y = new Set(b.split(' '));
  const same = x.filter((w) => y.has(w)).length;
  return same === 0 ? 0 : (2 * same) / (x.length + y.size);
}
