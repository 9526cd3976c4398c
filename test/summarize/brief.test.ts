import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Fetcher } from '../../src/article/fetch-types.js';
import { loadArticle } from '../../src/article/load.js';
import { splitSentences } from '../../src/nlp/sentences.js';
import { countWords } from '../../src/nlp/tokens.js';
import { summarize } from '../../src/summarize/index.js';

const fetcher: Fetcher = { fetchText: () => Promise.reject(new Error('offline')) };
const seedPath = join(
  import.meta.dirname,
  '..',
  '..',
  'content',
  'articles',
  'russia-china-alliance.txt',
);

async function seed() {
  return loadArticle(
    { kind: 'text', text: readFileSync(seedPath, 'utf8'), source: seedPath },
    { fetcher },
  );
}

describe('summarize', () => {
  it('briefs the seed article with its headline, lede, points and key facts', async () => {
    const article = await seed();
    const brief = summarize(article);
    expect(brief.headline).toBe('Russia and China sign alliance');
    expect(brief.lede).toMatch(
      /^Chinese President Jiang Zemin and his Russian counterpart Vladimir Putin have signed/,
    );
    expect(brief.points.length).toBeGreaterThanOrEqual(3);
    expect(brief.points.length).toBeLessThanOrEqual(5);
    expect(brief.dateline).toBe('MOSCOW, Russia');
    expect(brief.source).toBe(seedPath);
    expect(brief.readingMinutes).toBeGreaterThanOrEqual(1);
    expect(brief.facts.people).toEqual(expect.arrayContaining(['Jiang Zemin', 'Vladimir Putin']));
    expect(brief.facts.places.join(' ')).toMatch(/Moscow/);
    expect(brief.facts.money).toContain('$3.8 billion');
    expect(brief.facts.dates).toContain('1991');
    const all = [brief.lede, ...brief.points, brief.summary].join('\n');
    expect(all).not.toMatch(
      /MB|AIFF|Back to the top|endorsed|Note: Pages|fiercely opposed|MOSCOW, Russia --/,
    );
  });

  it('uses only sentences of the article, the points never repeating the lede', async () => {
    const article = await seed();
    const brief = summarize(article);
    const sentences = new Set(splitSentences(article.text).map((s) => s.text));
    for (const point of brief.points) {
      expect(sentences.has(point)).toBe(true);
      expect(brief.lede).not.toContain(point);
    }
  });

  it('fills a word budget without exceeding it, and a sentence budget', async () => {
    const article = await seed();
    for (const maxWords of [20, 60, 120]) {
      const brief = summarize(article, { maxWords, maxSentences: 100 });
      const words = countWords(brief.summary);
      expect(words).toBeLessThanOrEqual(maxWords);
      expect(words).toBeGreaterThan(maxWords / 3);
    }
    const two = summarize(article, { maxSentences: 2 });
    expect(splitSentences(two.summary)).toHaveLength(2);
  });

  it('serialises facts in JSON like any other field', async () => {
    const brief = summarize(await seed());
    const json = JSON.parse(JSON.stringify(brief));
    expect(json.facts.money).toContain('$3.8 billion');
  });
});
