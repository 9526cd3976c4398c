// PLACEHOLDER (to be replaced by the extraction/cleaning work of issue 2).
import { createHash } from 'node:crypto';
import { NewsbriefError } from '../errors.js';
import type { Fetcher } from './fetch-types.js';
import type { Article, ArticleInput } from './types.js';

export interface LoadDeps {
  fetcher: Fetcher;
}

export async function loadArticle(input: ArticleInput, deps: LoadDeps): Promise<Article> {
  if (input.kind === 'url') {
    const page = await deps.fetcher.fetchText(input.url, { accept: 'html' });
    return fromText(page.body.replace(/<[^>]+>/g, ' '), input.url, page.url);
  }
  if (input.kind === 'html')
    return fromText(
      input.html.replace(/<[^>]+>/g, ' '),
      input.source ?? input.url ?? 'html',
      input.url,
    );
  return fromText(input.text, input.source ?? 'text', undefined, input.title);
}

function fromText(text: string, source: string, url?: string, title?: string): Article {
  const trimmed = text.trim();
  if (!trimmed) throw new NewsbriefError('empty_input', 'There is no text to brief.');
  const id = url ?? `sha1:${createHash('sha1').update(trimmed).digest('hex').slice(0, 16)}`;
  const firstLine = trimmed.split('\n')[0] ?? '';
  return {
    id,
    title: title ?? firstLine.slice(0, 120),
    text: trimmed,
    source,
    ...(url ? { url } : {}),
  };
}
