import { describe, expect, it, vi } from 'vitest';
import { isAnalysed } from '../src/answer/analyze.js';
import { loadConfig } from '../src/config.js';
import { createEngine } from '../src/engine.js';
import { createEnginePool } from '../src/workers/pool.js';
import { inlineChars, maxArticleChars } from '../src/workers/tasks.js';

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

describe('the engine with worker threads', () => {
  const config = loadConfig({});
  // Fictional: the harbour story's sentences, numbered (repeated lines are cleaned away).
  const story = (items: number) =>
    Array.from(
      { length: items },
      (_, i) =>
        `Item ${i + 1}. The council approved repairs to the harbour wall on Tuesday. The work will cost £2.4m and take two years.`,
    ).join('\n\n');
  const long = story(300);

  it('briefs a large text on a worker and answers questions about it there', async () => {
    const pool = createEnginePool({ threads: 1 });
    try {
      const engine = createEngine({ config, pool });
      const { article, brief } = await engine.brief({ kind: 'text', title: 'Harbour', text: long });
      expect(article.text.length).toBeGreaterThan(inlineChars);
      expect(brief.facts.money.join(' ')).toMatch(/2\.4/);
      expect(pool.pending).toBe(0);
      const answer = await engine.answer('How much will the work cost?', [article]);
      expect(answer.answer).toBe('£2.4m');
    } finally {
      await pool.close({ force: true });
    }
  });

  it('refuses a page that takes longer than the time a task may run, saying why', async () => {
    const pool = createEnginePool({ threads: 1, timeoutMs: 1 });
    try {
      const engine = createEngine({ config, pool });
      await expect(engine.brief({ kind: 'text', text: long })).rejects.toMatchObject({
        code: 'too_large',
        message: expect.stringMatching(/takes too long to read/),
      });
    } finally {
      await pool.close({ force: true });
    }
  });

  it('refuses a story far longer than any article, with its size', async () => {
    const engine = createEngine({ config });
    const text = story(Math.ceil((maxArticleChars / long.length) * 300) + 100);
    await expect(engine.brief({ kind: 'text', text })).rejects.toMatchObject({
      code: 'too_large',
      message: expect.stringMatching(/holds about [\d,]+ words, more than a brief reads/),
    });
  });
});
