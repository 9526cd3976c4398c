import { describe, expect, it } from 'vitest';
import { renderText } from '../../../adapters/console/render.js';

describe('console rendering', () => {
  it('draws an answer with its quoted evidence and the article it comes from', () => {
    const text = renderText({
      kind: 'answer',
      question: 'Who signed the treaty?',
      answer: {
        kind: 'answer',
        status: 'answered',
        answer: 'Jiang Zemin and Vladimir Putin',
        evidence: 'Jiang Zemin and Vladimir Putin have signed a new friendship agreement.',
        articleId: 'a',
        articleTitle: 'Russia and China sign alliance',
        confidence: 0.9,
      },
    });
    expect(text).toBe(
      [
        'Q: Who signed the treaty?',
        'A: Jiang Zemin and Vladimir Putin',
        '   “Jiang Zemin and Vladimir Putin have signed a new friendship agreement.”',
        '   — from “Russia and China sign alliance”',
      ].join('\n'),
    );
  });

  it('never lets an article send escape sequences to the terminal', () => {
    const text = renderText({
      kind: 'text',
      title: 'Story \u001b[2J\u001b]0;owned\u0007',
      text: 'Plain \u009b31m text',
    });
    const controls = [...text].filter((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      return code !== 10 && (code < 32 || (code >= 127 && code <= 159));
    });
    expect(controls).toEqual([]);
    expect(text).toContain('Story');
  });
});
