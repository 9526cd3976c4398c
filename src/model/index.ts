// The optional model backend as a wrapper around the offline engine: the same verbs, a model's
// brief or answer when one is configured and it passes the check, the offline engine's otherwise.
// The user always gets a reply: any failure, refusal, rate limit, timeout or bad JSON falls back.
import type { Answer } from '../answer/types.js';
import type { Article } from '../article/types.js';
import type { BriefOptions, Engine, EngineScope } from '../engine.js';
import type { ChannelRef } from '../store/types.js';
import type { Brief } from '../summarize/types.js';
import { createBudget, createCache } from './budget.js';
import { checkedAnswer } from './checked-answer.js';
import { checkedBrief } from './checked-brief.js';
import { createModelClient, type ModelClient } from './client.js';
import { answerReply, answerSystem, articleBlock, briefReply, briefSystem } from './replies.js';
import type { ModelSettings } from './settings.js';

export { checkNote } from './note.js';
export { type ModelSettings, modelSettingsFrom } from './settings.js';

export interface ModelDeps {
  client?: ModelClient;
  log?: { warn(obj: object, msg?: string): void };
  now?: () => number;
}

const cacheSize = 500;

/** The engine unchanged when `settings` is undefined; otherwise the engine with model verbs. */
export function withModel(
  engine: Engine,
  settings: ModelSettings | undefined,
  deps: ModelDeps = {},
): Engine {
  if (!settings) return engine;
  const client = deps.client ?? createModelClient(settings);
  const budget = createBudget(settings.dailyBudget, deps.now);
  const briefs = createCache<Brief>(cacheSize);
  const answers = createCache<Answer>(cacheSize);

  /** Asks the model; undefined (and a log line) on any failure or when the budget is spent. */
  async function attempt<T>(
    scope: EngineScope | undefined,
    what: string,
    ask: () => Promise<T>,
  ): Promise<T | undefined> {
    if (!budget.spend(budgetKey(scope?.channel))) return undefined;
    try {
      return await ask();
    } catch (error) {
      deps.log?.warn(
        { err: error, model: settings?.model, what },
        'model failed; the offline engine answers',
      );
      return undefined;
    }
  }

  async function modelBrief(
    article: Article,
    offline: Brief,
    options: BriefOptions | undefined,
    scope: EngineScope | undefined,
  ): Promise<Brief> {
    const key = `${article.id}\n${options?.length ?? ''}\n${options?.maxSentences ?? ''}\n${options?.maxWords ?? ''}`;
    const cached = briefs.get(key);
    if (cached) return cached;
    const reply = await attempt(scope, 'brief', () =>
      client.ask(briefSystem, articleBlock(article), briefReply),
    );
    if (!reply) return offline;
    const brief = checkedBrief(article, offline, reply, settings?.model ?? '');
    briefs.set(key, brief);
    return brief;
  }

  async function answer(
    question: string,
    articles: readonly Article[],
    scope?: EngineScope,
  ): Promise<Answer> {
    const key = `${articles.map((a) => a.id).join('\n')}\n${question}`;
    const cached = answers.get(key);
    if (cached) return cached;
    const user = `${articles.map(articleBlock).join('\n\n---\n\n')}\n\nQuestion: ${question}`;
    const reply = await attempt(scope, 'answer', () => client.ask(answerSystem, user, answerReply));
    if (!reply) return engine.answer(question, articles, scope);
    const checked = checkedAnswer(question, articles, reply);
    const shown =
      checked.status === 'unsure' ? await closest(checked, question, articles) : checked;
    answers.set(key, shown);
    return shown;
  }

  /** "Not sure" quotes the sentence that comes closest, as the offline engine finds it. */
  async function closest(
    unsure: Answer,
    question: string,
    articles: readonly Article[],
  ): Promise<Answer> {
    const offline = await engine.answer(question, articles);
    if (!offline.evidence) return unsure;
    const { evidence, articleId, articleTitle } = offline;
    return { ...unsure, evidence, articleId, articleTitle };
  }

  return {
    fetcher: engine.fetcher,
    async brief(input, options, scope) {
      const briefed = await engine.brief(input, options, scope);
      const brief = await modelBrief(briefed.article, briefed.brief, options, scope);
      return { ...briefed, brief };
    },
    answer,
  };
}

/** The daily budget is kept per channel; a call with no channel (a script) shares one. */
function budgetKey(channel: ChannelRef | undefined): string {
  if (!channel) return 'default';
  return [channel.platform, channel.workspaceId ?? '', channel.channelId].join(':');
}
