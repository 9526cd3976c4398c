// The engine's only door: commands and adapters import from here and nowhere else in src/.
export type { Answer } from './answer/types.js';
export { createFetcher, type FetcherSettings, httpStatusOf } from './article/fetch.js';
export type { FetchedText, Fetcher, FetchOptions } from './article/fetch-types.js';
export { type LocalArticleFile, readLocalArticleFile } from './article/local-file.js';
export type { Article, ArticleInput } from './article/types.js';
export { type Config, configSchema, loadConfig } from './config.js';
export { createEngine, type Engine, type EngineDeps, userAgent } from './engine.js';
export { isNewsbriefError, NewsbriefError, type NewsbriefErrorCode } from './errors.js';
export * from './feeds/index.js';
export {
  type CommandLimiter,
  type CommandUse,
  commandLimiterFromConfig,
  createCommandLimiter,
  type LimitScope,
  type LimitVerdict,
  limitMessage,
} from './limits/command-limits.js';
export { checkOptionBounds, optionBounds } from './limits/option-bounds.js';
export { createRateLimiter, type RateLimiter, type Verdict } from './limits/rate-limiter.js';
export { createLogger, redactSecrets, secretsOf } from './log.js';
export { type AddressClass, classifyAddress } from './net/address.js';
export { type Sentence, splitSentences } from './nlp/sentences.js';
export { countWords, words } from './nlp/tokens.js';
export { openStores, type Stores } from './store/open.js';
export {
  channelKey,
  createSqliteArticleStore,
  createSqliteEventLog,
  openDatabase,
  type SqliteDatabase,
} from './store/sqlite.js';
export { createSqliteSubscriptionStore } from './store/sqlite-subscriptions.js';
export type { SubscriptionStore } from './store/subscription-types.js';
export type { ArticleStore, ChannelRef, EventLog } from './store/types.js';
export { summarize } from './summarize/index.js';
export type { Brief, BriefLength, KeyFacts, SummaryOptions } from './summarize/types.js';
export { safeChatText, stripUnsafeCharacters, truncateText } from './text/safe-text.js';
export { trimText } from './text/trim.js';
export { version } from './version.js';
