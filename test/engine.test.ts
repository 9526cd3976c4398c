import { setImmediate as tick } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { isAnalysed } from '../src/answer/analyze.js';
import { loadConfig } from '../src/config.js';
import { createEngine } from '../src/engine.js';

describe('the engine', () => {
  it('reads a briefed article ahead, so the first question about it is answered from the cache', async () => {
    const engine = createEngine({ config: loadConfig({}) });
    const { article, brief } = await engine.brief({
      kind: 'text',
      title: 'Harbour wall repairs approved',
      text: 'The council approved repairs to the harbour wall on Tuesday. The work will cost £2.4m and take two years. Engineers found cracks after the winter storms.',
    });
    expect(brief.headline).not.toBe('');
    await tick();
    expect(isAnalysed(article)).toBe(true);
    const answer = await engine.answer('How much will the work cost?', [article]);
    expect(answer.answer).toBe('£2.4m');
  });
});
