import { alsoReportedLine, type Destination, postText } from '../../src/index.js';

/** Prints each post in the console, as it is delivered. */
export function createConsoleDestination(write: (text: string) => void): Destination {
  return {
    platform: 'console',
    async send(_channel, post, { idempotencyKey }) {
      write(`\n${postText(post)}\n`);
      return { messageId: idempotencyKey };
    },
    // A terminal cannot change what it printed, so the new source gets a line of its own.
    async edit(_channel, _messageId, post) {
      if (post.kind !== 'story') return;
      write(`${alsoReportedLine(post)}: ${post.brief.headline || post.title}\n`);
    },
  };
}
