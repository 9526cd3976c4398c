import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/analyze.js';
import { candidatesOf } from '../../src/answer/candidates.js';
import { parseQuestion } from '../../src/answer/question.js';
import { retrieve } from '../../src/answer/retrieve.js';
import { baseFeatures, featureNames, featuresOf } from '../../src/answer/span-features.js';
import { spansOf } from './seed.js';

describe('candidate answers of a sentence', () => {
  it('offers the head of a noun phrase alone: "arm" of "a broken arm"', () => {
    expect(spansOf('Thomas Davis played the final with a broken arm.')).toContain('arm');
  });

  it('offers two phrases joined by "and" as one answer', () => {
    expect(spansOf('The network turned to comedies and family series after 1984.')).toContain(
      'comedies and family series',
    );
  });

  it('offers a final score and a predicative adjective', () => {
    expect(spansOf('Denver beat Carolina 24–10 to win the title.')).toContain('24–10');
    expect(spansOf('Critics saw the new party as conservative.')).toContain('conservative');
  });

  it('offers what someone did: a verb with the phrase it governs', () => {
    expect(spansOf('The clerk was paid to steal the invention.')).toContain('steal the invention');
  });
});

describe('the role a question asks about', () => {
  it('tells a doer question from a done-to question and a definition', () => {
    expect(parseQuestion('What caused the fire?').role).toBe('subject');
    expect(parseQuestion('What can hurt a teacher?').role).toBe('subject');
    expect(parseQuestion('What did Luther form in 1525?').role).toBe('object');
    expect(parseQuestion('What is the mlolongo system?').role).toBe('copula');
    expect(parseQuestion('In what borough is ABC based?').role).toBe('other');
  });

  it('gives the scorer every feature again in the slot of the question class', () => {
    const question = parseQuestion('Who signed the treaty?');
    const article = { id: 'treaty', title: '', text: 'Jiang Zemin signed the treaty.', source: '' };
    const [hit] = retrieve(question, [analyse(article)]);
    if (!hit) throw new Error('no hit');
    const name = candidatesOf(hit.sentence).find((c) => c.text === 'Jiang Zemin');
    if (!name) throw new Error('no candidate');
    const features = featuresOf(question, baseFeatures(question, hit, 0, hit.score, name) ?? []);
    expect(features).toHaveLength(featureNames.length);
    const width = featureNames.length / 8;
    const personSlot = featureNames.findIndex((n) => n.startsWith('person question:'));
    expect(features.slice(personSlot, personSlot + width)).toEqual(features.slice(0, width));
    expect(features.slice(width, personSlot).every((v) => v === 0)).toBe(true);
  });
});

describe('places', () => {
  it('offers a place with the region it lies in: "Shoreham, Long Island"', () => {
    expect(spansOf('The tower was built near Shoreham, Long Island, in 1901.')).toContain(
      'Shoreham, Long Island',
    );
  });
});
