import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { features } from '../../src/check/features.js';
import { checkSummary } from '../../src/check/index.js';
import { weights } from '../../src/check/weights.js';

const root = join(import.meta.dirname, '..', '..');
const article = readFileSync(join(root, 'content/articles/harbour-ferry-short.txt'), 'utf8');

describe('check', () => {
  it('supports a faithful summary and reports nothing against it', () => {
    const result = checkSummary(
      article,
      'The Kestrel Island ferry will resume its full timetable on Monday. Engineers replaced 40 metres of decking at a cost of £1.2 million.',
    );
    expect(result.support).toBeGreaterThan(0.7);
    expect(result.unsupported).toEqual([]);
  });

  it('names a changed number, a swapped name, a wrong date and an invented quote', () => {
    const changed = checkSummary(
      article,
      'Engineers replaced 55 metres of decking at a cost of £1.2 million.',
    );
    expect(changed.unsupported).toContain('55');
    const swapped = checkSummary(
      article,
      'The authority’s chief executive, Fiona Grant, thanked islanders.',
    );
    expect(swapped.unsupported.join(' ')).toContain('Fiona Grant');
    const date = checkSummary(article, 'The ferry will resume its full timetable on Thursday.');
    expect(date.unsupported).toContain('thursday');
    const quote = checkSummary(article, 'Morag Ellis said: "The pier will never be rebuilt."');
    expect(quote.unsupported.join(' ')).toContain('The pier will never be rebuilt');
  });

  it('scores a claim from another article low and reports the sentence', () => {
    const result = checkSummary(
      article,
      'Shares in the carmaker fell sharply after profits halved.',
    );
    expect(result.support).toBeLessThan(0.4);
    expect(result.unsupported).toEqual([
      'Shares in the carmaker fell sharply after profits halved.',
    ]);
  });

  it('reads tokenised lower-cased summaries sentence by sentence', () => {
    const result = checkSummary(
      article,
      'the kestrel island ferry will resume on monday . engineers replaced two mooring posts .',
    );
    expect(result.sentences).toHaveLength(2);
  });

  it('has a weight for every feature and no weight without one', () => {
    expect(Object.keys(weights.coefficients).sort()).toEqual(features.map((f) => f.name).sort());
  });
});
