import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/feeds/normalize.js';

// The fingerprint as first written: stored keys must keep matching, so the scanning version
// has to give the same hash for any text.
function reference(entry: { title: string; content: string }): string {
  const words = (text: string) =>
    text
      .replace(/<[^>]*>/g, ' ')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const text = [...words(entry.title), '|', ...words(entry.content).slice(0, 60)].join(' ');
  return createHash('sha1').update(text).digest('hex').slice(0, 20);
}

// Markup, entities, digits, accents and letters that lower-case to two code points.
const piece = fc.constantFrom(
  '<p>',
  '</p>',
  '<a href="x>y">',
  '<',
  '>',
  ' ',
  '\n',
  '&amp;',
  'İstanbul',
  'ÉTÉ',
  'ǅ',
  'straße',
  '2026',
  '٣',
  'word',
  'Mayor',
  ',',
  '—',
  '<br/>',
  'a<b',
  '🙂',
  'ΣΑΣ',
);
const text = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(''));

describe('story fingerprints', () => {
  it('hash the same words as ever, for any markup and any script', () => {
    fc.assert(
      fc.property(text, text, (title, content) => {
        expect(fingerprint({ title, content })).toBe(reference({ title, content }));
      }),
      { numRuns: 500 },
    );
  });

  it('read only the first sixty words of a long item', () => {
    const words = Array.from({ length: 200 }, (_, i) => `w${i}`);
    const long = { title: 'Harbour', content: `<p>${words.join(' ')}</p>` };
    const cut = { title: 'Harbour', content: words.slice(0, 60).join(' ') };
    expect(fingerprint(long)).toBe(fingerprint(cut));
    expect(fingerprint(long)).toBe(reference(long));
  });
});
