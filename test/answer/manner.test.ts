import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/index.js';
import { parseQuestion } from '../../src/answer/question.js';
import { spansOf } from './seed.js';

const robbery = {
  id: 'robbery',
  title: 'Thieves tunnel into Leeds bank',
  source: 'test',
  text: [
    'Thieves broke into a bank in Leeds over the weekend and emptied 40 safe deposit boxes.',
    'Police said the gang entered the vault through a tunnel dug from an empty shop next door.',
    'Detectives believe the tunnel took several months to dig.',
    'The bank said customers would be contacted individually.',
  ].join(' '),
};

describe('questions about manner', () => {
  it('reads "how" without a quantity as a question about manner, not a number or a reason', () => {
    expect(parseQuestion('How do chloroplasts reproduce?').expect).toBe('manner');
    expect(parseQuestion('How did the gang get into the vault?').expect).toBe('manner');
    expect(parseQuestion('How many boxes were emptied?').expect).toBe('count');
    expect(parseQuestion('Why did the gang dig a tunnel?').expect).toBe('reason');
  });

  it('offers adverbs, the means after "through" or "by", and what was done', () => {
    const spans = spansOf('The leaders of Bukhara quickly opened the gates.');
    expect(spans).toContain('quickly');
    expect(spans).toContain('opened the gates');
    expect(spansOf('The gang entered the vault through a tunnel.')).toContain('a tunnel');
    expect(spansOf('Replication is observed by electron microscopy.')).toContain(
      'by electron microscopy',
    );
  });

  it('answers how something was done with the means the article names', () => {
    const answer = answerQuestion('How did the gang enter the vault?', [robbery]);
    expect(answer.answer).toMatch(/tunnel/);
    expect(answer.evidence).toBe(
      'Police said the gang entered the vault through a tunnel dug from an empty shop next door.',
    );
  });
});
