import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/index.js';
import { suggestQuestion } from '../../src/answer/suggest.js';
import { createEngine, loadConfig } from '../../src/index.js';

const root = join(import.meta.dirname, '..', '..');

describe('the follow-up question a brief suggests', () => {
  it('is one the answerer answers from that article', async () => {
    const engine = createEngine({ config: loadConfig({}) });
    for (const name of [
      'russia-china-alliance',
      'council-budget-quotes',
      'harbour-ferry-short',
      'rail-strike-long',
    ]) {
      const path = `content/articles/${name}.txt`;
      const text = readFileSync(join(root, path), 'utf8');
      const { article, followUp } = await engine.brief(
        { kind: 'text', text, source: path },
        { followUp: true },
      );
      const question = suggestQuestion(article);
      expect(followUp).toBe(question);
      expect(question).toMatch(/^Who .+\?$/);
      const answer = answerQuestion(question ?? '', [article]);
      expect(answer.status).toBe('answered');
      expect(answer.evidence).toContain(answer.answer.split(' ')[0]);
    }
  });

  it('suggests nothing rather than a question it would decline', () => {
    const article = { id: 'x', title: 'Weather', text: 'It rained all day.', source: 'test' };
    expect(suggestQuestion(article)).toBeUndefined();
  });
});
