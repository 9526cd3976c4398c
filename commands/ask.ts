import { z } from 'zod';
import { resolveArticle, webUrl } from './article-source.js';
import { defineCommand } from './command.js';

/** How many of the channel's latest briefs an open question searches. */
const recentBriefs = 5;

const options = z.object({
  question: z
    .string()
    .trim()
    .min(3)
    .max(500)
    .describe('Your question about the news, e.g. Who signed the agreement?'),
  url: z
    .string()
    .trim()
    .min(1)
    .max(2000)
    .optional()
    .describe(
      'The article to ask about (default: the latest briefs here), e.g. https://example.com/news/story',
    ),
});

export default defineCommand({
  name: 'ask',
  description: 'Ask a question; the answer quotes the article it comes from',
  options,
  needs: { limited: true },
  freeText: { option: 'question' },
  examples: [
    '/ask Who signed it?',
    '/ask question:Who signed it? url:https://example.com/news/story',
  ],
  async run(ctx, { question, url }) {
    const given = url ? await resolveArticle(ctx, url) : undefined;
    if (given) ctx.articles.saveArticle(ctx.channel, given);
    const chosen = given ?? ctx.about;
    const articles = chosen ? [chosen] : ctx.articles.recentArticles(ctx.channel, recentBriefs);
    if (articles.length === 0) {
      return {
        kind: 'text',
        title: 'Nothing to ask about yet',
        text: 'This channel has not seen a story yet. Brief one with /brief url:https://…, or ask about a link with /ask question:… url:https://….',
        ephemeral: true,
      };
    }
    const answer = await ctx.engine.answer(question, articles, { channel: ctx.channel });
    const source = articles.find((article) => article.id === answer.articleId);
    const link = source ? webUrl(source) : undefined;
    return { kind: 'answer', question, answer, ...(link ? { sourceUrl: link } : {}) };
  },
});
