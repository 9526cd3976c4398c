// A per-channel daily allowance of model requests, and a small cache so that a story briefed or
// asked about again costs nothing.
export interface Budget {
  /** Spends one request for the channel; false when today's allowance is used up. */
  spend(channel: string): boolean;
}

export function createBudget(perDay: number, now: () => number = Date.now): Budget {
  const used = new Map<string, { day: number; count: number }>();
  return {
    spend(channel) {
      const day = Math.floor(now() / 86_400_000);
      const entry = used.get(channel);
      const count = entry && entry.day === day ? entry.count : 0;
      if (count >= perDay) return false;
      used.set(channel, { day, count: count + 1 });
      return true;
    },
  };
}

export interface Cache<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
}

export function createCache<T>(capacity: number): Cache<T> {
  const entries = new Map<string, T>();
  return {
    get(key) {
      const value = entries.get(key);
      if (value === undefined) return undefined;
      // Maps keep insertion order: re-inserting marks the entry as recently used.
      entries.delete(key);
      entries.set(key, value);
      return value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > capacity) entries.delete(entries.keys().next().value as string);
    },
  };
}
