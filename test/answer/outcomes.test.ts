import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/index.js';
import { type Article, createEngine, loadConfig } from '../../src/index.js';

const root = join(import.meta.dirname, '..', '..');
let seed: Article;

beforeAll(async () => {
  const engine = createEngine({ config: loadConfig({}) });
  const path = 'content/articles/russia-china-alliance.txt';
  ({ article: seed } = await engine.brief({
    kind: 'text',
    text: readFileSync(join(root, path), 'utf8'),
    source: path,
  }));
});

const ask = (question: string, articles?: Article[]) =>
  answerQuestion(question, articles ?? [seed]);

describe('three outcomes on the real seed', () => {
  it('names both leaders who signed, as the lede says', () => {
    const answer = ask('Who signed the friendship agreement?');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toBe('Jiang Zemin and Vladimir Putin');
    expect(answer.evidence).toContain('Jiang Zemin and his Russian counterpart Vladimir Putin');
  });

  it('answers a place question from the dateline when the sentence names no place', () => {
    const answer = ask('Where did the leaders sign the agreement?');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toBe('Moscow, Russia');
    expect(answer.evidence).toMatch(/^MOSCOW, Russia -- Chinese President Jiang Zemin/);
  });

  it('does not give a date the article never states for something it never mentions', () => {
    const answer = ask('When will the new treaty expire?');
    expect(answer.status).not.toBe('answered');
    expect(answer.answer).toBe('');
  });

  it('says the article does not say when it names no such person or figure', () => {
    for (const question of ['Who is China’s foreign minister?', 'How old is Jiang Zemin?']) {
      const answer = ask(question);
      expect(answer.status).toBe('not_found');
      expect(answer.answer).toBe('');
      expect(answer.reason).toMatch(/^The article doesn't say/);
    }
  });

  it('gives a confidence between 0 and 1 with every outcome', () => {
    for (const question of ['Who signed the friendship agreement?', 'Who won Wimbledon?']) {
      const { confidence } = ask(question);
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
  });
});
