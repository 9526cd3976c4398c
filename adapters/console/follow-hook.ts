import type { Writable } from 'node:stream';
import type { LocalFiles, Logger } from '../../commands/command.js';
import type { ArticleStore, Config, Engine, Subscriptions } from '../../src/index.js';
import { consoleChannel } from './chat.js';

/**
 * What `chat --follow` hands to `follow()` in ./follow.ts (owned by the subscriptions work):
 * the engine, stores and subscription service, the console's channel, a way to print, and a
 * signal that aborts when the person leaves the chat (or presses Ctrl-C). With a script on
 * stdin the chat ends at end of input but following goes on until Ctrl-C.
 */
export interface FollowSession {
  engine: Engine;
  articles: ArticleStore;
  config: Config;
  log: Logger;
  localFiles: LocalFiles;
  /** Its console Destination is added; `follow` decides when to start() polling. */
  subscriptions?: Subscriptions;
  channel: typeof consoleChannel;
  write(text: string): void;
  signal: AbortSignal;
}

type FollowModule = { follow?: (session: FollowSession) => Promise<void> };

export async function startFollowing(
  deps: Omit<FollowSession, 'channel' | 'write' | 'signal'>,
  output: Writable,
  interactive: boolean,
) {
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  // Loaded by name so the chat works before (and without) the follow module.
  const specifier = './follow.js';
  const loaded = (await import(specifier).catch(() => ({}))) as FollowModule;
  if (typeof loaded.follow !== 'function') {
    output.write('Following is not available yet: subscriptions are not enabled.\n');
    return undefined;
  }
  const running = loaded.follow({
    ...deps,
    channel: consoleChannel,
    write: (text) => output.write(`${text}\n`),
    signal: stop.signal,
  });
  return {
    async afterChat() {
      if (interactive) stop.abort();
      await running;
    },
  };
}
