import { countWords } from '../../src/nlp/tokens.js';
import type { RankedSentence } from './peers.js';

export interface Budget {
  maxWords: number;
  maxSentences: number;
}

/** The same filler for every system: best-ranked first, skip what overflows, article order. */
export function fillBudget(ranked: readonly RankedSentence[], budget: Budget): string[] {
  const chosen: RankedSentence[] = [];
  let words = 0;
  for (const sentence of ranked) {
    if (chosen.length >= budget.maxSentences) break;
    const n = countWords(sentence.text);
    if (n === 0 || words + n > budget.maxWords) continue;
    chosen.push(sentence);
    words += n;
  }
  return chosen.sort((a, b) => a.index - b.index).map((s) => s.text);
}
