/** The errors a user can act on. Each carries a code and a message safe to show in a chat. */
export type NewsbriefErrorCode =
  | 'bad_input'
  | 'empty_input'
  | 'not_an_article'
  | 'paywalled'
  | 'too_large'
  | 'fetch_failed'
  | 'fetch_refused'
  | 'fetch_timeout'
  | 'unsupported_content'
  | 'feed_unreachable'
  | 'feed_malformed'
  | 'not_found'
  | 'not_allowed'
  | 'rate_limited'
  | 'subscriptions_disabled'
  | 'config_invalid';

export class NewsbriefError extends Error {
  override readonly name = 'NewsbriefError';
  constructor(
    readonly code: NewsbriefErrorCode,
    /** Safe to show to a user: no stack, no secrets, no internals. */
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isNewsbriefError(error: unknown): error is NewsbriefError {
  return error instanceof NewsbriefError;
}
