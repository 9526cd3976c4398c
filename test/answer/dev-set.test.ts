import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/index.js';
import { devSet } from './seed.js';

// A floor under the news dev set, so a change that breaks answering in general fails here;
// the full figures come from `npm run eval:qa -- content/qa/news-dev.json`.
describe('news dev set', () => {
  const items = devSet();

  it('holds at least 150 questions of every kind, some unanswerable', () => {
    expect(items.length).toBeGreaterThanOrEqual(150);
    expect(items.filter((q) => q.impossible).length).toBeGreaterThanOrEqual(10);
    for (const kind of [
      /^who/i,
      /^when/i,
      /^where/i,
      /^why/i,
      /^which/i,
      /^how much/i,
      /^how many/i,
      /^how old/i,
      /^how long/i,
      /what year/i,
      /^(did|does|do|is|are|has|will)\b/i,
    ])
      expect(items.some((q) => kind.test(q.question))).toBe(true);
  });

  it('answers most answerable questions exactly and gives no answer to most unanswerable ones', () => {
    const norm = (s: string) => s.toLowerCase().replace(/\b(a|an|the)\b|[^\p{L}\p{N}]/gu, '');
    let right = 0;
    let abstained = 0;
    for (const q of items) {
      const answer = answerQuestion(q.question, [
        { id: q.title, title: q.title, text: q.context, source: 'dev' },
      ]);
      if (q.impossible) abstained += answer.kind === 'abstain' ? 1 : 0;
      else if (q.answers.some((gold) => norm(gold) === norm(answer.answer))) right++;
    }
    expect(right / items.filter((q) => !q.impossible).length).toBeGreaterThan(0.7);
    expect(abstained).toBeGreaterThanOrEqual(5);
  });
});
