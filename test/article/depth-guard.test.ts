import { describe, expect, it } from 'vitest';
import { assertShallowMarkup, markupDepth, maxMarkupDepth } from '../../src/article/depth-guard.js';
import { loadConfig } from '../../src/config.js';
import { createEngine } from '../../src/engine.js';
import { NewsbriefError } from '../../src/errors.js';
import { parseFeedText } from '../../src/feeds/parse.js';
import { serve } from '../net/serve.js';

const story = `<p>${'A fictional council approved the harbour repairs on Tuesday. '.repeat(12)}</p>`;
const nested = (depth: number, tag = 'div') =>
  `<html><body>${story}${`<${tag}>`.repeat(depth)}deep${`</${tag}>`.repeat(depth)}</body></html>`;

async function failure(work: Promise<unknown>): Promise<NewsbriefError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(NewsbriefError);
  return error as NewsbriefError;
}

describe('the markup depth pre-scan', () => {
  it('counts nesting as the HTML parser builds it: void elements, implied ends, comments and scripts add nothing', () => {
    expect(markupDepth(nested(40), 'html')).toBe(42);
    expect(markupDepth(`<body>${'<p>one<br><img src=x>'.repeat(5_000)}</body>`, 'html')).toBe(2);
    expect(markupDepth(`<ul>${'<li>item'.repeat(5_000)}</ul>`, 'html')).toBe(2);
    expect(markupDepth(`<!-- ${'<div>'.repeat(5_000)} --><p>x</p>`, 'html')).toBe(1);
    expect(markupDepth(`<script>${'"<div>"+'.repeat(5_000)}</SCRIPT><p>x</p>`, 'html')).toBe(1);
  });

  it('counts nesting that only alternates elements with optional end tags', () => {
    expect(markupDepth('<li><p>'.repeat(1_000), 'html')).toBeGreaterThan(maxMarkupDepth);
    expect(markupDepth('<div/>'.repeat(1_000), 'html')).toBeGreaterThan(maxMarkupDepth);
  });

  it('lets XML close its own empty elements', () => {
    expect(markupDepth(`<rss><channel>${'<item/>'.repeat(5_000)}</channel></rss>`, 'xml')).toBe(2);
    expect(markupDepth(`<rss>${'<a>'.repeat(1_000)}`, 'xml')).toBeGreaterThan(maxMarkupDepth);
  });

  it('reads a 100,000-deep page in well under a second', () => {
    const started = performance.now();
    expect(() => assertShallowMarkup('<div>'.repeat(100_000), 'html')).toThrow(/levels deep/);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('briefing and polling refuse nesting bombs', () => {
  it('refuses a 100,000-deep page fetched over HTTP with a clear message, within 10 s', async () => {
    const bomb = nested(100_000);
    const server = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(bomb);
    });
    try {
      const engine = createEngine({
        config: loadConfig({ NEWSBRIEF_ALLOW_PRIVATE_URLS: 'true' }),
      });
      const started = performance.now();
      const error = await failure(engine.brief({ kind: 'url', url: `${server.origin}/bomb` }));
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(error.code).toBe('too_large');
      expect(error.message).toMatch(/nests its markup more than 256 levels deep/);
    } finally {
      await server.close();
    }
  });

  it('still briefs the same story nested as deep as real pages go', async () => {
    const engine = createEngine({ config: loadConfig({}) });
    const { brief } = await engine.brief({ kind: 'html', html: nested(60), source: 'fictional' });
    expect(brief.lede).toContain('harbour repairs');
  });

  it('refuses a feed whose XML nests 100,000 deep, saying so', () => {
    const feed = `<?xml version="1.0"?><rss><channel><title>Fictional</title><item><title>x</title>${'<b>'.repeat(100_000)}</item></channel></rss>`;
    expect(() => parseFeedText(feed)).toThrow(/feed nests its markup more than 256 levels deep/);
  });
});
