// Per-sentence evidence the ranker weighs: where the sentence sits, how central it is to the
// article, how much it shares with the headline, and its shape. All cheap: one pass of tokens.
import { contentOf, contentWords, isCommonWord, words } from '../nlp/tokens.js';

export interface Unit {
  text: string;
  paragraph: number;
  /** Lower-cased words. */
  tokens: string[];
  /** Folded content words. */
  terms: string[];
  wordCount: number;
}

export const featureNames = [
  'bias',
  'relPosition',
  'inversePosition',
  'isFirst',
  'opensParagraph',
  'logLength',
  'isShort',
  'centroid',
  'titleOverlap',
  'density',
  'quote',
  'number',
  'centroidRank',
  'frequency',
  'frequencyRank',
  'frequencyRelative',
] as const;

export const featureIndex = Object.fromEntries(featureNames.map((name, i) => [name, i])) as {
  [K in (typeof featureNames)[number]]: number;
};

export function toUnits(sentences: readonly { text: string; paragraph: number }[]): Unit[] {
  return sentences.map((s) => {
    const tokens = words(s.text);
    return {
      text: s.text,
      paragraph: s.paragraph,
      tokens,
      terms: contentOf(tokens),
      wordCount: tokens.length,
    };
  });
}

export function sentenceFeatures(units: readonly Unit[], title: string): number[][] {
  const n = units.length;
  const termFrequency = new Map<string, number>();
  const sentenceFrequency = new Map<string, number>();
  for (const unit of units) {
    const seen = new Set<string>();
    for (const term of unit.terms) {
      termFrequency.set(term, (termFrequency.get(term) ?? 0) + 1);
      if (!seen.has(term)) {
        seen.add(term);
        sentenceFrequency.set(term, (sentenceFrequency.get(term) ?? 0) + 1);
      }
    }
  }
  const weight = new Map<string, number>();
  let centroidNorm = 0;
  for (const [term, tf] of termFrequency) {
    const w = Math.log(1 + n / (sentenceFrequency.get(term) ?? 1));
    weight.set(term, w);
    centroidNorm += (tf * w) ** 2;
  }
  centroidNorm = Math.sqrt(centroidNorm) || 1;
  const titleTerms = new Set(contentWords(title));
  const centroids = units.map(
    (unit) => centroidSimilarity(unit, termFrequency, weight) / centroidNorm,
  );
  const rank = ranks(centroids);
  const frequency = averageFrequencies(units);
  const frequencyRank = ranks(frequency);
  const meanFrequency = frequency.reduce((a, b) => a + b, 0) / (n || 1) || 1;
  return units.map((unit, i) => {
    const prev = units[i - 1];
    let titleHits = 0;
    let density = 0;
    for (const term of unit.terms) {
      if (titleTerms.has(term)) titleHits++;
      density += (termFrequency.get(term) ?? 0) > 1 ? 1 : 0;
    }
    return [
      1,
      n > 1 ? i / (n - 1) : 0,
      1 / (i + 1),
      i === 0 ? 1 : 0,
      !prev || prev.paragraph !== unit.paragraph ? 1 : 0,
      Math.log(1 + unit.wordCount),
      unit.wordCount < 8 ? 1 : 0,
      centroids[i] ?? 0,
      titleTerms.size ? titleHits / titleTerms.size : 0,
      unit.terms.length ? density / unit.terms.length : 0,
      /["“”]/.test(unit.text) ? 1 : 0,
      /\d/.test(unit.text) ? 1 : 0,
      n > 1 ? 1 - (rank[i] ?? 0) / (n - 1) : 1,
      frequency[i] ?? 0,
      n > 1 ? 1 - (frequencyRank[i] ?? 0) / (n - 1) : 1,
      (frequency[i] ?? 0) / meanFrequency,
    ];
  });
}

function centroidSimilarity(
  unit: Unit,
  termFrequency: Map<string, number>,
  weight: Map<string, number>,
): number {
  const counts = new Map<string, number>();
  for (const term of unit.terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  let dot = 0;
  let norm = 0;
  for (const [term, count] of counts) {
    const w = weight.get(term) ?? 0;
    dot += count * w * (termFrequency.get(term) ?? 0) * w;
    norm += (count * w) ** 2;
  }
  return norm ? dot / Math.sqrt(norm) : 0;
}

/** 0 for the highest value, n-1 for the lowest. */
function ranks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0));
  const rank = new Array<number>(values.length);
  order.forEach((sentence, r) => {
    rank[sentence] = r;
  });
  return rank;
}

/** Mean article frequency of a sentence's uncommon words, over the article's top frequency. */
function averageFrequencies(units: readonly Unit[]): number[] {
  const counts = new Map<string, number>();
  let top = 1;
  for (const unit of units)
    for (const token of unit.tokens) {
      if (isCommonWord(token)) continue;
      const c = (counts.get(token) ?? 0) + 1;
      counts.set(token, c);
      if (c > top) top = c;
    }
  return units.map((unit) => {
    let sum = 0;
    let k = 0;
    for (const token of unit.tokens) {
      if (isCommonWord(token)) continue;
      sum += counts.get(token) ?? 0;
      k++;
    }
    return k ? sum / k / top : 0;
  });
}
