import type { Article, BriefInput } from '../src/index.js';
import { NewsbriefError } from '../src/index.js';
import type { CommandContext } from './command.js';

const webLink = /^https?:\/\//i;

/** How far back a channel's own stories are searched for an id that is not a link. */
const channelHistory = 200;

/** The article a `url` option names, read (and briefed) when it is not held yet. */
export async function resolveArticle(ctx: CommandContext, url: string): Promise<Article> {
  const input = await resolveInput(ctx, url);
  return input.kind === 'article' ? input.article : (await ctx.engine.brief(input)).article;
}

/**
 * Turns a `url` option into what to brief: a web link (the copy already held, else the link),
 * a story of this channel by its id (the "Shorter"/"Longer" buttons pass one), or, in the
 * console only, a file under the local roots.
 */
export async function resolveInput(ctx: CommandContext, url: string): Promise<BriefInput> {
  if (/^file:/i.test(url)) {
    throw new NewsbriefError(
      'fetch_refused',
      'file: links are not allowed. Give an https:// link.',
    );
  }
  if (webLink.test(url)) {
    const held = ctx.articles.getArticle(url);
    return held ? { kind: 'article', article: held } : { kind: 'url', url };
  }
  // Ids that are not links are only looked up among this channel's own stories.
  const own = ctx.articles.recentArticles(ctx.channel, channelHistory).find((a) => a.id === url);
  if (own) return { kind: 'article', article: own };
  if (ctx.localFiles) return ctx.localFiles.read(url);
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
