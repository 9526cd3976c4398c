import { createSubscriptions, openStores, type Subscriptions } from '../../src/index.js';
import { createConsoleDestination } from './destination.js';
import type { FollowSession } from './follow-hook.js';
import { localRootsOf } from './local-files.js';

export interface FollowOptions {
  /** The chat's own subscription service, when the console was wired with one. */
  subscriptions?: Subscriptions;
  localRoots?: readonly string[];
}

/**
 * `newsbrief chat --follow`: prints each story delivered to the console's channel as it
 * arrives, and keeps polling after the chat's input ended, until the session's signal aborts
 * (Ctrl-C) or the process gets SIGTERM.
 */
export async function follow(session: FollowSession & FollowOptions): Promise<void> {
  const stores = session.subscriptions ? undefined : openStores(session.config);
  const service =
    session.subscriptions ??
    createSubscriptions({
      store: (stores as NonNullable<typeof stores>).subscriptions,
      articles: session.articles,
      engine: session.engine,
      config: session.config,
      localRoots: session.localRoots ?? localRootsOf(session.config.NEWSBRIEF_CONTENT_DIR),
      log: session.log,
    });
  service.addDestination(createConsoleDestination(session.write));
  const stopped = new Promise<void>((resolve) => {
    if (session.signal.aborted) return resolve();
    session.signal.addEventListener('abort', () => resolve(), { once: true });
    process.once('SIGTERM', () => resolve());
  });
  session.write('Following this console’s feeds: new stories print as they arrive. Ctrl-C stops.');
  service.start();
  await stopped;
  await service.stop();
  stores?.close();
}
