/** At most `perHost` requests in flight to one host; the rest wait their turn in order. */
export function createHostLimit(perHost: number) {
  const active = new Map<string, number>();
  const waiting = new Map<string, (() => void)[]>();

  function release(host: string): void {
    const next = waiting.get(host)?.shift();
    if (next) {
      // The slot passes straight to the next request in line.
      next();
      return;
    }
    waiting.delete(host);
    const count = (active.get(host) ?? 1) - 1;
    if (count > 0) active.set(host, count);
    else active.delete(host);
  }

  return async function withHost<T>(host: string, task: () => Promise<T>): Promise<T> {
    if ((active.get(host) ?? 0) < perHost) active.set(host, (active.get(host) ?? 0) + 1);
    else
      await new Promise<void>((resolve) => {
        const queue = waiting.get(host) ?? [];
        queue.push(resolve);
        waiting.set(host, queue);
      });
    try {
      return await task();
    } finally {
      release(host);
    }
  };
}

export type HostLimit = ReturnType<typeof createHostLimit>;
