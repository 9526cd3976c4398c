import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  discordLimits,
  embedLength,
  fitEmbed,
  trimText,
} from '../../../adapters/discord/limits.js';

const sentences = [
  'Russia and China have signed a friendship treaty.',
  'Officials stressed that the agreement is not a military alliance.',
  'The pact commits the former rivals to settle border disputes peacefully!',
  'Is this the start of a new era?',
];

describe('Discord limits', () => {
  it('leaves text that fits untouched', () => {
    expect(trimText('Short and sweet.', 100)).toBe('Short and sweet.');
  });

  it('cuts after the last whole sentence that fits', () => {
    const text = sentences.join(' ');
    const cut = trimText(text, 130);
    expect(cut).toBe(`${sentences[0]} ${sentences[1]}`);
  });

  it('cuts after a whole word with an ellipsis when no sentence ends near the limit', () => {
    const text = 'word '.repeat(100).trim();
    const cut = trimText(text, 42);
    expect(cut.length).toBeLessThanOrEqual(42);
    expect(cut).toMatch(/^(word )*word…$/);
  });

  it('never passes the limit and never ends mid-word', () => {
    const wordy = fc.array(fc.stringMatching(/^[A-Za-z]{1,12}[.!?,]?$/), { maxLength: 300 });
    fc.assert(
      fc.property(wordy, fc.integer({ min: 20, max: 600 }), (words, max) => {
        const text = words.join(' ');
        const cut = trimText(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        if (cut === text) return;
        const kept = cut.endsWith('…') ? cut.slice(0, -1) : cut;
        // What is kept is a run of whole words from the start of the text.
        expect(text.startsWith(kept)).toBe(true);
        expect(text.charAt(kept.length)).toMatch(/^\s$/);
      }),
    );
  });

  it('does not split an emoji when a single word has to be cut', () => {
    const cut = trimText('😀'.repeat(50), 11);
    expect(cut.length).toBeLessThanOrEqual(11);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('fits any embed within every per-piece limit and the 6,000 total', () => {
    const long = fc.string({ minLength: 0, maxLength: 5000 });
    const field = fc.record({ name: long, value: long });
    fc.assert(
      fc.property(
        long,
        long,
        fc.array(field, { maxLength: 40 }),
        long,
        (title, description, fields, footer) => {
          const fitted = fitEmbed({ title, description, fields, footer: { text: footer } });
          expect(fitted.title?.length ?? 0).toBeLessThanOrEqual(discordLimits.title);
          expect(fitted.description?.length ?? 0).toBeLessThanOrEqual(discordLimits.description);
          expect(fitted.fields?.length ?? 0).toBeLessThanOrEqual(discordLimits.fields);
          for (const f of fitted.fields ?? []) {
            expect(f.name.length).toBeLessThanOrEqual(discordLimits.fieldName);
            expect(f.value.length).toBeLessThanOrEqual(discordLimits.fieldValue);
            expect(f.name.trim() && f.value.trim()).toBeTruthy();
          }
          expect(embedLength(fitted)).toBeLessThanOrEqual(discordLimits.total);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('drops the last fields before shortening the description to meet the total', () => {
    const value = 'Moscow. '.repeat(120).trim();
    const fields = Array.from({ length: 10 }, (_, i) => ({ name: `Place ${i}`, value }));
    const description = 'The treaty was signed. '.repeat(170).trim();
    const fitted = fitEmbed({ title: 'Treaty', description, fields });
    expect(embedLength(fitted)).toBeLessThanOrEqual(discordLimits.total);
    expect(fitted.description).toBe(trimText(description, discordLimits.description));
    expect(fitted.fields?.[0]?.name).toBe('Place 0');
    expect(fitted.fields?.length).toBeLessThan(10);
  });
});
