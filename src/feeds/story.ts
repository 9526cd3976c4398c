import { createHash } from 'node:crypto';
import type { Article } from '../article/types.js';
import type { Engine } from '../engine.js';
import type { Brief } from '../summarize/types.js';
import { isWebUrl, localPath, readLocal } from './read-feed.js';
import type { FeedEntry } from './types.js';

export interface StoryDeps {
  engine: Pick<Engine, 'load' | 'summarize'>;
  localRoots: readonly string[];
  maxBytes: number;
}

// Below this many words a feed item is only a teaser: the linked page is worth loading.
const teaserWords = 80;

const wordCount = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;

async function fromLink(entry: FeedEntry, deps: StoryDeps): Promise<Article | undefined> {
  if (!entry.url) return undefined;
  try {
    const path = localPath(entry.url, deps.localRoots);
    if (path) {
      const text = await readLocal(path, deps.localRoots, deps.maxBytes);
      return await deps.engine.load({ kind: 'text', text, title: entry.title, source: entry.url });
    }
    if (isWebUrl(entry.url)) return await deps.engine.load({ kind: 'url', url: entry.url });
  } catch {
    // The feed's own text still makes a brief; an unreachable page is not worth a lost story.
  }
  return undefined;
}

/** The feed's own words as an article, when the extractor finds too little to call one. */
function plainArticle(entry: FeedEntry, feedTitle: string): Article {
  const text =
    entry.content
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || entry.title;
  const id =
    entry.url ??
    `feed:${createHash('sha1').update(`${feedTitle}\n${text}`).digest('hex').slice(0, 16)}`;
  return { id, title: entry.title, text, source: entry.url ?? feedTitle };
}

/** A one-sentence brief of a short item, for when the summariser declines it. */
function plainBrief(article: Article): Brief {
  const sentences = article.text.split(/(?<=[.!?])\s+/).filter(Boolean);
  const words = article.text.split(/\s+/).length;
  return {
    headline: article.title,
    lede: sentences[0] ?? article.title,
    points: sentences.slice(1, 4),
    facts: { people: [], organisations: [], places: [], dates: [], money: [], numbers: [] },
    readingMinutes: Math.max(1, Math.round(words / 230)),
    wordCount: words,
    source: article.source,
    ...(article.url ? { url: article.url } : {}),
    summary: sentences.slice(0, 4).join(' '),
  };
}

/**
 * The article behind a feed item and its brief: the item's text, or the linked page for a
 * teaser. Never throws: a story the extractor finds thin is still posted from the feed's words.
 */
export async function buildStory(
  entry: FeedEntry,
  feedTitle: string,
  deps: StoryDeps,
): Promise<{ article: Article; brief: Brief }> {
  const linked = wordCount(entry.content) < teaserWords ? await fromLink(entry, deps) : undefined;
  const loaded =
    linked ??
    (await deps.engine
      .load({
        kind: 'html',
        html: entry.content.trim() || entry.title,
        ...(entry.url ? { url: entry.url } : {}),
        source: entry.url ?? feedTitle,
      })
      .catch(() => plainArticle(entry, feedTitle)));
  const article: Article = {
    ...loaded,
    id: entry.url ?? loaded.id,
    title: entry.title,
    source: entry.url ?? loaded.source,
    ...(entry.url ? { url: entry.url } : {}),
    siteName: feedTitle,
    ...(entry.publishedAt ? { publishedAt: new Date(entry.publishedAt).toISOString() } : {}),
  };
  try {
    return { article, brief: deps.engine.summarize(article) };
  } catch {
    return { article, brief: plainBrief(article) };
  }
}
