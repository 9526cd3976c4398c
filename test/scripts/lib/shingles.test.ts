import { describe, expect, it } from 'vitest';
import { matchPage, scorePages } from '../../../scripts/lib/shingles.js';

describe('the article-extraction benchmark metric', () => {
  it('scores an exact copy 1, and half a story as full precision and half recall', () => {
    const truth = 'one two three four five six seven eight nine ten eleven';
    expect(scorePages([matchPage(truth, truth)])).toEqual({ precision: 1, recall: 1, f1: 1 });
    // 8 shingles in the truth; the first half of the words gives 3 of them and nothing else.
    const half = matchPage(truth, 'one two three four five six');
    expect(half).toEqual({ tp: 3 / 8, fp: 0, fn: 5 / 8 });
    const scores = scorePages([half]);
    expect(scores.precision).toBe(1);
    expect(scores.recall).toBeCloseTo(3 / 8);
  });

  it('leaves an empty answer out of precision but counts it as zero recall', () => {
    const pages = [matchPage('a b c d e', 'a b c d e'), matchPage('f g h i j', '')];
    expect(scorePages(pages)).toMatchObject({ precision: 1, recall: 0.5 });
  });

  it("splits words in any script as Python's \\w+ does, so a text under four words is one shingle", () => {
    expect(matchPage('東京 タワー', '東京 タワー')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(matchPage('Мы ждали — долго', 'мы ждали долго').tp).toBe(0);
  });
});
