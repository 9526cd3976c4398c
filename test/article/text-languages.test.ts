// The texts here are fictional, written for these tests.
import { describe, expect, it } from 'vitest';
import type { Fetcher } from '../../src/article/fetch-types.js';
import { loadArticle } from '../../src/article/load.js';

const fetcher: Fetcher = { fetchText: () => Promise.reject(new Error('no network here')) };
const load = (text: string) => loadArticle({ kind: 'text', text }, { fetcher });

describe('reading pasted text in any language', () => {
  it('reads a Japanese story with its headline', async () => {
    const article = await load(
      '新しい橋が開通\n\n月曜日に新しい橋が開通しました。市長は式典で短い挨拶をしました。\n\n住民の多くが見物に訪れました。\n',
    );
    expect(article.title).toBe('新しい橋が開通');
    expect(article.text.split('\n\n')).toHaveLength(2);
    expect(article.lang).toBe('ja');
  });

  it('keeps sentences that start with a dash or a star, and a repeated line once', async () => {
    const article = await load(
      'Bridge opens\n\nThe bridge opened on Monday after ten years of work, the council said.\n\n— We waited ten years for this, said one resident at the opening.\n\n* Tolls will start in March, the council said on Monday in a statement.\n\nThe mayor cut the ribbon.\n\nThe mayor cut the ribbon.\n',
    );
    expect(article.text).toContain('— We waited ten years for this');
    // A starred line is a Markdown list item: kept as a paragraph, its marker read as such.
    expect(article.text).toContain('\n\nTolls will start in March, the council said');
    expect(article.text.split('The mayor cut the ribbon.')).toHaveLength(2);
  });
});
