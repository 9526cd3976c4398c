/** The outcome of asking a limiter; `retryAfterSeconds` is what "try again in N s" shows. */
export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiterSettings {
  /** Uses allowed per window. */
  limit: number;
  windowSeconds: number;
  /** Keys remembered at most; the least recently used is forgotten first, so memory stays bounded. */
  maxKeys?: number;
  now?: () => number;
}

export interface RateLimiter {
  /** Would one more use of `key` be allowed now? Records nothing. */
  check(key: string): Verdict;
  /** Records one use of `key` (call after every check that must pass has passed). */
  record(key: string): void;
  /** check + record when allowed. */
  take(key: string): Verdict;
  /** Keys currently remembered. */
  size(): number;
}

/** A sliding-window log: exact over the window, at most `limit` timestamps per key. */
export function createRateLimiter(settings: RateLimiterSettings): RateLimiter {
  const { limit, windowSeconds } = settings;
  const maxKeys = settings.maxKeys ?? 10_000;
  const now = settings.now ?? Date.now;
  const windowMs = windowSeconds * 1000;
  const uses = new Map<string, number[]>();

  function recent(key: string, at: number): number[] {
    const stamps = (uses.get(key) ?? []).filter((stamp) => stamp > at - windowMs);
    // Re-inserting keeps the Map in least-recently-used order for eviction.
    uses.delete(key);
    if (stamps.length > 0) uses.set(key, stamps);
    return stamps;
  }

  function check(key: string): Verdict {
    const at = now();
    const stamps = recent(key, at);
    if (stamps.length < limit) return { allowed: true };
    const oldest = stamps[stamps.length - limit] ?? at;
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - at) / 1000)),
    };
  }

  function record(key: string): void {
    const at = now();
    const stamps = recent(key, at);
    stamps.push(at);
    uses.set(key, stamps.slice(-limit));
    while (uses.size > maxKeys) {
      const eldest = uses.keys().next().value;
      if (eldest === undefined) break;
      uses.delete(eldest);
    }
  }

  return {
    check,
    record,
    take(key) {
      const verdict = check(key);
      if (verdict.allowed) record(key);
      return verdict;
    },
    size: () => uses.size,
  };
}
