import { answerQuestion, readAhead } from './answer/index.js';
import { suggestQuestion } from './answer/suggest.js';
import type { Answer } from './answer/types.js';
import { createFetcher } from './article/fetch.js';
import type { Fetcher } from './article/fetch-types.js';
import { loadArticle } from './article/load.js';
import type { Article, ArticleInput } from './article/types.js';
import type { Config } from './config.js';
import { summarize } from './summarize/index.js';
import type { Brief, SummaryOptions } from './summarize/types.js';
import { version } from './version.js';

export interface Engine {
  /** Fetches (for a URL), extracts and cleans an article. Throws NewsbriefError on bad input. */
  load(input: ArticleInput): Promise<Article>;
  /** Summarises an article already loaded. Pure and fast. */
  summarize(article: Article, options?: SummaryOptions): Brief;
  /** load + summarize. */
  brief(input: ArticleInput, options?: SummaryOptions): Promise<{ article: Article; brief: Brief }>;
  /** Answers from the given articles, choosing the one that holds the answer, or abstains. */
  answer(question: string, articles: readonly Article[]): Answer;
  /** A question about this article that answer() answers from it, if one can be made. */
  suggestQuestion(article: Article): string | undefined;
  fetcher: Fetcher;
}

export interface EngineDeps {
  config: Config;
  fetcher?: Fetcher;
}

export function userAgent(config: Config): string {
  return `newsbrief/${version} (+${config.NEWSBRIEF_CONTACT_URL})`;
}

export function createEngine({ config, fetcher }: EngineDeps): Engine {
  const http =
    fetcher ??
    createFetcher({
      allowPrivate: config.NEWSBRIEF_ALLOW_PRIVATE_URLS,
      timeoutMs: config.NEWSBRIEF_FETCH_TIMEOUT_MS,
      maxBytes: config.NEWSBRIEF_MAX_BYTES,
      userAgent: userAgent(config),
    });
  return {
    fetcher: http,
    load: (input) => loadArticle(input, { fetcher: http }),
    summarize: (article, options) => summarize(article, options),
    async brief(input, options) {
      const article = await loadArticle(input, { fetcher: http });
      const brief = summarize(article, options);
      // People ask right after reading a brief: prepare the answers once this reply is out.
      // Best effort: a failure here resurfaces, and is reported, on the first question.
      setImmediate(() => {
        try {
          readAhead(article);
        } catch {}
      });
      return { article, brief };
    },
    answer: (question, articles) => answerQuestion(question, articles),
    suggestQuestion: (article) => suggestQuestion(article),
  };
}
