import { describe, expect, it } from 'vitest';
import type { Fetcher } from '../../src/article/fetch-types.js';
import { loadArticle } from '../../src/article/load.js';

const story = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>The city council will spend more on parks over the next ${i + 2} years, officials said on Monday, in plan number ${i + 1}.</p>`,
).join('\n');
const page = `<html><head><title>Parks get more money - The Daily Planet</title></head><body>
<div id="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies or manage your cookie settings.</p></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article><h1>Parks get more money</h1>${story}</article>
<div class="newsletter"><p>Sign up for our newsletter to get the news first.</p></div>
<footer>Copyright 2025 The Daily Planet</footer></body></html>`;

describe('loadArticle on pages it has never seen', () => {
  it('briefs a story that carries a cookie banner, dropping the banner and the site name', async () => {
    const article = await loadArticle({ kind: 'html', html: page }, { fetcher: offline });
    expect(article.title).toBe('Parks get more money');
    expect(article.text).toContain('The city council will spend more on parks');
    expect(article.text).not.toMatch(/cookie|newsletter|Copyright|Home/);
  });

  it('fetches a URL through the injected fetcher and keeps the final URL as the source', async () => {
    const fetcher: Fetcher = {
      fetchText: async (url) => ({
        url: `${url}?final`,
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: {},
        body: page,
      }),
    };
    const article = await loadArticle({ kind: 'url', url: 'http://127.0.0.1/parks' }, { fetcher });
    expect(article.url).toBe('http://127.0.0.1/parks?final');
    expect(article.source).toBe(article.url);
    expect(article.id).toBe(article.url);
  });

  it('reads a Markdown story and a plain one-paragraph-a-line story', async () => {
    const md = await loadArticle(
      {
        kind: 'text',
        text: '# Storm hits coast\n\n*By Jane Doe*\n\nA powerful storm hit the coast on Sunday, cutting power to 20,000 homes.\n\nCrews worked through the night, the utility said.',
      },
      { fetcher: offline },
    );
    expect(md.title).toBe('Storm hits coast');
    expect(md.text.startsWith('A powerful storm hit the coast')).toBe(true);
    const lines = await loadArticle(
      {
        kind: 'text',
        text: 'Council approves park budget\nThe council approved a budget for parks on Monday after a long debate.\nCritics said the money should go to roads instead.',
      },
      { fetcher: offline },
    );
    expect(lines.title).toBe('Council approves park budget');
    expect(lines.text.split('\n\n')).toHaveLength(2);
  });

  it('takes a wire credit such as "(CNN)" as a dateline', async () => {
    const article = await loadArticle(
      {
        kind: 'text',
        text: 'Boston (CNN)Jurors found the defendant guilty on Wednesday of all 30 counts he faced.\n\nSentencing comes next month.',
      },
      { fetcher: offline },
    );
    expect(article.dateline).toBe('Boston');
    expect(article.text.startsWith('Jurors found')).toBe(true);
  });
});

const offline: Fetcher = { fetchText: () => Promise.reject(new Error('offline')) };
