import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/sentences.js';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps abbreviations, initials, money and decimals inside their sentence', () => {
    expect(
      texts(
        'U.S. President George W. Bush met Mr. Putin at No. 10 for 3.5 hours. They traded $3.8 billion. Dr. Smith agreed.',
      ),
    ).toEqual([
      'U.S. President George W. Bush met Mr. Putin at No. 10 for 3.5 hours.',
      'They traded $3.8 billion.',
      'Dr. Smith agreed.',
    ]);
  });

  it('ends a sentence after a dotted acronym when an ordinary opener follows', () => {
    expect(texts('He moved to the U.S. The move was planned.')).toEqual([
      'He moved to the U.S.',
      'The move was planned.',
    ]);
  });

  it('keeps closing quotes with their sentence and does not split inside a quotation', () => {
    expect(
      texts(
        '"It is a milestone," Putin said. "Closing it is wrong. It is sad," she said. Why? Ok...',
      ),
    ).toEqual([
      '"It is a milestone," Putin said.',
      '"Closing it is wrong. It is sad," she said.',
      'Why?',
      'Ok...',
    ]);
  });

  it('splits at an ellipsis only before a capital', () => {
    expect(texts('Wait... what? He paused... Then left.')).toEqual([
      'Wait... what?',
      'He paused...',
      'Then left.',
    ]);
  });

  it('reports offsets into the text and paragraph numbers', () => {
    const text = 'First one. Second one.\n\nThird one.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('treats a line without punctuation as its own unit but rejoins wrapped lines', () => {
    expect(texts('Video\nThis line is wrapped\nacross two lines. Done.')).toEqual([
      'Video',
      'This line is wrapped\nacross two lines.',
      'Done.',
    ]);
  });

  it('returns nothing for empty text', () => {
    expect(splitSentences('  \n\n ')).toEqual([]);
  });

  it('ends Chinese and Japanese sentences at their own full stops, which need no space', () => {
    // A made-up notice, not news.
    const text = '島のフェリーは月曜日に再開する。当局が「修理は終わった」と述べた。本当ですか？';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      '島のフェリーは月曜日に再開する。',
      '当局が「修理は終わった」と述べた。',
      '本当ですか？',
    ]);
  });
});
