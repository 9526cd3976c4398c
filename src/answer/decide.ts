// The decision to answer, fitted (scripts/qa/fit-decision.ts) rather than set by hand: one
// logistic model gives the probability that the best span is right — that is `confidence`, and
// the answer is given when it reaches the fitted threshold; a second gives the probability that
// the evidence sentence holds the answer, and decides between "not sure, but here is the closest
// sentence" and "the article doesn't say".
import { type DecisionInput, decisionNames, decisionVector } from './decision-features.js';
import { decisionWeights } from './decision-weights.js';

export type Status = 'answered' | 'unsure' | 'not_found';

export interface LogisticModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
  /** Act on the probability from here up. */
  threshold: number;
}

export interface DecisionModels {
  right: LogisticModel;
  sentence: LogisticModel;
}

export interface Decision {
  status: Status;
  /** The probability that the best span is right. */
  confidence: number;
  /** The probability that its sentence holds the answer. */
  held: number;
}

// A question whose verb the article never uses ("When will the treaty expire?") asks about
// something the story does not tell: no span answers it, however well the rest fits.
const unsaidVerb = decisionNames.indexOf('question VERB weight absent from the article');
const absentWords = decisionNames.indexOf('question words absent from the article');

export function probability(model: LogisticModel, vector: readonly number[]): number {
  let z = model.bias;
  decisionNames.forEach((name, i) => {
    z += (model.weights[name] ?? 0) * (vector[i] ?? 0);
  });
  return 1 / (1 + Math.exp(-z));
}

/** The outcome for a feature vector (decisionVector), with the probability the span is right. */
export function decideVector(
  vector: readonly number[],
  models: DecisionModels = decisionWeights,
): Decision {
  const right = probability(models.right, vector);
  const held = probability(models.sentence, vector);
  const unsaid = (vector[unsaidVerb] ?? 0) > 0;
  if (right >= models.right.threshold && !unsaid)
    return { status: 'answered', confidence: right, held };
  // "The article doesn't say" only when the question names something the article never does;
  // otherwise the closest sentence is quoted, unless the sentence model doubts it too.
  const unmentioned = (vector[absentWords] ?? 0) > 0;
  const quote = held >= models.sentence.threshold || !unmentioned;
  return { status: quote ? 'unsure' : 'not_found', confidence: right, held };
}

export function decide(input: DecisionInput): Decision {
  return decideVector(decisionVector(input));
}
