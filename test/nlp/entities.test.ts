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

  it('names a dateline place once, not again by its parts', () => {
    const facts = extractEntities({
      text: 'Officials in Moscow met envoys from China. Russia said talks went well.',
      knownPlaces: ['Moscow, Russia'],
    });
    expect(facts.places).toEqual(['Moscow, Russia', 'China']);
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

  // The sentences below are made up for these tests; they report nothing real.
  it('strips titles and roles from names, also written in lower case', () => {
    const facts = extractEntities(
      'Defender Hassan Abbas scored twice. Chargers coach Anthony Lynn said the team was tired. Deputy Director of Public Prosecution Eva-Marie Persson took the decision.',
    );
    expect(facts.people).toEqual(
      expect.arrayContaining(['Hassan Abbas', 'Anthony Lynn', 'Eva-Marie Persson']),
    );
    expect(facts.people.join(' ')).not.toMatch(/Defender|coach|Director|Public/);
  });

  it('never files a company, an event, a month or a nationality under people or places', () => {
    const facts = extractEntities({
      text: 'Emirates Airline ordered jets at the Dubai Air Show in October. Supporters of Assange protested in London. Chinese investors were told the shares traded in Hong Kong.',
      context:
        'Emirates Airline ordered jets. Julian Assange was arrested. Supporters of Assange protested.',
    });
    expect(facts.organisations).toContain('Emirates Airline');
    const named = [...facts.people, ...facts.places];
    for (const wrong of ['Emirates Airline', 'Dubai Air Show', 'October', 'Assange', 'Chinese'])
      expect(named).not.toContain(wrong);
    expect(facts.places).toEqual(expect.arrayContaining(['London', 'Hong Kong']));
  });

  it('reads country initials as places and other initials as organisations only when used again', () => {
    const facts = extractEntities({
      text: 'The US and the UK backed the plan, the FAO said in 1100 AD. GETTY',
      context: 'The Food and Agriculture Organisation (FAO) said so. The FAO repeated it.',
    });
    expect(facts.places).toEqual(expect.arrayContaining(['US', 'UK']));
    expect(facts.organisations).toEqual(['FAO']);
  });

  it('reads first names from the lexicon, and a caption run as the names it holds', () => {
    const facts = extractEntities(
      'Kylie Jenner still works with the brand. James Rodriguez will play alongside club team-mate Isco Gareth Bale on Sunday.',
    );
    expect(facts.people).toEqual(expect.arrayContaining(['Kylie Jenner', 'Gareth Bale']));
    expect(facts.people).not.toContain('Isco Gareth Bale');
  });
});
