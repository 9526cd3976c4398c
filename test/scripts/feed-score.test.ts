import { describe, expect, it } from 'vitest';
import { comparable, scoreFeed } from '../../scripts/lib/feed-score.js';

const expected = {
  version: 'rss20',
  bozo: false,
  title: 'T',
  items: [
    { title: 'Ben &amp; Jerry <b>open</b>', link: 'https://x.example/1' },
    { title: 'A long title that newsbrief cut', link: 'https://x.example/2' },
    { title: 'Missing one', link: 'https://x.example/3' },
    { title: '', link: '' },
  ],
};

describe('the feed reading score', () => {
  it('compares titles stripped of tags and entities', () => {
    expect(comparable(' Ben &amp; Jerry <b>open</b>\n')).toBe('ben & jerry open');
  });

  it('finds items by title or link, counts cut titles apart, and ignores empty items', () => {
    const score = scoreFeed('f.xml', expected, {
      id: 'f.xml',
      items: [
        { id: '1', title: 'Ben & Jerry open', link: 'https://x.example/1' },
        { id: '2', title: 'A long title…', link: 'https://x.example/2' },
        { id: '4', title: 'Extra \uFFFD', link: 'relative/4' },
      ],
    });
    expect(score).toMatchObject({ expected: 3, read: 3, found: 2, titled: 2, sameTitle: 1 });
    expect(score.cutTitle).toBe(1);
    expect([score.absoluteLinks, score.links]).toEqual([2, 3]);
    expect(score.replacement).toBe(1);
    expect(score.misses).toEqual(['missing: Missing one']);
  });
});
