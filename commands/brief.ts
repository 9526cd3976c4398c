import { z } from 'zod';
import {
  type Article,
  type ArticleInput,
  type BriefInput,
  type BriefLength,
  NewsbriefError,
} from '../src/index.js';
import { resolveInput } from './article-source.js';
import { type CommandContext, defineCommand, type Reply } from './command.js';

const topicScan = 200;

/** The cheap first cut; the real one is NEWSBRIEF_MAX_BYTES, the same as for a fetched page. */
const pastedTextLimit = 5_000_000;

const options = z.object({
  url: z
    .string()
    .trim()
    .min(1)
    .max(2000)
    .optional()
    .describe('Link to the article, e.g. https://example.com/news/story'),
  text: z
    .string()
    .trim()
    .min(1)
    .max(pastedTextLimit)
    .optional()
    .describe('The article itself, pasted or forwarded, e.g. "Harbour reopens. The harbour…"'),
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
  needs: { limited: true },
  // One word is a link (or, in the console, a path); anything longer is the article itself.
  freeText: {
    option: 'url',
    read: (typed) => (/\s/.test(typed.trim()) ? { text: typed } : { url: typed }),
  },
  oneOf: ['url', 'text', 'topic'],
  onMessage: { label: 'Brief this message', option: 'text' },
  examples: [
    '/brief https://example.com/news/story',
    '/brief url:https://example.com/news/story length:short',
    '/brief topic:china',
    '/brief <paste the article text>',
  ],
  async run(ctx, { url, text, topic, length }) {
    if (url) return briefOf(ctx, await resolveInput(ctx, url), length);
    if (text) return briefOf(ctx, pasted(ctx, text), length);
    if (topic) return briefOfTopic(ctx, topic, length);
    const latest = ctx.articles.recentArticles(ctx.channel, 1)[0];
    if (latest) return briefOf(ctx, { kind: 'article', article: latest }, length);
    const sample = await ctx.localFiles?.sample();
    if (sample) return briefOf(ctx, sample, length);
    return {
      kind: 'text',
      title: 'Nothing to brief yet',
      text: 'This channel has not seen a story yet. Give me a link with /brief url:https://…, or follow a feed with /subscribe.',
      ephemeral: true,
    };
  },
});

/** Pasted text is held to the same size as a fetched page. */
function pasted(ctx: CommandContext, text: string): ArticleInput {
  const bytes = Buffer.byteLength(text, 'utf8');
  const limit = ctx.config.NEWSBRIEF_MAX_BYTES;
  if (bytes > limit) {
    throw new NewsbriefError(
      'too_large',
      `That text is too long to brief (${bytes.toLocaleString('en')} bytes; the limit is ${limit.toLocaleString('en')}, as for a web page).`,
    );
  }
  return { kind: 'text', text, source: 'pasted text' };
}

async function briefOf(
  ctx: CommandContext,
  input: BriefInput,
  length: BriefLength | undefined,
): Promise<Reply> {
  // A follow-up the answerer can answer from this article, or none.
  const { article, brief, followUp } = await ctx.engine.brief(
    input,
    { ...(length ? { length } : {}), followUp: true },
    { channel: ctx.channel },
  );
  ctx.articles.saveArticle(ctx.channel, article);
  return {
    kind: 'brief',
    brief,
    articleId: article.id,
    articleTitle: article.title,
    length: length ?? 'standard',
    hints: followUp ? [`/ask question:${followUp}`] : [],
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
  const reply = await briefOf(ctx, { kind: 'article', article: latest }, length);
  const more = others.slice(0, 4).map((article) => `/brief url:${article.id}`);
  return { ...reply, hints: [...(reply.hints ?? []), ...more] };
}

function mentions(article: Article, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b${escaped}`, 'i').test(`${article.title}\n${article.text}`);
}
