import type { Answer } from './answer/types.js';
import { createFetcher } from './article/fetch.js';
import type { Fetcher } from './article/fetch-types.js';
import type { Article, ArticleInput } from './article/types.js';
import type { Config } from './config.js';
import { NewsbriefError } from './errors.js';
import { type ModelDeps, modelSettingsFrom, withModel } from './model/index.js';
import { warmNlp } from './nlp/wink.js';
import type { ChannelRef } from './store/types.js';
import { version } from './version.js';
import type { EnginePool } from './workers/pool.js';
import {
  type Briefed,
  type BriefSettings,
  type BriefSource,
  briefNow,
  type EngineTask,
  type Failure,
  inlineChars,
  loadAnswers,
  loadedAnswers,
  readAheadSoon,
  sizeOf,
} from './workers/tasks.js';

export type { KnownFields } from './workers/tasks.js';

/** What to brief: a link, text or HTML in hand, or an article read before (a stored story). */
export type BriefInput = ArticleInput | { kind: 'article'; article: Article };
export type BriefOptions = BriefSettings;

/** Who asks: the optional model backend keeps its daily budget per channel. */
export interface EngineScope {
  channel?: ChannelRef;
}

export interface Engine {
  /**
   * Fetches (for a link), extracts, cleans and briefs an article, key facts included, and
   * reads it ahead for questions once the reply is out. Throws NewsbriefError on bad input.
   */
  brief(input: BriefInput, options?: BriefOptions, scope?: EngineScope): Promise<Briefed>;
  /** Answers from the given articles, choosing the one that holds the answer, or abstains. */
  answer(question: string, articles: readonly Article[], scope?: EngineScope): Promise<Answer>;
  fetcher: Fetcher;
}

export interface EngineDeps {
  config: Config;
  fetcher?: Fetcher;
  /** Worker threads for large inputs; without one every task runs on the calling thread. */
  pool?: EnginePool;
  /** Where a configured model's failures are logged (they fall back to the offline engine). */
  log?: ModelDeps['log'];
}

/** People read a brief before they ask: the read-ahead waits until the reply is on the wire. */
const readAheadDelayMs = 20;

export function userAgent(config: Config): string {
  return `newsbrief/${version} (+${config.NEWSBRIEF_CONTACT_URL})`;
}

/**
 * The engine: offline, or with the model backend around it when NEWSBRIEF_LLM_URL is set
 * (every model reply checked against the article, the offline engine on any failure).
 */
export function createEngine(deps: EngineDeps): Engine {
  const offline = createOfflineEngine(deps);
  return withModel(offline, modelSettingsFrom(deps.config), deps.log ? { log: deps.log } : {});
}

function createOfflineEngine({ config, fetcher, pool }: EngineDeps): Engine {
  const http =
    fetcher ??
    createFetcher({
      allowPrivate: config.NEWSBRIEF_ALLOW_PRIVATE_URLS,
      timeoutMs: config.NEWSBRIEF_FETCH_TIMEOUT_MS,
      maxBytes: config.NEWSBRIEF_MAX_BYTES,
      userAgent: userAgent(config),
    });

  // A server (one with worker threads) reads the model at start-up: small briefs and questions
  // are answered on this thread, and no user's first one should pay ~0.3 s for the model.
  if (pool) {
    warmNlp();
    // A failure here resurfaces, and is reported, on the first question.
    loadAnswers().catch(() => undefined);
  }

  async function onPool<T>(workers: EnginePool, task: EngineTask): Promise<T> {
    const outcome = (await workers.run(task)) as { done: T } | Failure;
    if ('failed' in outcome) throw new NewsbriefError(outcome.failed.code, outcome.failed.message);
    return outcome.done;
  }

  return {
    fetcher: http,
    async brief(input, options = {}) {
      const source: BriefSource =
        input.kind === 'url'
          ? {
              kind: 'page',
              page: await http.fetchText(input.url, { accept: 'html' }),
              url: input.url,
            }
          : input;
      const readAhead = options.readAhead !== false;
      const task = { verb: 'brief', source, settings: options, readAhead } as const;
      const briefed =
        pool && sizeOf(source) > inlineChars
          ? await onPool<Briefed>(pool, task)
          : briefNow({ ...task, readAhead: false });
      // A large article is read ahead in the worker that briefed it; a small one here, where
      // questions about it will be answered.
      const { article } = briefed;
      const inline = !pool || article.text.length <= inlineChars;
      // Suggesting a question reads the article for questions: the read-ahead, done now. A
      // large article's reading stays on its worker thread, and its brief suggests none.
      if (options.followUp && inline) {
        const answers = loadedAnswers() ?? (await loadAnswers());
        const followUp = answers.suggestQuestion(article);
        return followUp ? { ...briefed, followUp } : briefed;
      }
      if (readAhead && inline) readAheadSoon(article, readAheadDelayMs);
      return briefed;
    },
    async answer(question, articles) {
      const answers = loadedAnswers() ?? (await loadAnswers());
      if (pool) {
        const unread = articles.reduce(
          (n, a) => n + (answers.isAnalysed(a) ? 0 : a.text.length),
          0,
        );
        if (unread > inlineChars)
          return onPool<Answer>(pool, { verb: 'answer', question, articles });
      }
      return answers.answerQuestion(question, articles);
    },
  };
}
