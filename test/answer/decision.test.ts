import { describe, expect, it } from 'vitest';
import { type DecisionModels, decideVector } from '../../src/answer/decide.js';
import { decisionNames } from '../../src/answer/decision-features.js';
import { decisionWeights } from '../../src/answer/decision-weights.js';
import { featureNames } from '../../src/answer/span-features.js';
import { spanWeights } from '../../src/answer/span-weights.js';

describe('the fitted models and the features they weigh', () => {
  it('keys every decision weight by a declared feature, and weighs every feature', () => {
    for (const model of [decisionWeights.right, decisionWeights.sentence]) {
      expect(Object.keys(model.weights)).toEqual(decisionNames);
      expect(Object.values(model.weights).every(Number.isFinite)).toBe(true);
      expect(model.threshold).toBeGreaterThan(0);
      expect(model.threshold).toBeLessThan(1);
    }
  });

  it('declares each decision feature once, by a name of its own', () => {
    expect(new Set(decisionNames).size).toBe(decisionNames.length);
  });

  it('has one span weight per span feature name', () => {
    expect(spanWeights).toHaveLength(featureNames.length);
    expect(new Set(featureNames).size).toBe(featureNames.length);
  });
});

describe('deciding from the two probabilities', () => {
  const zero = Object.fromEntries(decisionNames.map((name) => [name, 0]));
  // With every weight 0 the probability is the logistic of the bias alone.
  const models = (right: number, sentence: number): DecisionModels => ({
    right: { bias: right, weights: zero, threshold: 0.5 },
    sentence: { bias: sentence, weights: zero, threshold: 0.5 },
  });
  const vector = decisionNames.map(() => 0);

  it('answers when the span is likely right, and says how likely', () => {
    const decision = decideVector(vector, models(2, -2));
    expect(decision.status).toBe('answered');
    expect(decision.confidence).toBeCloseTo(1 / (1 + Math.exp(-2)), 6);
  });

  it('is unsure when the span is doubtful but its sentence likely holds the answer', () => {
    expect(decideVector(vector, models(-2, 2)).status).toBe('unsure');
  });

  it('finds nothing when the question names what the article never does and nothing is likely', () => {
    const absent = decisionNames.map((name) =>
      name === 'question words absent from the article' ? 0.4 : 0,
    );
    expect(decideVector(absent, models(-2, -2)).status).toBe('not_found');
  });

  it('still quotes the closest sentence when the article mentions everything asked about', () => {
    expect(decideVector(vector, models(-2, -2)).status).toBe('unsure');
  });

  it('gives no span when the question asks about a verb the article never uses', () => {
    const unsaid = decisionNames.map((name) =>
      name === 'question VERB weight absent from the article' ? 0.3 : 0,
    );
    expect(decideVector(unsaid, models(2, 2)).status).toBe('unsure');
  });
});
