// ROUGE-N and ROUGE-L F1 as the reference implementations compute them: lower-cased
// alphanumeric tokens, optional Porter stemming, and summary-level ROUGE-L (rougeLsum: the
// union LCS over reference and candidate sentences), as in Google's rouge-score.
import { porterStem } from './porter.js';

export interface RougeOptions {
  stem: boolean;
}

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
}

export function tokenize(text: string, options: RougeOptions): string[] {
  const tokens = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  // rouge-score only stems tokens longer than 3 characters.
  return options.stem ? tokens.map((t) => (t.length > 3 ? porterStem(t) : t)) : tokens;
}

function ngrams(tokens: readonly string[], n: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

function f1(overlap: number, candidate: number, reference: number): number {
  if (overlap === 0 || candidate === 0 || reference === 0) return 0;
  const p = overlap / candidate;
  const r = overlap / reference;
  return (2 * p * r) / (p + r);
}

export function rougeN(candidate: readonly string[], reference: readonly string[], n: number) {
  const c = ngrams(candidate, n);
  const r = ngrams(reference, n);
  let overlap = 0;
  for (const [key, count] of c) overlap += Math.min(count, r.get(key) ?? 0);
  return f1(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

function lcsTable(a: readonly string[], b: readonly string[]): Uint16Array[] {
  const table = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = 1; i <= a.length; i++) {
    const row = table[i] as Uint16Array;
    const prev = table[i - 1] as Uint16Array;
    for (let j = 1; j <= b.length; j++) {
      row[j] =
        a[i - 1] === b[j - 1] ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, row[j - 1] ?? 0);
    }
  }
  return table;
}

/** Indices of `ref` on one longest common subsequence with `cand`. */
function lcsIndices(ref: readonly string[], cand: readonly string[]): number[] {
  const table = lcsTable(ref, cand);
  const out: number[] = [];
  let i = ref.length;
  let j = cand.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === cand[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if ((table[i - 1]?.[j] ?? 0) >= (table[i]?.[j - 1] ?? 0)) i--;
    else j--;
  }
  return out;
}

/** Whole-sequence ROUGE-L. */
export function rougeL(candidate: readonly string[], reference: readonly string[]): number {
  const lcs = lcsTable(reference, candidate)[reference.length]?.[candidate.length] ?? 0;
  return f1(lcs, candidate.length, reference.length);
}

/** Summary-level ROUGE-L over sentence lists (rouge-score's rougeLsum). */
export function rougeLsum(candidate: readonly string[][], reference: readonly string[][]): number {
  const candCounts = new Map<string, number>();
  const refCounts = new Map<string, number>();
  for (const s of candidate) for (const t of s) candCounts.set(t, (candCounts.get(t) ?? 0) + 1);
  for (const s of reference) for (const t of s) refCounts.set(t, (refCounts.get(t) ?? 0) + 1);
  let hits = 0;
  for (const ref of reference) {
    const union = new Set<number>();
    for (const cand of candidate) for (const k of lcsIndices(ref, cand)) union.add(k);
    for (const k of [...union].sort((a, b) => a - b)) {
      const token = ref[k] as string;
      if ((candCounts.get(token) ?? 0) > 0 && (refCounts.get(token) ?? 0) > 0) {
        hits++;
        candCounts.set(token, (candCounts.get(token) ?? 0) - 1);
        refCounts.set(token, (refCounts.get(token) ?? 0) - 1);
      }
    }
  }
  const candLen = candidate.reduce((s, c) => s + c.length, 0);
  const refLen = reference.reduce((s, r) => s + r.length, 0);
  return f1(hits, candLen, refLen);
}
