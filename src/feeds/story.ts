import { createHash } from 'node:crypto';
import { markupSaysLocked } from '../article/paywall.js';
import type { Article, ArticleInput } from '../article/types.js';
import type { Engine, KnownFields } from '../engine.js';
import type { Brief } from '../summarize/types.js';
import { withKnown } from '../workers/tasks.js';
import { cutAtWord, htmlText } from './clean-text.js';
import { simpleItemText } from './item-text.js';
import { isWebUrl, localPath, readLocal } from './read-feed.js';
import type { FeedEntry } from './types.js';

export interface StoryDeps {
  engine: Pick<Engine, 'brief'>;
  localRoots: readonly string[];
  maxBytes: number;
}

/**
 * The longest title a posted story keeps, cut at a word: Slack's header block takes 150
 * characters (https://api.slack.com/reference/block-kit/blocks#header), and a title past a
 * platform's limit is cut wherever the platform likes, through link markup. Cut here, it fits
 * every platform whole. The feed's full title is what `newsbrief feed` shows and what identifies
 * the story.
 */
export const maxTitleChars = 150;

/** The item as posted: its title cut to `maxTitleChars` at a word (a copy only when cut). */
export function withPostTitle(entry: FeedEntry): FeedEntry {
  if (entry.title.length <= maxTitleChars) return entry;
  const copy: FeedEntry = { title: cutAtWord(entry.title, maxTitleChars), content: entry.content };
  if (entry.guid !== undefined) copy.guid = entry.guid;
  if (entry.url !== undefined) copy.url = entry.url;
  if (entry.summary !== undefined) copy.summary = entry.summary;
  if (entry.publishedAt !== undefined) copy.publishedAt = entry.publishedAt;
  return copy;
}

// Below this many words a feed item is only a teaser: the linked page is worth loading.
const teaserWords = 80;

const wordCount = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;

type Briefed = { article: Article; brief: Brief };

async function fromLink(
  entry: FeedEntry,
  known: KnownFields,
  deps: StoryDeps,
): Promise<Briefed | undefined> {
  if (!entry.url) return undefined;
  try {
    const path = localPath(entry.url, deps.localRoots);
    if (path) {
      const text = await readLocal(path, deps.localRoots, deps.maxBytes);
      return await deps.engine.brief(
        { kind: 'text', text, title: entry.title, source: entry.url },
        { known },
      );
    }
    if (isWebUrl(entry.url))
      return await deps.engine.brief({ kind: 'url', url: entry.url }, { known });
  } catch {
    // The feed's own text still makes a brief; an unreachable page is not worth a lost story.
  }
  return undefined;
}

/** The item's own words: simple markup read directly, anything else through the extractor. */
function fromItem(entry: FeedEntry, feedTitle: string, known: KnownFields, deps: StoryDeps) {
  const source = entry.url ?? feedTitle;
  // Simple markup is read directly, its furniture ("Continue reading…", share links) dropped.
  const simple = !markupSaysLocked(entry.content) && simpleItemText(entry.content) !== undefined;
  const text = simple ? htmlText(entry.content) : undefined;
  const html = text === undefined ? entry.content.trim() || entry.title : '';
  const input: ArticleInput =
    text === undefined
      ? { kind: 'html', html, ...(entry.url ? { url: entry.url } : {}), source }
      : { kind: 'text', text: text || entry.title, title: entry.title, source };
  return deps.engine.brief(input, { known });
}

/** The feed's own words as an article, when the extractor finds too little to call one. */
function plainArticle(entry: FeedEntry, feedTitle: string): Article {
  const text = htmlText(entry.content).replace(/\s+/g, ' ') || entry.title;
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

/** What the feed says of a story (title, link, date, its name): it wins over the page. */
function feedFields(entry: FeedEntry, feedTitle: string): KnownFields {
  const known: KnownFields = { title: entry.title, siteName: feedTitle };
  if (entry.url) {
    known.id = entry.url;
    known.source = entry.url;
    known.url = entry.url;
  }
  if (entry.publishedAt) known.publishedAt = new Date(entry.publishedAt).toISOString();
  return known;
}

/**
 * The article behind a feed item and its brief: the item's text, or the linked page for a
 * teaser. Never throws: a story the extractor finds thin is still posted from the feed's words.
 */
export async function buildStory(
  entry: FeedEntry,
  feedTitle: string,
  deps: StoryDeps,
): Promise<Briefed> {
  const known = feedFields(entry, feedTitle);
  const linked =
    wordCount(entry.content) < teaserWords ? await fromLink(entry, known, deps) : undefined;
  if (linked) return linked;
  try {
    return await fromItem(entry, feedTitle, known, deps);
  } catch {
    const article = withKnown(plainArticle(entry, feedTitle), known);
    try {
      return await deps.engine.brief({ kind: 'article', article });
    } catch {
      return { article, brief: plainBrief(article) };
    }
  }
}
