import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { nameTag, tagLists } from '../../src/nlp/gazetteer.js';
import { lexiconTags } from '../../src/nlp/lexicon-data.js';

describe('nameTag', () => {
  it('is the lexicon shipped from the installed compromise (regenerate after an upgrade)', () => {
    const nlp = createRequire(import.meta.url)('compromise/two') as {
      model(): { one: { lexicon: Record<string, string | string[]> } };
    };
    expect(tagLists(nlp.model().one.lexicon)).toEqual(lexiconTags);
  });

  it('knows first names, places, organisations, nationalities and months', () => {
    expect(nameTag('Kylie')).toBe('first');
    expect(nameTag('Hong Kong')).toBe('place');
    expect(nameTag('London')).toBe('place');
    expect(nameTag('Sony')).toBe('organisation');
    expect(nameTag('Chinese')).toBe('demonym');
    expect(nameTag('October')).toBe('date');
  });

  it('reads initials as a country only when written as initials', () => {
    expect(nameTag('US')).toBe('place');
    expect(nameTag('U.S.')).toBe('place');
    expect(nameTag('UAE')).toBe('place');
    expect(nameTag('us')).not.toBe('place');
  });
});
