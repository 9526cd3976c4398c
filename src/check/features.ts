// Features of one summary sentence against the article, each declared once with its name.
// Surface overlap alone tops out near r = 0.52 on FRANK: the alignment features ask whether one
// or two article sentences carry the summary sentence's words together, not just anywhere.
import { contentOf, fold, words } from '../nlp/tokens.js';
import type { Evidence } from './evidence.js';

export interface SentenceView {
  tokens: string[];
  content: string[];
  claims: number;
}

type Feature = { name: string; of(view: SentenceView, evidence: Evidence): number };

const pairWindow = 6;

export const features: readonly Feature[] = [
  { name: 'known_words', of: (v, e) => share(v.content, (w) => e.where.has(w)) },
  { name: 'trigrams', of: (v, e) => gramShare(v.tokens.map(fold), 3, e) },
  { name: 'fourgrams', of: (v, e) => gramShare(v.tokens.map(fold), 4, e) },
  { name: 'pairs_together', of: (v, e) => pairShare(v.content, e) },
  { name: 'best_sentence', of: (v, e) => bestCover(v.content, e, 1) },
  { name: 'best_two_sentences', of: (v, e) => bestCover(v.content, e, 2) },
  { name: 'claims_missing', of: (v) => Math.min(v.claims, 3) / 3 },
];

export function viewOf(sentence: string, claims: number): SentenceView {
  const tokens = words(sentence);
  return { tokens, content: contentOf(tokens), claims };
}

function share<T>(items: readonly T[], ok: (item: T) => boolean): number {
  if (items.length === 0) return 1;
  let n = 0;
  for (const item of items) if (ok(item)) n++;
  return n / items.length;
}

function gramShare(tokens: readonly string[], n: number, evidence: Evidence): number {
  const grams: string[] = [];
  for (let i = 0; i + n <= tokens.length; i++) grams.push(tokens.slice(i, i + n).join(' '));
  return share(grams, (gram) => evidence.grams.has(gram));
}

function pairShare(content: readonly string[], evidence: Evidence): number {
  const pairs: [string, string][] = [];
  for (let i = 0; i < content.length; i++) {
    for (let j = i + 1; j < Math.min(content.length, i + pairWindow); j++) {
      const a = content[i];
      const b = content[j];
      if (a && b && a !== b) pairs.push([a, b]);
    }
  }
  return share(pairs, ([a, b]) => {
    const left = evidence.where.get(a);
    const right = evidence.where.get(b);
    return !!left && !!right && left.some((index) => right.includes(index));
  });
}

/** Share of the content words covered by the best `k` article sentences (greedy). */
function bestCover(content: readonly string[], evidence: Evidence, k: number): number {
  if (content.length === 0) return 1;
  const left = new Set(content);
  let covered = 0;
  for (let round = 0; round < k && left.size > 0; round++) {
    const hits = new Map<number, string[]>();
    for (const word of left) {
      for (const index of evidence.where.get(word) ?? []) {
        const list = hits.get(index);
        if (list) list.push(word);
        else hits.set(index, [word]);
      }
    }
    let best: string[] = [];
    for (const list of hits.values()) if (list.length > best.length) best = list;
    if (best.length === 0) break;
    for (const word of best) left.delete(word);
    covered += best.length;
  }
  return covered / new Set(content).size;
}
