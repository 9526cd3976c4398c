import { z } from 'zod';
import { type Article, type BriefLength, channelKey } from '../src/index.js';
import { resolveArticle } from './article-source.js';
import { type CommandContext, defineCommand, type Reply } from './command.js';

const topicScan = 200;

const options = z.object({
  url: z
    .string()
    .trim()
    .min(1)
    .max(2000)
    .optional()
    .describe('Link to the article, e.g. https://example.com/news/story'),
  topic: z
    .string()
    .trim()
    .min(2)
    .max(100)
    .optional()
    .describe('Brief the latest story here about a topic, e.g. china'),
  length: z
    .enum(['short', 'standard', 'long'])
    .optional()
    .describe('How long the brief is, e.g. short'),
});

export default defineCommand({
  name: 'brief',
  description: 'Summarise a news article: headline, lede, key points and facts',
  options,
  needs: {},
  async run(ctx, { url, topic, length }) {
    if (url) return briefOf(ctx, await resolveArticle(ctx, url), length);
    if (topic) return briefOfTopic(ctx, topic, length);
    const latest = ctx.articles.recentArticles(ctx.channel, 1)[0];
    if (latest) return briefOf(ctx, latest, length);
    const sample = await ctx.localFiles?.sample();
    if (sample) return briefOf(ctx, await ctx.engine.load(sample), length);
    return {
      kind: 'text',
      title: 'Nothing to brief yet',
      text: 'This channel has not seen a story yet. Give me a link with /brief url:https://…, or follow a feed with /subscribe.',
      ephemeral: true,
    };
  },
});

async function briefOf(
  ctx: CommandContext,
  article: Article,
  length: BriefLength | undefined,
): Promise<Reply> {
  ctx.articles.saveArticle(ctx.channel, article);
  const brief = await ctx.engine.briefArticle(article, length ? { length } : {}, {
    channel: channelKey(ctx.channel),
  });
  return {
    kind: 'brief',
    brief,
    articleId: article.id,
    articleTitle: article.title,
    length: length ?? 'standard',
    hints: ['/ask question:What happened next?'],
  };
}

async function briefOfTopic(
  ctx: CommandContext,
  topic: string,
  length: BriefLength | undefined,
): Promise<Reply> {
  const words = topic.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = ctx.articles
    .recentArticles(ctx.channel, topicScan)
    .filter((article) => words.every((word) => mentions(article, word)));
  const [latest, ...others] = matches;
  if (!latest) {
    return {
      kind: 'text',
      title: `No stories about "${topic}" yet`,
      text: `This channel has not seen a story about "${topic}". Follow a feed with /subscribe and I will brief new stories as they come.`,
      ephemeral: true,
    };
  }
  const reply = await briefOf(ctx, latest, length);
  const more = others.slice(0, 4).map((article) => `/brief url:${article.id}`);
  return { ...reply, hints: [...(reply.hints ?? []), ...more] };
}

function mentions(article: Article, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b${escaped}`, 'i').test(`${article.title}\n${article.text}`);
}
