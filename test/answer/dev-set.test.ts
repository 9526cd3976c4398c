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

  it('answers most answerable questions right or quotes their sentence, and answers few unanswerable ones', () => {
    const norm = (s: string) => s.toLowerCase().replace(/\b(a|an|the)\b|[^\p{L}\p{N}]/gu, '');
    let helped = 0;
    let declined = 0;
    for (const q of items) {
      const answer = answerQuestion(q.question, [
        { id: q.title, title: q.title, text: q.context, source: 'dev' },
      ]);
      if (q.impossible) declined += answer.status === 'answered' ? 0 : 1;
      else if (answer.status === 'answered')
        helped += q.answers.some((gold) => norm(gold) === norm(answer.answer)) ? 1 : 0;
      else if (answer.status === 'unsure')
        helped += q.answers.some((gold) => norm(answer.evidence).includes(norm(gold))) ? 1 : 0;
    }
    const unanswerable = items.filter((q) => q.impossible).length;
    expect(helped / (items.length - unanswerable)).toBeGreaterThan(0.75);
    expect(declined / unanswerable).toBeGreaterThan(0.8);
  });
});
