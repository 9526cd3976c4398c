import { type Sentence, splitSentences } from '../nlp/sentences.js';
import { sentenceFeatures, toUnits, type Unit } from './features.js';
import { scoreSentences } from './rank.js';
import { type Budget, selectSentences } from './select.js';

export interface Ranked {
  sentences: Sentence[];
  units: Unit[];
  scores: number[];
  features: number[][];
}

/** Splits and scores an article's sentences once; briefs and summaries both read this. */
export function rankArticle(text: string, title: string): Ranked {
  const sentences = splitSentences(text);
  const units = toUnits(sentences);
  const features = sentenceFeatures(units, title);
  return { sentences, units, scores: scoreSentences(features), features };
}

/** The extractive summary: chosen sentences of the article, in article order. */
export function extractSummary(ranked: Ranked, budget: Budget): string[] {
  return selectSentences(ranked.units, ranked.scores, budget).map(
    (i) => ranked.sentences[i]?.text ?? '',
  );
}
