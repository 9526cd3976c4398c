import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeChatText, stripUnsafeCharacters, truncateText } from '../../src/text/safe-text.js';

describe('stripUnsafeCharacters', () => {
  it('removes controls, bidi overrides, BOMs and lone surrogates but keeps text, tabs, newlines and emoji', () => {
    const hostile = 'a\u0000b\u0007c\u202Ed\u2066e\uFEFFf\uD800g\u0085h\ti\nj 👩‍👩‍👧 é';
    expect(stripUnsafeCharacters(hostile)).toBe('abcdefgh\ti\nj 👩‍👩‍👧 é');
  });
});

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('truncateText', () => {
  it('leaves short text alone', () => {
    expect(truncateText('Short news.', 20)).toBe('Short news.');
  });

  it('cuts at a word and adds an ellipsis within the limit', () => {
    expect(truncateText('The council met on Tuesday to vote', 20)).toBe('The council met on…');
  });

  it('never splits an emoji or exceeds the limit, for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.integer({ min: 1, max: 120 }),
        (text, max) => {
          const cut = truncateText(text, max);
          expect(cut.length).toBeLessThanOrEqual(max);
          expect(cut).not.toMatch(loneSurrogate);
          if (text.length <= max) expect(cut).toBe(text);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('safeChatText', () => {
  it('cleans, collapses blank runs and bounds the length', () => {
    expect(safeChatText('  Hello\u202E \n\n\n\nworld  ', 100)).toBe('Hello\n\nworld');
    expect(safeChatText('x'.repeat(5_000), 2_000)).toHaveLength(2_000);
  });
});
