// Logistic regression by Newton's method (a few dozen features, thousands of rows: exact and
// fast), with an L2 penalty on the weights, not the bias.

export function fitLogistic(
  xs: readonly (readonly number[])[],
  ys: readonly number[],
  l2 = 1,
  rowWeights?: readonly number[],
): { bias: number; weights: number[] } {
  const d = (xs[0]?.length ?? 0) + 1;
  const w = new Array<number>(d).fill(0);
  for (let iter = 0; iter < 30; iter++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    xs.forEach((x, n) => {
      const row = [1, ...x];
      const p = sigmoid(row.reduce((a, v, j) => a + v * (w[j] ?? 0), 0));
      const weight = rowWeights?.[n] ?? 1;
      const err = weight * (p - (ys[n] ?? 0));
      const s = weight * p * (1 - p);
      for (let j = 0; j < d; j++) {
        const rj = row[j] ?? 0;
        if (rj === 0) continue;
        grad[j] = (grad[j] ?? 0) + err * rj;
        const h = hess[j] ?? [];
        for (let k = 0; k < d; k++) h[k] = (h[k] ?? 0) + s * rj * (row[k] ?? 0);
      }
    });
    for (let j = 1; j < d; j++) {
      grad[j] = (grad[j] ?? 0) + l2 * (w[j] ?? 0);
      const h = hess[j] ?? [];
      h[j] = (h[j] ?? 0) + l2;
    }
    (hess[0] ?? [])[0] = ((hess[0] ?? [])[0] ?? 0) + 1e-6;
    const step = solve(hess, grad);
    let size = 0;
    for (let j = 0; j < d; j++) {
      w[j] = (w[j] ?? 0) - (step[j] ?? 0);
      size = Math.max(size, Math.abs(step[j] ?? 0));
    }
    if (size < 1e-7) break;
  }
  return { bias: w[0] ?? 0, weights: w.slice(1) };
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Gaussian elimination with partial pivoting: a is d x d, b has d entries. */
function solve(a: number[][], b: number[]): number[] {
  const d = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let c = 0; c < d; c++) {
    let pivot = c;
    for (let r = c + 1; r < d; r++)
      if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[pivot]?.[c] ?? 0)) pivot = r;
    [m[c], m[pivot]] = [m[pivot] ?? [], m[c] ?? []];
    const top = m[c] ?? [];
    const p = top[c] || 1e-12;
    for (let r = 0; r < d; r++) {
      if (r === c) continue;
      const row = m[r] ?? [];
      const f = (row[c] ?? 0) / p;
      if (f === 0) continue;
      for (let k = c; k <= d; k++) row[k] = (row[k] ?? 0) - f * (top[k] ?? 0);
    }
  }
  return m.map((row, i) => (row[d] ?? 0) / (row[i] || 1e-12));
}
