import { createHash } from 'node:crypto';
import { NewsbriefError } from '../errors.js';
import { splitSentences } from '../nlp/sentences.js';
import { type CleanText, cleanText } from './clean.js';
import { splitLeadDateline } from './dateline.js';
import type { FetchedText, Fetcher } from './fetch-types.js';
import { extractHtml } from './html.js';
import { detectLanguage } from './lang.js';
import { storyWords } from './measure.js';
import { assertNotWalled, markupSaysLocked } from './paywall.js';
import { readPlainText } from './plain-text.js';
import type { Article, ArticleInput } from './types.js';

export interface LoadDeps {
  fetcher: Fetcher;
  /** Largest text or page accepted, in characters; 5,000,000 unless told. */
  maxChars?: number;
}

const defaultMaxChars = 5_000_000;

export async function loadArticle(input: ArticleInput, deps: LoadDeps): Promise<Article> {
  const maxChars = deps.maxChars ?? defaultMaxChars;
  if (input.kind === 'url') {
    const page = await deps.fetcher.fetchText(input.url, { accept: 'html' });
    return readFetchedPage(page, input.url, maxChars);
  }
  return readArticle(input, maxChars);
}

/** A page already fetched: extraction alone, which a worker thread can run. */
export function readFetchedPage(
  page: FetchedText,
  requested: string,
  maxChars = defaultMaxChars,
): Article {
  const url = page.url || requested;
  if (/^text\/plain/i.test(page.contentType))
    return fromText(page.body, { source: url, url }, maxChars);
  return fromHtml(page.body, { source: url, url }, maxChars);
}

/** Text or HTML in hand: extraction and cleaning, no network. */
export function readArticle(
  input: Exclude<ArticleInput, { kind: 'url' }>,
  maxChars = defaultMaxChars,
): Article {
  if (input.kind === 'html') {
    const source = input.source ?? input.url ?? 'html';
    return fromHtml(input.html, { source, ...(input.url ? { url: input.url } : {}) }, maxChars);
  }
  const source = input.source ?? 'text';
  // stdin and files may hold a whole page: read it as one.
  if (/^\s*(<!doctype html|<html[\s>])/i.test(input.text.slice(0, 1000)))
    return fromHtml(input.text, { source }, maxChars);
  return fromText(input.text, { source, ...(input.title ? { title: input.title } : {}) }, maxChars);
}

interface Origin {
  source: string;
  url?: string;
  title?: string;
}

function fromHtml(html: string, origin: Origin, maxChars: number): Article {
  checkRaw(html, maxChars);
  const page = extractHtml(html, origin.url);
  // The page's paragraphs are already the story's: only the dateline is set apart.
  const cleaned = { title: page.title, ...splitLeadDateline(page.text) };
  assertNotWalled(page.pageText, cleaned.text, markupSaysLocked(html));
  return finish(cleaned, origin, {
    ...(page.byline ? { byline: page.byline } : {}),
    ...(page.siteName ? { siteName: page.siteName } : {}),
    ...(page.publishedAt ? { publishedAt: page.publishedAt } : {}),
    lang: detectLanguage(cleaned.text, page.lang),
  });
}

function fromText(text: string, origin: Origin, maxChars: number): Article {
  checkRaw(text, maxChars);
  // Hard-wrapped lines and Markdown become the paragraphs they stand for.
  const plain = readPlainText(text);
  const cleaned = cleanText(plain.text, origin.title ?? plain.title);
  assertNotWalled(text, cleaned.text);
  return finish(cleaned, origin, { lang: detectLanguage(cleaned.text) });
}

function finish(cleaned: CleanText, origin: Origin, extra: Partial<Article>): Article {
  const sentences = splitSentences(cleaned.text).filter((s) => storyWords(s.text) >= 5);
  if (sentences.length === 0)
    throw new NewsbriefError(
      'not_an_article',
      'No story found there: nothing reads like an article.',
    );
  const first = sentences[0]?.text ?? '';
  // No headline on the page: the opening words of the story stand in for one.
  const opening = first.split(/\s+/);
  const title =
    cleaned.title || (opening.length <= 16 ? first : `${opening.slice(0, 12).join(' ')}…`);
  const id =
    origin.url ?? `sha1:${createHash('sha1').update(cleaned.text).digest('hex').slice(0, 16)}`;
  return {
    id,
    title,
    text: cleaned.text,
    source: origin.source,
    ...(origin.url ? { url: origin.url } : {}),
    ...extra,
    ...(cleaned.publishedAt && !extra.publishedAt ? { publishedAt: cleaned.publishedAt } : {}),
    ...(cleaned.dateline ? { dateline: cleaned.dateline } : {}),
  };
}

/** Refuses what cannot be a news article before spending time on it. */
function checkRaw(raw: string, maxChars: number): void {
  if (raw.trim() === '') throw new NewsbriefError('empty_input', 'There is no text to brief.');
  if (raw.length > maxChars)
    throw new NewsbriefError(
      'too_large',
      `That is too long to brief (${raw.length.toLocaleString('en')} characters; the limit is ${maxChars.toLocaleString('en')}).`,
    );
  const sample = raw.slice(0, 65_536);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) odd += 100;
    else if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) odd++;
  }
  if (odd > sample.length * 0.01)
    throw new NewsbriefError(
      'unsupported_content',
      'That looks like a binary file, not an article: send text, an HTML page or a link.',
    );
}
