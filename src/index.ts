// The engine's only door for commands and adapters: what they use and nothing else, at most 15
// runtime values (test/architecture keeps it so). Tests import what they test from its module.
export type { Answer } from './answer/types.js';
export { readLocalArticleFile } from './article/local-file.js';
export type { Article, ArticleInput } from './article/types.js';
export { type Config, loadConfig } from './config.js';
export { type BriefInput, type BriefOptions, createEngine, type Engine } from './engine.js';
export { NewsbriefError, type NewsbriefErrorCode } from './errors.js';
export { alsoReportedLine, digestTitle, overflowTitle, postText } from './feeds/format.js';
export { createSubscriptions, type Subscriptions } from './feeds/service.js';
export {
  type Destination,
  DestinationError,
  type GroupEntry,
  type Post,
  type SubscriptionView,
  type Undelivered,
} from './feeds/types.js';
export { createLogger } from './log.js';
export { openStores, type Stores } from './store/open.js';
export type { ArticleStore, ChannelRef, EventLog } from './store/types.js';
export type { Brief, BriefLength } from './summarize/types.js';
export { stripUnsafeCharacters } from './text/safe-text.js';
export { trimText } from './text/trim.js';
export { createEnginePool, type EnginePool } from './workers/pool.js';
