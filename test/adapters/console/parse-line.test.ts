import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../adapters/console/parse-line.js';

describe('reading a console line', () => {
  it('reads name:value options like Discord', () => {
    expect(parseLine('/brief url:https://example.com/a?b=c length:short')).toEqual({
      name: 'brief',
      options: { url: 'https://example.com/a?b=c', length: 'short' },
    });
  });

  it('gives leading text to the first required option, else the first option', () => {
    expect(parseLine('/ask Who signed the agreement? url:content/articles/x.txt')).toEqual({
      name: 'ask',
      options: { question: 'Who signed the agreement?', url: 'content/articles/x.txt' },
    });
    expect(parseLine('/brief content/articles/x.txt')).toEqual({
      name: 'brief',
      options: { url: 'content/articles/x.txt' },
    });
  });

  it('keeps values with spaces and strips quotes', () => {
    expect(parseLine('/brief topic:"trade deal" length:long')?.options).toEqual({
      topic: 'trade deal',
      length: 'long',
    });
  });

  it('does not mistake a colon inside a value for an option', () => {
    expect(parseLine('/ask question:What time: noon or later?')?.options).toEqual({
      question: 'What time: noon or later?',
    });
  });

  it('treats a line without a slash as a question and skips blanks and comments', () => {
    expect(parseLine('Where was it signed?')).toEqual({
      name: 'ask',
      options: { question: 'Where was it signed?' },
    });
    expect(parseLine('   ')).toBeUndefined();
    expect(parseLine('# a comment in a script')).toBeUndefined();
  });

  it('passes unknown commands through for dispatch to answer', () => {
    expect(parseLine('/Frobnicate now')).toEqual({ name: 'frobnicate', options: {} });
  });
});
