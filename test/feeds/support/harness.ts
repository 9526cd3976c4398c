import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import {
  type ChannelRef,
  createEngine,
  createSubscriptions,
  type Destination,
  type DestinationError,
  loadConfig,
  type Post,
} from '../../../src/index.js';
import { createSqliteArticleStore, openDatabase } from '../../../src/store/sqlite.js';
import { createSqliteSubscriptionStore } from '../../../src/store/sqlite-subscriptions.js';
import { type FeedServer, startFeedServer } from './feed-server.js';

export interface Sent {
  channel: ChannelRef;
  post: Post;
  key: string;
}

/** A destination that keeps what it was sent; `fail` can make the next sends throw. */
export function recordingDestination(platform: Destination['platform'] = 'discord') {
  const sent: Sent[] = [];
  const edits: { channel: ChannelRef; messageId: string; post: Post }[] = [];
  const editFailures: Error[] = [];
  const failures: DestinationError[] = [];
  const destination: Destination = {
    platform,
    async send(channel, post, { idempotencyKey }) {
      const failure = failures.shift();
      if (failure) throw failure;
      sent.push({ channel, post, key: idempotencyKey });
      return { messageId: `m${sent.length}` };
    },
    async edit(channel, messageId, post) {
      const failure = editFailures.shift();
      if (failure) throw failure;
      edits.push({ channel, messageId, post });
    },
  };
  return {
    destination,
    sent,
    edits,
    failNextEdit: (error: Error) => editFailures.push(error),
    failNext: (error: DestinationError) => failures.push(error),
  };
}

export const channel = (id: string, workspaceId = 'w1'): ChannelRef => ({
  platform: 'discord',
  channelId: id,
  workspaceId,
});

export const start = Date.parse('2026-11-29T12:00:00Z');

/** A service on a real SQLite file in a temp dir, with a clock the test moves. */
export function createHarness(
  env: Record<string, string> = {},
  options: { dir?: string; localRoots?: string[] } = {},
) {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'newsbrief-feeds-'));
  const config = loadConfig({
    NEWSBRIEF_DB: join(dir, 'newsbrief.db'),
    NEWSBRIEF_ALLOW_PRIVATE_URLS: '1',
    NEWSBRIEF_FETCH_TIMEOUT_MS: '400',
    NEWSBRIEF_MAX_BYTES: '200000',
    NEWSBRIEF_POLL_SECONDS: '60',
    ...env,
  });
  const db = openDatabase(config.NEWSBRIEF_DB);
  const articles = createSqliteArticleStore(db);
  const store = createSqliteSubscriptionStore(db);
  const clock = { now: start };
  const recorder = recordingDestination();
  const sleeps: number[] = [];
  const service = createSubscriptions({
    store,
    articles,
    engine: createEngine({ config }),
    config,
    destinations: [recorder.destination],
    clock: () => clock.now,
    random: () => 0.5,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock.now += ms;
    },
    ...(options.localRoots ? { localRoots: options.localRoots } : {}),
  });
  return {
    dir,
    db,
    config,
    store,
    articles,
    service,
    clock,
    sent: recorder.sent,
    edits: recorder.edits,
    failNextEdit: recorder.failNextEdit,
    failNext: recorder.failNext,
    sleeps,
    /** Moves the clock on and runs one round of polling, digests and sending. */
    async after(ms: number) {
      clock.now += ms;
      return service.pollOnce();
    },
    close: () => db.close(),
  };
}

export type Harness = ReturnType<typeof createHarness>;

/**
 * Gives each test of the calling file (or describe block) a fresh feed server and harness, and
 * closes both after it. Read the fields inside tests: they are replaced before every test.
 */
export function useFeedHarness(...args: Parameters<typeof createHarness>) {
  const feeds = {} as { server: FeedServer; h: Harness };
  beforeEach(async () => {
    feeds.server = await startFeedServer();
    feeds.h = createHarness(...args);
  });
  afterEach(async () => {
    feeds.h.close();
    await feeds.server.close();
  });
  return feeds;
}
