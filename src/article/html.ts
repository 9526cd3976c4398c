// HTML pages: Mozilla's Readability (the Firefox reader view) finds the story; linkedom gives it
// a DOM at a fraction of jsdom's cost. Captions and figures are dropped before reading text.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { assertShallowMarkup } from './depth-guard.js';

export interface ExtractedPage {
  title: string;
  /** Story text, one paragraph a block, blank-line separated. */
  text: string;
  /** All visible text of the page, for telling a wall from a story. */
  pageText: string;
  byline?: string;
  siteName?: string;
  publishedAt?: string;
}

const blocks = 'p, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd';

export function extractHtml(html: string, url?: string): ExtractedPage {
  assertShallowMarkup(html, 'html');
  // linkedom builds no documentElement (so no body) for markup without an <html> root.
  const rooted = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(rooted);
  for (const node of document.querySelectorAll('script, style, noscript, template, svg'))
    node.remove();
  const pageText = (document.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const headings = [
    document.querySelector('meta[property="og:title"]')?.getAttribute('content'),
    document.querySelector('h1')?.textContent,
  ].map((t) => t?.replace(/\s+/g, ' ').trim() ?? '');
  const metaTitle = headings.find(Boolean) ?? document.title;
  if (url) setBase(document, url);
  const parsed = new Readability(
    document as unknown as ConstructorParameters<typeof Readability>[0],
    {
      charThreshold: 200,
    },
  ).parse();
  const content = parsed?.content
    ? parseHTML(`<html><body>${parsed.content}</body></html>`)
    : undefined;
  const body = content?.document.body;
  for (const node of body?.querySelectorAll('figure, figcaption, aside, nav, footer') ?? [])
    node.remove();
  const paragraphs = [...(body?.querySelectorAll(blocks) ?? [])]
    .filter((node) => !node.querySelector(blocks))
    .map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const text = paragraphs.length
    ? paragraphs.join('\n\n')
    : (parsed?.textContent ?? '').replace(/\n\s*\n/g, '\n\n').trim();
  return {
    title: headline(parsed?.title || metaTitle || '', headings),
    text,
    pageText,
    ...(parsed?.byline ? { byline: parsed.byline.trim() } : {}),
    ...(parsed?.siteName ? { siteName: parsed.siteName.trim() } : {}),
    ...(parsed?.publishedTime ? { publishedAt: parsed.publishedTime } : {}),
  };
}

function setBase(document: ReturnType<typeof parseHTML>['document'], url: string): void {
  if (document.querySelector('base') || !document.head) return;
  const base = document.createElement('base');
  base.setAttribute('href', url);
  document.head.appendChild(base);
}

/** "Parks get more money - The Daily Planet" -> the page's own heading when it is inside. */
function headline(title: string, headings: readonly string[]): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  return headings.find((h) => h.length >= 10 && h !== clean && clean.includes(h)) ?? clean;
}
