// A channel's timeline on the Slack stand-in, and conversations.history read from it the way
// Slack reads it: https://docs.slack.dev/reference/methods/conversations.history

export interface StoredMessage {
  type: 'message';
  /** Seconds and microseconds, e.g. 1764398000.000123; unique and rising within a channel. */
  ts: string;
  text?: string;
  user?: string;
  bot_id?: string;
  app_id?: string;
  blocks?: unknown;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

/** Slack's ts as microseconds, so "0", "1764398000" and "1764398000.5" compare exactly. */
export function micros(ts: string): bigint {
  const [seconds = '0', fraction = ''] = ts.split('.');
  return BigInt(seconds || '0') * 1_000_000n + BigInt(fraction.padEnd(6, '0').slice(0, 6));
}

/** A rising ts from the wall clock: Slack's ts is the time the message was posted. */
export function createTsClock(): () => string {
  let last = 0n;
  return () => {
    const now = BigInt(Date.now()) * 1000n;
    last = now > last ? now : last + 1n;
    return `${last / 1_000_000n}.${String(last % 1_000_000n).padStart(6, '0')}`;
  };
}

const truthy = (value: unknown) => value === true || value === 'true' || value === '1';
// Slack's cursors are opaque base64 of "next_ts:<ts>", the first message of the next page.
const cursorOf = (ts: string) => Buffer.from(`next_ts:${ts}`).toString('base64');
const tsOfCursor = (cursor: string) =>
  /^next_ts:(\d+(\.\d+)?)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'))?.[1];

/**
 * One page, newest first: `oldest`/`latest` bound it (exclusive unless `inclusive`), `limit`
 * (default 100, at most 999) sizes it, `cursor` continues it; `has_more` with
 * `response_metadata.next_cursor` says there is more; `metadata` only with include_all_metadata.
 */
export function historyPage(
  timeline: readonly StoredMessage[],
  args: Record<string, unknown>,
): Record<string, unknown> {
  const inclusive = truthy(args.inclusive);
  const oldest = args.oldest === undefined ? undefined : micros(String(args.oldest));
  const latest = args.latest === undefined ? undefined : micros(String(args.latest));
  const limit = Math.min(Math.max(Number(args.limit ?? 100) || 100, 1), 999);
  let from: bigint | undefined;
  if (args.cursor) {
    const ts = tsOfCursor(String(args.cursor));
    if (!ts) return { ok: false, error: 'invalid_cursor' };
    from = micros(ts);
  }
  const inRange = timeline
    .filter((message) => {
      const at = micros(message.ts);
      if (oldest !== undefined && (inclusive ? at < oldest : at <= oldest)) return false;
      if (latest !== undefined && (inclusive ? at > latest : at >= latest)) return false;
      return from === undefined || at <= from;
    })
    .sort((a, b) => (micros(b.ts) > micros(a.ts) ? 1 : -1));
  const page = inRange.slice(0, limit);
  const next = inRange[limit];
  const withMetadata = truthy(args.include_all_metadata);
  return {
    ok: true,
    messages: page.map(({ metadata, ...message }) =>
      withMetadata && metadata ? { ...message, metadata } : message,
    ),
    has_more: next !== undefined,
    pin_count: 0,
    ...(next ? { response_metadata: { next_cursor: cursorOf(next.ts) } } : {}),
  };
}
