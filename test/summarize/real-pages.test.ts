import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Fetcher } from '../../src/article/fetch-types.js';
import { loadArticle } from '../../src/article/load.js';
import { splitSentences } from '../../src/nlp/sentences.js';
import { summarize } from '../../src/summarize/index.js';

// Five real pages of the article-extraction benchmark (Fox, Billboard, phys.org, space.com, BBC),
// copied from ../shared/data/article-extraction-open/pages: the examples of issue #13.
const dir = join(import.meta.dirname, '..', 'fixtures', 'pages');
const pages = readdirSync(dir).filter((name) => name.endsWith('.html.gz'));
const fetcher: Fetcher = { fetchText: () => Promise.reject(new Error('offline')) };

async function briefOf(name: string) {
  const html = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
  const article = await loadArticle({ kind: 'html', html, source: name }, { fetcher });
  return { article, brief: summarize(article) };
}

/** What a reader would call a caption, heading, list row, byline or promo, by its look. */
function looksLikeJunk(sentence: string): string | undefined {
  if (/\((image|photo|credit)\b|getty/i.test(sentence)) return 'caption credit';
  if (/^(an?|the) (artist's )?(illustration|image|photo)\b/i.test(sentence)) return 'caption';
  if (/^citation:|retrieved .* from https?:|subscribe|newsletter/i.test(sentence)) return 'promo';
  if (/\?$/.test(sentence) && !/["“”]/.test(sentence)) return 'sub-heading question';
  if (/^\d{1,2}\s+--\s/.test(sentence)) return 'tour-date row';
  const letters = sentence.replace(/[^A-Za-z]/g, '');
  if (letters.length > 10 && letters === letters.toUpperCase()) return 'all-caps promo';
  if (/^[A-Z][\w\s]{0,30}:\s[A-Z]/.test(sentence) && !/\bsaid:/.test(sentence)) return 'label';
  if (sentence.split(/\s+/).length < 6) return 'fragment';
  return undefined;
}

const pronoun = /^(he|she|it|its|they|their|his|her|them|this|these|those|but|and)\b/i;

describe('briefs of real pages', () => {
  it('has the five example pages', () => {
    expect(pages).toHaveLength(5);
  });

  for (const name of pages)
    it(`briefs ${name.slice(0, 8)} with a real lede and points that stand on their own`, async () => {
      const { article, brief } = await briefOf(name);
      expect(looksLikeJunk(brief.lede)).toBeUndefined();
      expect(brief.points.length).toBeGreaterThanOrEqual(3);
      for (const point of brief.points)
        expect([point, looksLikeJunk(point)]).toEqual([point, undefined]);
      // A point opening with "He" or "But" comes right after the sentence it leans on.
      const sentences = splitSentences(article.text).map((s) => s.text);
      const shown = [brief.lede, ...brief.points].join(' ');
      for (const point of brief.points.filter((p) => pronoun.test(p))) {
        const before = sentences[sentences.indexOf(point) - 1] ?? '';
        expect(before.length).toBeGreaterThan(0);
        expect(shown).toContain(before);
      }
      expect(new Set(brief.points).size).toBe(brief.points.length);
    });

  it('names no caption word, month or promo headline among the key facts', async () => {
    for (const name of pages) {
      const { brief } = await briefOf(name);
      const names = [...brief.facts.people, ...brief.facts.organisations, ...brief.facts.places];
      for (const value of names) {
        expect(value).not.toMatch(
          /^(GETTY|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/,
        );
        expect(value).not.toMatch(/^[A-Z]+( [A-Z]+){2,}$/);
      }
    }
  });
});
