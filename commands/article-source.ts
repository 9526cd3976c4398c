import type { Article } from '../src/index.js';
import { NewsbriefError } from '../src/index.js';
import type { CommandContext } from './command.js';

const webLink = /^https?:\/\//i;

/** How far back a channel's own stories are searched for an id that is not a link. */
const channelHistory = 200;

/**
 * Turns a `url` option into an article: a web link (the copy already held, else fetched), a
 * story of this channel by its id (the "Shorter"/"Longer" buttons pass one), or, in the console
 * only, a file under the local roots.
 */
export async function resolveArticle(ctx: CommandContext, url: string): Promise<Article> {
  if (/^file:/i.test(url)) {
    throw new NewsbriefError(
      'fetch_refused',
      'file: links are not allowed. Give an https:// link.',
    );
  }
  if (webLink.test(url))
    return ctx.articles.getArticle(url) ?? ctx.engine.load({ kind: 'url', url });
  // Ids that are not links are only looked up among this channel's own stories.
  const own = ctx.articles.recentArticles(ctx.channel, channelHistory).find((a) => a.id === url);
  if (own) return own;
  if (ctx.localFiles) return ctx.engine.load(await ctx.localFiles.read(url));
  throw new NewsbriefError(
    'bad_input',
    'That is not a link I can read. Give an https:// link, e.g. https://example.com/news/story.',
  );
}

/** A link to show for an article, only when it is a web page. */
export function webUrl(article: Pick<Article, 'url' | 'source'>): string | undefined {
  if (article.url && webLink.test(article.url)) return article.url;
  return webLink.test(article.source) ? article.source : undefined;
}
