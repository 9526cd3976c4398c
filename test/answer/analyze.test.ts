import { describe, expect, it } from 'vitest';
import { analyse, readTokens } from '../../src/answer/analyze.js';
import type { Article } from '../../src/index.js';
import { council, harbour, rail, russia } from './seed.js';

const seeds = [russia, council, harbour, rail];

describe('reading an article once for all its sentences', () => {
  it('gives each sentence the tokens, tags, keys and entities that reading it alone gives', () => {
    for (const article of seeds) {
      const analysed = analyse(article);
      expect(analysed.sentences.length).toBeGreaterThan(3);
      for (const sentence of analysed.sentences) {
        const alone = readTokens(sentence.text);
        expect(sentence.tokens).toEqual(alone.tokens);
        expect(sentence.entities).toEqual(alone.entities);
      }
    }
  });

  it('keeps token offsets inside their own sentence', () => {
    for (const article of seeds)
      for (const sentence of analyse(article).sentences)
        for (const token of sentence.tokens)
          expect(sentence.text.slice(token.start, token.end)).toBe(token.text);
  });

  it('leaves the line breaks between paragraphs out of every sentence', () => {
    const article: Article = {
      id: 'breaks',
      title: 'Ferry fares rise',
      text: 'Fares rose by 5% on Monday.\n\n \nThe operator blamed fuel costs.\r\n\r\nPassengers said so.',
      source: 'test',
    };
    const { sentences } = analyse(article);
    expect(sentences.map((s) => s.tokens.map((t) => t.text))).toEqual([
      ['Fares', 'rose', 'by', '5', '%', 'on', 'Monday', '.'],
      ['The', 'operator', 'blamed', 'fuel', 'costs', '.'],
      ['Passengers', 'said', 'so', '.'],
    ]);
    expect(sentences[0]?.entities.map((e) => e.type)).toContain('DATE');
    expect(sentences[1]?.entities).toEqual([]);
  });

  it('reads alone the sentences an entity would run across ("Jan." ending one, "1st" opening the next)', () => {
    const text = 'Talks ended on Jan.\n1st Avenue stayed closed.';
    const { sentences } = analyse({ id: 'across', title: 'Talks end', text, source: 'test' });
    expect(sentences.map((s) => s.text)).toEqual([
      'Talks ended on Jan.',
      '1st Avenue stayed closed.',
    ]);
    for (const sentence of sentences) {
      expect(sentence.entities).toEqual(readTokens(sentence.text).entities);
      expect(sentence.entities.length).toBe(1);
    }
  });

  it('keeps spaces wink-nlp skips, and the title, out of the sentence before them', () => {
    const text = '\n\nThe ferry sailed at 9am.\u2028 \u3000\n\nFares rose 5%.\u2009';
    const { sentences, titleKeys } = analyse({ id: 'odd', title: 'Ferry', text, source: 'test' });
    expect(sentences.map((s) => s.tokens.map((t) => t.text).join(' '))).toEqual([
      'The ferry sailed at 9am.',
      'Fares rose 5 % .',
    ]);
    expect([...titleKeys]).toEqual(['ferri']);
  });

  it('folds paraphrases and inflections onto one key, for retrieval and the title', () => {
    const { tokens } = readTokens('Russia inked a pact; China signed the treaty.');
    const key = (word: string) => tokens.find((t) => t.text === word)?.key;
    expect(key('inked')).toBe(key('signed'));
    expect(key('pact')).toBe(key('treaty'));
    expect(analyse(russia).titleKeys.has(key('signed') ?? '')).toBe(true);
  });
});
