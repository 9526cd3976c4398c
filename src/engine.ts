import { answerQuestion, readAhead } from './answer/index.js';
import type { Answer } from './answer/types.js';
import { createFetcher } from './article/fetch.js';
import type { Fetcher } from './article/fetch-types.js';
import { loadArticle } from './article/load.js';
import type { Article, ArticleInput } from './article/types.js';
import type { Config } from './config.js';
import { summarize } from './summarize/index.js';
import type { Brief, SummaryOptions } from './summarize/types.js';
import { version } from './version.js';

/** Who asks: the optional model backend keeps its daily budget per channel. */
export interface EngineScope {
  channel?: string;
}

export interface Engine {
  /** Fetches (for a URL), extracts and cleans an article. Throws NewsbriefError on bad input. */
  load(input: ArticleInput): Promise<Article>;
  /** Summarises an article already loaded. Pure and fast. */
  summarize(article: Article, options?: SummaryOptions): Brief;
  /** Summarises a loaded article for a reader: by the configured model (checked) when there is one. */
  briefArticle(article: Article, options?: SummaryOptions, scope?: EngineScope): Promise<Brief>;
  /** load + summarize. */
  brief(
    input: ArticleInput,
    options?: SummaryOptions,
    scope?: EngineScope,
  ): Promise<{ article: Article; brief: Brief }>;
  /** Answers from the given articles, choosing the one that holds the answer, or abstains. */
  answer(
    question: string,
    articles: readonly Article[],
    scope?: EngineScope,
  ): Answer | Promise<Answer>;
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
    briefArticle: async (article, options) => summarize(article, options),
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
  };
}
