/**
 * What a platform stand-in received, in order, with a way to wait for a matching entry: tests
 * wait for the stand-in to record a call instead of sleeping, since the libraries answer later.
 */
export interface Recorder<T> {
  items: T[];
  record(item: T): void;
  waitFor(match: (item: T) => boolean, timeoutMs: number): Promise<T>;
}

export function createRecorder<T>(
  describe: (items: readonly T[], timeoutMs: number) => string,
): Recorder<T> {
  const items: T[] = [];
  const waiters = new Set<() => void>();
  return {
    items,
    record(item) {
      items.push(item);
      for (const wake of waiters) wake();
    },
    waitFor(match, timeoutMs) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = items.find(match);
          if (!found) return;
          cleanup();
          resolve(found);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(describe(items, timeoutMs)));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
  };
}
