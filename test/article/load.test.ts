import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Fetcher } from '../../src/article/fetch-types.js';
import { loadArticle } from '../../src/article/load.js';

const articles = join(import.meta.dirname, '..', '..', 'content', 'articles');
const read = (name: string) => readFileSync(join(articles, name), 'utf8');
const fetcher: Fetcher = {
  fetchText: () => Promise.reject(new Error('no network in this test')),
};

describe('loadArticle on the scraped seed article', () => {
  it('finds the real headline, keeps the dateline as the place and drops every kind of noise', async () => {
    const article = await loadArticle(
      { kind: 'text', text: read('russia-china-alliance.txt'), source: 'seed' },
      { fetcher },
    );
    expect(article.title).toBe('Russia and China sign alliance');
    expect(article.dateline).toBe('MOSCOW, Russia');
    expect(
      article.text.startsWith('Chinese President Jiang Zemin and his Russian counterpart'),
    ).toBe(true);
    for (const noise of [
      'Skip to main content',
      'MAIN PAGE',
      '1.45 MB',
      'AIFF or WAV',
      'Plan sparks Europe fears',
      'Greenpeace',
      'Pages will open',
      'not endorsed',
      'Back to the top',
      'MOSCOW, Russia --',
    ])
      expect(article.text, noise).not.toContain(noise);
    const caption = 'are fiercely opposed to the U.S. defence plans';
    expect(article.text.split(caption).length - 1).toBeLessThanOrEqual(1);
  });
});

describe('loadArticle on other inputs', () => {
  it('extracts the story of an HTML page without its navigation, caption or footer', async () => {
    const article = await loadArticle(
      { kind: 'html', html: read('solar-farm-page.html'), source: 'page' },
      { fetcher },
    );
    expect(article.title).toBe("Europe's largest floating solar farm opens in Portugal");
    expect(article.text).toContain('Portugal switched on');
    expect(article.text).not.toMatch(/Privacy policy|All rights reserved|Panels float on/);
    expect(article.text).not.toContain('window.analytics');
  });

  it('reports a paywall page as such instead of summarising it', async () => {
    await expect(
      loadArticle({ kind: 'html', html: read('paywalled-page.html') }, { fetcher }),
    ).rejects.toMatchObject({ code: 'paywalled', message: expect.stringMatching(/paywall/) });
  });

  it('reports a cookie wall and a sign-in page in plain text', async () => {
    const cookie =
      'We use cookies to improve your experience.\n\nAccept all cookies or manage your cookie settings.';
    await expect(loadArticle({ kind: 'text', text: cookie }, { fetcher })).rejects.toMatchObject({
      code: 'paywalled',
    });
    const signIn = 'Please sign in to continue reading this article.';
    await expect(loadArticle({ kind: 'text', text: signIn }, { fetcher })).rejects.toMatchObject({
      code: 'paywalled',
    });
  });

  it('gives a clear error for empty, binary and huge input', async () => {
    await expect(loadArticle({ kind: 'text', text: ' \n ' }, { fetcher })).rejects.toMatchObject({
      code: 'empty_input',
    });
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2, 3]).toString(
      'latin1',
    );
    await expect(loadArticle({ kind: 'text', text: binary }, { fetcher })).rejects.toMatchObject({
      code: 'unsupported_content',
    });
    const huge = 'The council met again today. '.repeat(200_000);
    await expect(loadArticle({ kind: 'text', text: huge }, { fetcher })).rejects.toMatchObject({
      code: 'too_large',
    });
  });

  it('refuses text with no sentence in it', async () => {
    await expect(
      loadArticle({ kind: 'text', text: 'HOME\nNEWS\nSPORT' }, { fetcher }),
    ).rejects.toMatchObject({ code: 'not_an_article' });
  });
});
