// The article-extraction benchmark's own metric (scrapinghub/article-extraction-benchmark,
// evaluate.py): 4-word shingles over `\w+` tokens, per-page counts normalised to sum to 1 so long
// pages weigh no more than short ones, precision and recall averaged over pages, then F1.

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

// Python's `\w` with re.UNICODE: letters, digits and the underscore of any script.
const token = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(token) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function matchPage(truth: string, predicted: string): PageCounts {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function scorePages(pages: readonly PageCounts[]): Scores {
  const exact = (c: PageCounts) => c.fp === 0 && c.fn === 0;
  const precision = mean(
    pages.filter((c) => c.tp + c.fp > 0).map((c) => (exact(c) ? 1 : c.tp / (c.tp + c.fp))),
  );
  const recall = mean(
    pages.filter((c) => c.tp + c.fn > 0).map((c) => (exact(c) ? 1 : c.tp / (c.tp + c.fn))),
  );
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
