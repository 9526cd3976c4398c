// The engine's only door: commands and adapters import from here and nowhere else in src/.
export type { Answer } from './answer/types.js';
export type { FetchedText, Fetcher, FetchOptions } from './article/fetch-types.js';
export type { Article, ArticleInput } from './article/types.js';
export { type Config, configSchema, loadConfig } from './config.js';
export { createEngine, type Engine, type EngineDeps, userAgent } from './engine.js';
export { isNewsbriefError, NewsbriefError, type NewsbriefErrorCode } from './errors.js';
export {
  channelKey,
  createSqliteArticleStore,
  openDatabase,
  type SqliteDatabase,
} from './store/sqlite.js';
export type { ArticleStore, ChannelRef, EventLog } from './store/types.js';
export type { Brief, BriefLength, KeyFacts, SummaryOptions } from './summarize/types.js';
export { version } from './version.js';
