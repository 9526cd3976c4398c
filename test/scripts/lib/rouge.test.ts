import { describe, expect, it } from 'vitest';
import { rougeL, rougeLsum, rougeN, tokenize } from '../../../scripts/lib/rouge.js';

describe('the ROUGE scorer', () => {
  it("matches rouge-score's documented example", () => {
    // github.com/google-research/google-research/tree/master/rouge: rouge1 F 0.7059, rougeL F 0.5882
    const reference = tokenize('The quick brown fox jumps over the lazy dog', { stem: true });
    const candidate = tokenize('The quick brown dog jumps on the log.', { stem: true });
    expect(rougeN(candidate, reference, 1)).toBeCloseTo(0.7059, 4);
    expect(rougeL(candidate, reference)).toBeCloseTo(0.5882, 4);
  });

  it('scores summary-level ROUGE-L over sentences, at least the sequence-level figure', () => {
    const t = (s: string) => tokenize(s, { stem: false });
    const reference = [t('the cat sat on the mat'), t('the dog barked')];
    const candidate = [t('the dog barked loudly'), t('a cat sat on a mat')];
    const flat = (xs: string[][]) => xs.flat();
    expect(rougeLsum(candidate, reference)).toBeGreaterThan(
      rougeL(flat(candidate), flat(reference)),
    );
    expect(rougeLsum(reference, reference)).toBe(1);
  });

  it('stems with Porter only when asked, and lower-cases to alphanumeric tokens', () => {
    expect(tokenize("Running, runners' RUNS!", { stem: false })).toEqual([
      'running',
      'runners',
      'runs',
    ]);
    expect(tokenize('Running runs', { stem: true })).toEqual(['run', 'run']);
  });
});
