import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/sentences.js';

const word = fc.constantFrom(
  'The',
  'U.S.',
  'Mr.',
  'said',
  '$3.8',
  'billion',
  '"Yes,"',
  'No.',
  '10',
  'W.',
  'Bush',
  'it',
  'ran',
  'away.',
  'Why?',
  'Ok!',
  '...',
  '\n',
  '\n\n',
);

describe('splitSentences on arbitrary text', () => {
  it('returns trimmed, ordered, non-overlapping spans that are slices of the text', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), (words) => {
        const text = words.join(' ');
        let last = 0;
        let paragraph = 0;
        for (const s of splitSentences(text)) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text).toBe(s.text.trim());
          expect(s.text.length).toBeGreaterThan(0);
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.paragraph).toBeGreaterThanOrEqual(paragraph);
          last = s.end;
          paragraph = s.paragraph;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('loses no word of the text', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), (words) => {
        const text = words.join(' ');
        const joined = splitSentences(text)
          .map((s) => s.text)
          .join(' ');
        expect(joined.split(/\s+/).filter(Boolean)).toEqual(text.split(/\s+/).filter(Boolean));
      }),
      { numRuns: 300 },
    );
  });
});
