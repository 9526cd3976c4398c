// Every page in this file is fictional, written for these tests; no outlet said any of it.
import { describe, expect, it } from 'vitest';
import type { Fetcher } from '../../src/article/fetch-types.js';
import { loadArticle } from '../../src/article/load.js';

const fetcher: Fetcher = { fetchText: () => Promise.reject(new Error('no network here')) };
const load = (html: string) => loadArticle({ kind: 'html', html }, { fetcher });
const page = (body: string, head = '', lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><title>Test page</title>${head}</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>${body}
<footer><p>© 2025 The Fictional Times. All rights reserved.</p></footer></body></html>`;
const filler = (topic: string, n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>The ${topic} committee met again on day ${i + 1} and heard from residents, engineers and the mayor, who each spoke for several minutes about costs.</p>`,
  ).join('\n');

describe('extracting the story of an HTML page', () => {
  it('keeps prose that starts with a dash, a star or a number, repeats, and a first paragraph with no full stop', async () => {
    const article = await load(
      page(`<article><h1>Bridge opens after a decade</h1>
<p>The bridge opened on Monday — and nobody came</p>
${filler('bridge', 3)}
<p>— We waited ten years for this, said one resident, who asked not to be named.</p>
<p>* Tolls will start in March, the council said in a statement on Monday.</p>
<p>1. The first car across was a taxi, according to the people who were there.</p>
<p>Yes.</p><p>Yes.</p></article>`),
    );
    for (const line of [
      'The bridge opened on Monday — and nobody came',
      '— We waited ten years',
      '* Tolls will start in March',
      '1. The first car across',
    ])
      expect(article.text).toContain(line);
    expect(article.text.match(/^Yes\.$/gm)).toHaveLength(2);
    expect(article.lang).toBe('en');
  });

  it('reads Japanese and Russian stories whole and tells their language', async () => {
    const japanese = await load(
      page(
        `<article><h1>新しい橋が開通</h1>${'<p>月曜日に新しい橋が開通しました。市長は式典で短い挨拶をしました。住民の多くが見物に訪れました。</p>'.repeat(4)}</article>`,
        '',
        'ja',
      ),
    );
    expect(japanese.text).toContain('月曜日に新しい橋が開通しました。');
    expect(japanese.text.split('\n\n')).toHaveLength(4);
    expect(japanese.lang).toBe('ja');
    const russian = await load(
      page(
        `<article><h1>Мост открыт</h1><p>В понедельник в городе открыли новый мост через реку, строительство которого заняло десять лет.</p>
<p>— Мы ждали этого очень долго, — сказал один из жителей, пришедших на открытие.</p>
<p>— А платить за проезд придётся? — спросила его соседка, стоявшая рядом.</p></article>`,
        '',
        '',
      ),
    );
    expect(russian.text).toContain('— Мы ждали этого очень долго');
    expect(russian.text).toContain('— А платить за проезд придётся?');
    expect(russian.lang).toBe('ru');
  });

  it('drops captions, credits, related links, promos, hover cards, newsletter and citation boilerplate', async () => {
    const article = await load(
      page(`<article><h1>Council votes on parks</h1>
<figure><img src="a.jpg"><figcaption>Residents at the park on Sunday</figcaption></figure>
<p>The council voted to spend more on parks (Image: GETTY )</p>
${filler('parks', 4)}
<p>The vote was led by <span class="hover-card">Jane Roe is a fictional councillor since 2019</span>Jane Roe, who said the money was overdue<span style="display: none">Tooltip: Jane Roe profile</span>.</p>
<ul class="related-stories"><li><a href="/a">Parks budget explained</a></li><li><a href="/b">Who is Jane Roe?</a></li></ul>
<p>EXCLUSIVE: SHOCKING PARK FOOTAGE REVEALED</p>
<p>Subscribe to our free daily newsletters to get stories like this in your inbox.</p>
<p>Citation: Council votes on parks (2025, May 5) retrieved 6 May 2025 from https://example.org/news/parks.html</p>
<p>Read more: How cities pay for parks</p></article>`),
    );
    expect(article.text).toContain('The vote was led by Jane Roe, who said');
    expect(article.text).not.toMatch(
      /GETTY|Residents at the park|Parks budget explained|SHOCKING|newsletter|Citation|Read more|fictional councillor|Tooltip/,
    );
  });

  it('drops a video box at the top of the story, so the lede is the story and not its caption', async () => {
    const article = await load(
      page(`<div class="article-body"><div class="featured-video"><div class="info"><div class="caption">
<h4><a href="/v/1">Storm season starts early</a></h4><p>Weather Desk: forecasters explain why the storm season starts early this year.</p></div></div></div>
${filler('storm', 5)}</div>`),
    );
    expect(article.text.startsWith('The storm committee met again on day 1')).toBe(true);
    expect(article.text).not.toContain('Weather Desk');
  });

  it('keeps a short story whose box has a furniture word in its name, on a page of long menus', async () => {
    const menu = Array.from(
      { length: 80 },
      (_, i) => `<li><a href="/s/${i}">Section number ${i}</a></li>`,
    ).join('');
    const story =
      '<p>The harbour ferry returns on Monday after three weeks of repairs to the pier.</p><p>Engineers replaced forty metres of decking, the authority said on Friday.</p>';
    const article = await load(
      `<html><body><nav><ul>${menu}</ul></nav><div class="story social-enabled">${story}</div><footer><ul>${menu}</ul></footer></body></html>`,
    );
    expect(article.text).toContain('The harbour ferry returns on Monday');
    expect(article.text).toContain('Engineers replaced forty metres');
  });

  it('reads lines broken by <br> as lines of their own', async () => {
    const article = await load(
      page(
        `<article>${filler('tour', 4)}<p>Tour dates:<br>June 9 -- Riverside Hall, Kestrel Island<br>June 10 -- Harbour Arena, Port Aldane</p></article>`,
      ),
    );
    expect(article.text).toContain('\n\nJune 9 -- Riverside Hall, Kestrel Island\n\nJune 10 --');
  });

  it("takes the publisher's JSON-LD body, headline and date when the layout shows only a part", async () => {
    const body = Array.from(
      { length: 8 },
      (_, i) =>
        `Paragraph ${i + 1} of the story says the harbour ferry will run four crossings a day.`,
    );
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Ferry returns to the harbour',
      datePublished: '2025-05-05T08:00:00Z',
      articleBody: body.join('\n'),
    });
    const article = await load(
      page(
        `<div class="story"><p>${body[0]}</p><p>${body[1]}</p></div>`,
        `<script type="application/ld+json">${ld}</script>`,
      ),
    );
    expect(article.text.split('\n\n')).toHaveLength(8);
    expect(article.publishedAt).toBe('2025-05-05T08:00:00Z');
  });

  it('reads a short complete post beside a cookie banner, and refuses a page that is only a wall', async () => {
    // 34 words: shorter than most stories, but a story.
    const post = Array.from(
      { length: 2 },
      (_, i) =>
        `Sentence ${i + 1} of a short post about the village fete, which raised money for the school roof.`,
    ).join(' ');
    const withBanner = await load(
      page(
        `<div class="cookie">We use cookies. Accept all cookies or manage your cookie settings.</div><article><p>${post}</p></article>`,
      ),
    );
    expect(withBanner.text).toBe(post);
    const wall = page(`<article><h1>Inside the race</h1><p>Labs are chasing the prize.</p>
<div><p>Subscribe to continue reading.</p><p>Already a subscriber? Sign in</p></div></article>`);
    await expect(load(wall)).rejects.toMatchObject({ code: 'paywalled' });
  });

  it('keeps a teaser that the page locks behind a paywall when the teaser is real text', async () => {
    const teaser = Array.from(
      { length: 4 },
      (_, i) =>
        `<p>Teaser paragraph ${i + 1} tells readers that the harbour ferry will return in spring with four crossings a day.</p>`,
    ).join('');
    const article = await load(
      page(
        `<article>${teaser}<p>Subscribe to continue reading.</p></article>`,
        '<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":"False"}</script>',
      ),
    );
    expect(article.text).toContain('Teaser paragraph 4');
    expect(article.text).not.toContain('Subscribe');
  });

  it('reads the whole container the page marks as its article body when Readability keeps a part', async () => {
    const part = (name: string, n: number) =>
      Array.from(
        { length: n },
        (_, i) =>
          `<p>${name} paragraph ${i + 1} says the harbour ferry will run four crossings a day, officials said.</p>`,
      ).join('');
    const article = await load(
      page(
        `<div itemprop="articleBody"><div><div><div>${part('First', 6)}</div></div></div><table><tr><td><div><div>${part('Second', 3)}</div></div></td></tr></table></div>`,
      ),
    );
    expect(article.text.split('\n\n')).toHaveLength(9);
    expect(article.text).toContain('Second paragraph 3');
  });

  it('finds the prose of a page where Readability finds no article', async () => {
    const article = await load(
      '<html><body><div>A short note: the harbour ferry returns in spring, running four crossings a day.</div></body></html>',
    );
    expect(article.text).toBe(
      'A short note: the harbour ferry returns in spring, running four crossings a day.',
    );
  });
});
