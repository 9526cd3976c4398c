import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/index.js';
import { parseQuestion } from '../../src/answer/question.js';
import type { Article } from '../../src/article/types.js';
import { rail } from './seed.js';

const story = (id: string, title: string, text: string): Article => ({
  id,
  title,
  text,
  source: `test:${id}`,
});

const musical = story(
  'musical',
  "Capra's classic to become musical",
  "The classic film It's A Wonderful Life is to be turned into a musical. Frank Capra's 1946 movie starring James Stewart is being turned into a £7m musical by producer Jon Thoday. He is working with Steve Brown, who wrote the songs.",
);
const patches = story(
  'patches',
  'Microsoft warns of image flaw',
  'Microsoft has warned of a flaw in the way Windows handles image files. The company announces vulnerabilities in its software every month. An attacker could take control of unprotected machines through .png files, it said.',
);
const summit = story(
  'summit',
  'G20 ministers meet in Berlin',
  'Finance ministers of the G20 met in Berlin on Sunday. The G20 nations account for two thirds of the world population and most of its trade.',
);

describe('answer forms a reader expects', () => {
  it('answers "how much will it cost" from an amount the article never calls a cost', () => {
    const answer = answerQuestion('How much will the musical cost?', [musical]);
    expect(answer.kind).toBe('answer');
    expect(answer.answer).toBe('£7m');
    expect(musical.text).toContain(answer.evidence);
  });

  it('still abstains when the question names what the article never mentions', () => {
    const answer = answerQuestion('How much will the Broadway tour cost?', [musical]);
    expect(answer.kind).toBe('abstain');
    expect(answer.answer).toBe('');
  });

  it('quotes shares whole: "fewer than one in five", "two thirds"', () => {
    const services = answerQuestion('How many services will operators run on strike days?', [rail]);
    expect(services.answer).toBe('fewer than one in five');
    const share = answerQuestion(
      "What share of the world's population do the G20 nations account for?",
      [summit],
    );
    expect(share.answer).toBe('two thirds');
  });

  it('answers "how often" with the frequency, "every month"', () => {
    const answer = answerQuestion(
      'How often does Microsoft announce vulnerabilities in its software?',
      [patches],
    );
    expect(answer.answer).toBe('every month');
  });

  it('reads "what injury" and "what type of power" as asking for a phrase headed by that noun', () => {
    expect(parseQuestion('What type of power was shown at the fair?').focus).toEqual(
      parseQuestion('Which power was shown at the fair?').focus,
    );
    const injury = story(
      'hansen',
      'Hansen out of indoor season',
      'British triple jumper Ashia Hansen will miss the indoor season. Hansen is still recovering from a bad knee injury after a long indoor season.',
    );
    const answer = answerQuestion('What injury is Hansen recovering from?', [injury]);
    expect(answer.answer).toBe('bad knee injury');
  });
});
