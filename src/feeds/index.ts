// The subscriptions feature as the adapters and commands see it.
export { alsoReportedLine, digestTitle, overflowTitle, postText } from './format.js';
export {
  type FeedItemView,
  type FeedView,
  fetchFeed,
  parseFeedBytes,
  viewFeed,
} from './inspect.js';
export { parseFeedText } from './parse.js';
export {
  createSubscriptions,
  type PollReport,
  type Subscriptions,
  type SubscriptionsDeps,
} from './service.js';
export {
  type Destination,
  DestinationError,
  type DigestPost,
  type FeedHealth,
  type GroupEntry,
  type OverflowPost,
  type ParsedFeed,
  type Post,
  type StoryPost,
  type SubscribeInput,
  type SubscriptionMode,
  type SubscriptionView,
  type Undelivered,
} from './types.js';
