import { describe, expect, it } from 'vitest';
import { readPlainText } from '../../src/article/plain-text.js';

// A fictional story written for this test.
const markdown = `# Ferry returns to Kestrel Island

The island ferry will resume its full timetable on Monday, three weeks after a
storm damaged the pier, the [harbour authority](https://example.com/authority)
said on Friday.

## What changes for passengers

Passengers will find:

- twelve crossings a day instead of four
- a new waiting room at the pier

![The repaired pier](https://example.com/pier.jpg)

Engineers replaced 40 metres of decking at a cost of **£1.2 million**, the
authority said.
`;

describe('readPlainText', () => {
  it('joins hard-wrapped lines into the paragraphs they stand for', () => {
    const { text } = readPlainText(markdown);
    expect(text).toContain(
      'The island ferry will resume its full timetable on Monday, three weeks after a storm damaged the pier, the harbour authority said on Friday.',
    );
    expect(text).toContain(
      'Engineers replaced 40 metres of decking at a cost of £1.2 million, the authority said.',
    );
  });

  it('takes the first heading as the title and drops the other headings', () => {
    const { title, text } = readPlainText(markdown);
    expect(title).toBe('Ferry returns to Kestrel Island');
    expect(text).not.toContain('What changes for passengers');
    expect(text).not.toContain('#');
  });

  it('keeps each list item a paragraph of its own, without its marker', () => {
    const paragraphs = readPlainText(markdown).text.split('\n\n');
    expect(paragraphs).toContain('twelve crossings a day instead of four');
    expect(paragraphs).toContain('a new waiting room at the pier');
  });

  it('keeps the words of links and drops images', () => {
    const { text } = readPlainText(markdown);
    expect(text).not.toMatch(/https?:|\]\(|!\[/);
    expect(text).not.toContain('The repaired pier');
  });

  it('does not read a wrapped line that starts with a year as a numbered list', () => {
    const wrapped =
      'The company was founded in a small garage in the north of the city in\n1990. It now employs more than four thousand people across the region and\nabroad, the chief executive said in a statement on Tuesday morning.\n';
    const { text } = readPlainText(wrapped);
    expect(text.split('\n')).toHaveLength(1);
    expect(text).toContain('in 1990. It now employs');
  });

  it('leaves text that was never wrapped line for line', () => {
    const text = 'Headline of the story\n\nA first paragraph that is one line.\nA second line.';
    expect(readPlainText(text).text).toBe(text);
  });
});
