import type { Writable } from 'node:stream';

/**
 * The console's one way to print. While a command runs, what else arrives (the sample story
 * /subscribe delivers) waits, so the command's own reply comes first.
 */
export interface HeldOutput {
  stream: Writable;
  write(text: string): void;
  /** Writes the text `work` makes, then whatever arrived while it ran. */
  answer(work: () => Promise<string>): Promise<void>;
}

export function createHeldOutput(stream: Writable): HeldOutput {
  let held: string[] | undefined;
  return {
    stream,
    write(text) {
      if (held) held.push(text);
      else stream.write(text);
    },
    async answer(work) {
      held = [];
      try {
        stream.write(await work());
      } finally {
        const waiting = held;
        held = undefined;
        for (const text of waiting) stream.write(text);
      }
    },
  };
}
