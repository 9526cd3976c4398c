import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Fetcher } from '../../src/article/fetch-types.js';
import { loadArticle } from '../../src/article/load.js';
import { summarize } from '../../src/summarize/index.js';

const fetcher: Fetcher = { fetchText: () => Promise.reject(new Error('offline')) };
const root = join(import.meta.dirname, '..', '..', 'content');
const samples = [
  ...readdirSync(join(root, 'articles'))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => join(root, 'articles', name)),
  ...readdirSync(join(root, 'feeds', 'articles')).map((name) =>
    join(root, 'feeds', 'articles', name),
  ),
];

/** Breaks every line longer than `width` at spaces, as a text editor's hard wrap does. */
function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && current.length + 1 + word.length > width) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}

async function brief(text: string) {
  const article = await loadArticle({ kind: 'text', text, source: 'sample' }, { fetcher });
  const { facts, ...rest } = summarize(article);
  return { ...rest, facts, text: article.text };
}

describe('hard-wrapped text', () => {
  for (const path of samples)
    for (const width of [72, 100])
      it(`briefs ${path.split('/').slice(-2).join('/')} wrapped at ${width} exactly as unwrapped`, async () => {
        const paragraphs = readFileSync(path, 'utf8');
        const wrapped = hardWrap(paragraphs, width);
        expect(wrapped).not.toBe(paragraphs);
        expect(await brief(wrapped)).toEqual(await brief(paragraphs));
      });

  it('starts the lede at the start of the story, not mid-sentence', async () => {
    const text = readFileSync(join(root, 'articles', 'harbour-ferry-short.txt'), 'utf8');
    const wrapped = await brief(hardWrap(text, 72));
    expect(wrapped.lede).toMatch(/^The Kestrel Island ferry will resume/);
    expect(wrapped.points.length).toBeGreaterThan(0);
  });
});
