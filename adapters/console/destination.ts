import {
  alsoReportedLine,
  type Destination,
  digestTitle,
  overflowTitle,
  type Post,
  postText,
} from '../../src/index.js';
import { terminalWriter } from './escape.js';
import { shownPaths } from './render.js';

/**
 * What an edit adds, as lines: a terminal cannot change what it printed, so each story that
 * now names other sources gets a line of its own; in a digest or overflow list, the line says
 * which list it was in.
 */
export function editLines(post: Post): string[] {
  if (post.kind === 'story') {
    const also = alsoReportedLine(post);
    return also ? [`${also}: ${post.brief.headline || post.title}`] : [];
  }
  const list = post.kind === 'digest' ? digestTitle(post) : overflowTitle(post);
  return post.stories.flatMap((story) => {
    const also = alsoReportedLine(story);
    return also ? [`${also}: ${story.title} (in “${list}”)`] : [];
  });
}

/** Prints each post in the console, as it is delivered. */
export function createConsoleDestination(print: (text: string) => void): Destination {
  const write = terminalWriter(print);
  return {
    platform: 'console',
    async send(_channel, post, { idempotencyKey }) {
      write(`\n${shownPaths(postText(post))}\n`);
      return { messageId: idempotencyKey };
    },
    async edit(_channel, _messageId, post) {
      const lines = editLines(post);
      if (lines.length) write(`${shownPaths(lines.join('\n'))}\n`);
    },
  };
}
