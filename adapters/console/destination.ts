import { type Destination, postText } from '../../src/index.js';

/** Prints each post in the console, as it is delivered. */
export function createConsoleDestination(write: (text: string) => void): Destination {
  return {
    platform: 'console',
    async send(_channel, post, { idempotencyKey }) {
      write(`\n${postText(post)}\n`);
      return { messageId: idempotencyKey };
    },
  };
}
