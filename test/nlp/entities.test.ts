import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/nlp/entities.js';

describe('extractEntities', () => {
  it('finds people by their titles, without the titles', () => {
    const facts = extractEntities(
      'Chinese President Jiang Zemin met Russian President Vladimir Putin. "We agree," said the chief executive, Morag Ellis.',
    );
    expect(facts.people).toEqual(
      expect.arrayContaining(['Jiang Zemin', 'Vladimir Putin', 'Morag Ellis']),
    );
  });

  it('sorts organisations and places by the words around them', () => {
    const facts = extractEntities(
      'Northfield City Council met in Leeds. He flew to Minsk in Belarus with the Harbour Transport Authority.',
    );
    expect(facts.organisations).toEqual(
      expect.arrayContaining(['Northfield City Council', 'Harbour Transport Authority']),
    );
    expect(facts.places).toEqual(expect.arrayContaining(['Leeds', 'Minsk', 'Belarus']));
  });

  it('reads dates, money in several currencies and numbers', () => {
    const facts = extractEntities(
      'Trade was worth $3.8 billion in 1991, and the council cut £18 million on Tuesday, up 4.5%.',
    );
    expect(facts.money).toEqual(expect.arrayContaining(['$3.8 billion', '£18 million']));
    expect(facts.dates).toEqual(expect.arrayContaining(['1991', 'Tuesday']));
    expect(facts.numbers).toContain('4.5%');
  });

  it('names a person once, not again by surname', () => {
    const facts = extractEntities({
      text: 'Josef Stalin signed it. Later Stalin left.',
      context: 'Josef Stalin signed it. Later Stalin left.',
    });
    expect(facts.people).toEqual(['Josef Stalin']);
  });
});
