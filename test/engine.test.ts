import { describe, expect, it, vi } from 'vitest';
import { isAnalysed } from '../src/answer/analyze.js';
import { loadConfig } from '../src/config.js';
import { createEngine } from '../src/engine.js';

const harbour = {
  kind: 'text',
  title: 'Harbour wall repairs approved',
  text: 'The council approved repairs to the harbour wall on Tuesday. The work will cost £2.4m and take two years. Engineers found cracks after the winter storms.',
} as const;

describe('the engine', () => {
  it('reads a briefed article ahead, so the first question about it is answered from the cache', async () => {
    const engine = createEngine({ config: loadConfig({}) });
    const { article, brief } = await engine.brief(harbour);
    expect(brief.headline).not.toBe('');
    await vi.waitFor(() => expect(isAnalysed(article)).toBe(true));
    const answer = await engine.answer('How much will the work cost?', [article]);
    expect(answer.answer).toBe('£2.4m');
  });

  it('returns a brief with its key facts already read', async () => {
    const engine = createEngine({ config: loadConfig({}) });
    const { brief } = await engine.brief(harbour, { readAhead: false });
    const facts = Object.getOwnPropertyDescriptor(brief, 'facts');
    expect(facts && 'value' in facts).toBe(true);
    expect(brief.facts.dates).toContain('Tuesday');
  });

  it('briefs an article read before under what is known of it', async () => {
    const engine = createEngine({ config: loadConfig({}) });
    const { article } = await engine.brief(harbour, { readAhead: false });
    const again = await engine.brief(
      { kind: 'article', article },
      { length: 'short', known: { title: 'Harbour repairs', url: 'https://example.com/h' } },
    );
    expect(again.article.text).toBe(article.text);
    expect(again.brief.headline).toBe('Harbour repairs');
    expect(again.brief.url).toBe('https://example.com/h');
  });
});
