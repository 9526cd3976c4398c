import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../adapters/console/parse-line.js';

describe('reading a console line', () => {
  it('splits a command from the text the shared parser reads', () => {
    expect(parseLine('/Brief url:https://example.com/a?b=c length:short')).toEqual({
      kind: 'command',
      name: 'brief',
      text: 'url:https://example.com/a?b=c length:short',
    });
    expect(parseLine('/help')).toEqual({ kind: 'command', name: 'help', text: '' });
  });

  it('treats a line without a slash as a question only when it reads like one', () => {
    expect(parseLine('Where was it signed?')).toEqual({
      kind: 'question',
      text: 'Where was it signed?',
    });
    expect(parseLine('how many troops were sent')).toMatchObject({ kind: 'question' });
    expect(parseLine('hello?')).toEqual({ kind: 'other', text: 'hello?' });
    expect(parseLine('thanks')).toMatchObject({ kind: 'other' });
  });

  it('skips blanks and comments', () => {
    expect(parseLine('   ')).toBeUndefined();
    expect(parseLine('# a comment in a script')).toBeUndefined();
  });
});
