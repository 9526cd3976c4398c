// Picks sentences by score under a budget of sentences and of words, never exceeding either,
// skipping near-duplicates (a repeated caption, a restated quote).
import type { Unit } from './features.js';

export interface Budget {
  maxSentences: number;
  maxWords: number;
}

export function selectSentences(
  units: readonly Unit[],
  scores: readonly number[],
  budget: Budget,
  /** Sentences already shown elsewhere (the lede): nothing chosen may repeat them. */
  shown: readonly number[] = [],
  /** Whether sentence i may join those already chosen. */
  accept: (i: number, chosen: readonly number[]) => boolean = () => true,
): number[] {
  const order = scores.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
  const chosen: number[] = [];
  let words = 0;
  for (const i of order) {
    if (chosen.length >= budget.maxSentences) break;
    const unit = units[i];
    if (!unit || unit.wordCount === 0) continue;
    if (words + unit.wordCount > budget.maxWords) continue;
    if (chosen.some((j) => redundant(unit, units[j]))) continue;
    if (shown.some((j) => j === i || redundant(unit, units[j]))) continue;
    if (!accept(i, chosen)) continue;
    chosen.push(i);
    words += unit.wordCount;
  }
  return chosen.sort((a, b) => a - b);
}

/** Most of one sentence's content words already said by the other. */
export function redundant(a: Unit, b: Unit | undefined): boolean {
  if (!b || a.terms.length === 0) return false;
  const other = new Set(b.terms);
  let shared = 0;
  for (const term of a.terms) if (other.has(term)) shared++;
  return shared / Math.min(a.terms.length, other.size || 1) > 0.7;
}
