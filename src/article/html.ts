// HTML pages: Mozilla's Readability (the Firefox reader view) finds the story; linkedom gives it
// a DOM at a fraction of jsdom's cost. Then what is page rather than story is pruned from that
// tree, the rest is read as paragraphs, and the page's own structured data fills the gaps.
import { createRequire } from 'node:module';
import { type Block, type NodeLike, readBlocks } from './blocks.js';
import { isBoilerplate } from './boilerplate.js';
import { chars, declaredContainers, declaredContainersOf } from './declared.js';
import { assertShallowMarkup } from './depth-guard.js';
import { storyWords } from './measure.js';
import { isWallLine } from './paywall.js';
import { type ElementLike, pruneStory } from './prune.js';
import { reconcileWithBody, splitBody } from './reconcile.js';
import { type PageFacts, readPageFacts } from './structured.js';

type Linkedom = typeof import('linkedom');
type ReadabilityModule = typeof import('@mozilla/readability');

// Loaded on the first page, not at start-up: plain text (the CLI's files, feed items, the
// batch) never needs them, and they cost ~100 ms to load.
const require = createRequire(import.meta.url);
let linkedom: Linkedom | undefined;
let readability: ReadabilityModule | undefined;
const parseHTML: Linkedom['parseHTML'] = (html, globals) => {
  linkedom ??= require('linkedom') as Linkedom;
  return linkedom.parseHTML(html, globals);
};
function readabilityClass(): ReadabilityModule['Readability'] {
  readability ??= require('@mozilla/readability') as ReadabilityModule;
  return readability.Readability;
}

export interface ExtractedPage {
  title: string;
  /** Story text, one paragraph a block, blank-line separated. */
  text: string;
  /** All visible text of the page, for telling a wall from a story. */
  pageText: string;
  byline?: string;
  siteName?: string;
  publishedAt?: string;
  /** The language the page declares ("en-US", "ja"), if any. */
  lang?: string;
}

type Document = ReturnType<typeof parseHTML>['document'];

export function extractHtml(html: string, url?: string): ExtractedPage {
  assertShallowMarkup(html, 'html');
  // linkedom builds no documentElement (so no body) for markup without an <html> root.
  const rooted = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(rooted);
  const facts = readPageFacts(document, document.documentElement?.getAttribute('lang'));
  for (const node of document.querySelectorAll('script, style, noscript, template, svg'))
    node.remove();
  const pageText = (document.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const headings = [
    document.querySelector('meta[property="og:title"]')?.getAttribute('content'),
    document.querySelector('h1')?.textContent,
    facts.headline,
  ].map((t) => t?.replace(/\s+/g, ' ').trim() ?? '');
  const metaTitle = headings.find(Boolean) ?? document.title;
  if (url) setBase(document, url);
  // Pruned before Readability too: it unwraps the nested boxes whose names say "caption".
  if (document.body) pruneStory(document.body as unknown as ElementLike, true);
  const declaredChars = Math.max(0, ...declaredContainers(document).map(chars));
  const Readability = readabilityClass();
  const parsed = new Readability(
    document as unknown as ConstructorParameters<typeof Readability>[0],
    {
      charThreshold: 200,
      keepClasses: true,
    },
  ).parse();
  const title = headline(parsed?.title || metaTitle || '', headings);
  const byline = parsed?.byline?.trim() || facts.author;
  const known = new Set([title, byline, ...headings].filter((t): t is string => Boolean(t)));
  const paragraphs = storyParagraphs(parsed?.content ?? '', known);
  // A declared container clearly larger than what Readability kept is read from a fresh copy.
  const containers =
    declaredChars > paragraphs.join(' ').length * 1.3
      ? declaredContainersOf(rooted).map((el) => readStory(el, known))
      : [];
  let story = reconcileWithBody(paragraphs, [...containers, splitBody(facts.articleBody)]);
  // Readability found nothing it trusts: the page's own prose blocks, furniture pruned, will do.
  if (story.length === 0) story = proseBlocks(rooted, known);
  const text = story.join('\n\n');
  return {
    title,
    text,
    pageText,
    ...(byline ? { byline } : {}),
    ...(parsed?.siteName ? { siteName: parsed.siteName.trim() } : {}),
    ...publishedOf(parsed?.publishedTime, facts),
    ...(facts.lang ? { lang: facts.lang } : {}),
  };
}

/** The headline, byline and other headings the page repeats at the top of its story. */
type Known = ReadonlySet<string>;

function storyParagraphs(content: string, known: Known): string[] {
  if (!content) return [];
  const body = parseHTML(`<html><body>${content}</body></html>`).document.body;
  return body ? readStory(body, known) : [];
}

function proseBlocks(html: string, known: Known): string[] {
  const { document } = parseHTML(html);
  for (const node of document.querySelectorAll('script, style, noscript, template, svg, header'))
    node.remove();
  if (!document.body) return [];
  return readStory(document.body, known).filter((p) => storyWords(p) >= 8);
}

function readStory(root: unknown, known: Known): string[] {
  pruneStory(root as ElementLike);
  const blocks: Block[] = readBlocks(root as NodeLike);
  const out: string[] = [];
  for (const [i, block] of blocks.entries()) {
    const text = block.text.replace(/\n/g, ' ');
    if (i < 3 && known.has(text)) continue;
    if (isBoilerplate(text) || isWallLine(text)) continue;
    // Lines broken by <br> (tour dates, an address, a list) are read one by one, not as one run.
    out.push(...block.text.split('\n'));
  }
  return out;
}

function publishedOf(readability: string | null | undefined, facts: PageFacts) {
  const value = readability || facts.published;
  return value ? { publishedAt: value } : {};
}

function setBase(document: Document, url: string): void {
  if (document.querySelector('base') || !document.head) return;
  const base = document.createElement('base');
  base.setAttribute('href', url);
  document.head.appendChild(base);
}

/** "Parks get more money - The Daily Planet" -> the page's own heading when it is inside. */
function headline(title: string, headings: readonly string[]): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  return headings.find((h) => storyWords(h) >= 3 && h !== clean && clean.includes(h)) ?? clean;
}
