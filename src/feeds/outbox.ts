import type { OutboxRow, SubscriptionStore } from '../store/subscription-types.js';
import type { ArticleStore } from '../store/types.js';
import { applyEdits } from './edits.js';
import { type Destination, DestinationError } from './types.js';

export interface OutboxDeps {
  store: SubscriptionStore;
  articles: ArticleStore;
  destinations: readonly Destination[];
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  log: { warn(obj: object, msg?: string): void; error(obj: object, msg?: string): void };
  /** Channels sent to at once; within a channel posts go one by one, in order. */
  concurrency: number;
  maxAttempts: number;
  /** Test hook: runs after the platform confirmed and before the confirmation is recorded. */
  afterSend?: () => void;
}

/** How long a claimed post is left to its worker before a restart may send it again. */
export const leaseMs = 60_000;

const retryDelayMs = (attempts: number) => Math.min(30_000 * 2 ** (attempts - 1), 3_600_000);

function saveContext(row: OutboxRow, messageId: string, deps: OutboxDeps): void {
  const storyIds =
    row.payload.kind === 'story' && row.storyId !== undefined
      ? [row.storyId]
      : row.payload.kind === 'digest'
        ? deps.store.groupedStories(row.id)
        : [];
  for (const storyId of storyIds) {
    const article = deps.store.storyArticle(storyId);
    if (!article) continue;
    deps.articles.saveArticle(row.channel, article);
    if (row.payload.kind === 'story') deps.articles.linkThread(row.channel, messageId, article.id);
  }
}

/**
 * No attempt precedes the row's creation, so a destination looks for an earlier post from
 * then on, less a margin for the platform's clock (Slack's ts) running behind ours.
 */
const findSentClockMarginMs = 5 * 60_000;

function recordSent(row: OutboxRow, messageId: string, deps: OutboxDeps): void {
  deps.store.markSent(row.id, messageId, deps.now());
  try {
    saveContext(row, messageId, deps);
  } catch (error) {
    deps.log.error({ err: error, delivery: row.id }, 'could not save a posted story as context');
  }
}

/**
 * The message an earlier attempt already posted, when the destination can look it up. A row
 * tried before (a crash left it "sending", or a failure such as a timeout came after the
 * request left) may be out already; a fresh row never is, so it costs no lookup.
 */
async function alreadySent(
  row: OutboxRow,
  destination: Destination,
  deps: OutboxDeps,
): Promise<string | undefined> {
  if (!destination.findSent || (row.state !== 'sending' && row.attempts === 0)) return undefined;
  try {
    const since = row.createdAt - findSentClockMarginMs;
    return (await destination.findSent(row.channel, row.idempotencyKey, since))?.messageId;
  } catch (error) {
    // Cannot tell (missing scope, rate limit, network): a repeat beats a lost post.
    deps.log.warn({ err: error, delivery: row.id }, 'could not check for an earlier post; sending');
    return undefined;
  }
}

/** Sends (or finally fails) one post; false when its channel must wait for a retry. */
async function deliver(row: OutboxRow, deps: OutboxDeps): Promise<boolean> {
  const destination = deps.destinations.find((d) => d.platform === row.channel.platform);
  // Only platforms with a destination are asked for (dueOutbox), so this is a race at most.
  if (!destination) return false;
  // "sending" marks the window in which a crash leaves it unknown whether the platform got it;
  // the lease keeps a second worker on the same database from sending it at the same time.
  if (!deps.store.claimForSending(row.id, deps.now(), deps.now() + leaseMs)) return true;
  const found = await alreadySent(row, destination, deps);
  if (found !== undefined) {
    deps.log.warn({ delivery: row.id, messageId: found }, 'post was already out; not resending');
    recordSent(row, found, deps);
    return true;
  }
  const attempts = row.attempts + 1;
  for (;;) {
    try {
      const { messageId } = await destination.send(row.channel, row.payload, {
        idempotencyKey: row.idempotencyKey,
      });
      deps.afterSend?.();
      recordSent(row, messageId, deps);
      return true;
    } catch (error) {
      const failure = error instanceof DestinationError ? error : undefined;
      const message = error instanceof Error ? error.message : String(error);
      if (failure?.retryAfterMs !== undefined) {
        // Rate limits are waited out, never counted as failures and never dropped.
        deps.store.renewLease(row.id, deps.now() + failure.retryAfterMs + leaseMs);
        await deps.sleep(failure.retryAfterMs);
        continue;
      }
      deps.log.warn({ err: error, delivery: row.id, attempts }, 'post failed');
      // A refusal the platform will repeat (unknown channel, no permission) fails at once.
      if (failure?.permanent || attempts >= deps.maxAttempts) {
        deps.store.markFailed(row.id, `failed: ${message}`);
        return true;
      }
      deps.store.markRetry(row.id, deps.now() + retryDelayMs(attempts), `retrying: ${message}`);
      return false;
    }
  }
}

function byChannel(rows: readonly OutboxRow[]): OutboxRow[][] {
  const groups = new Map<string, OutboxRow[]>();
  for (const row of rows) {
    const group = groups.get(row.channelKey) ?? [];
    group.push(row);
    groups.set(row.channelKey, group);
  }
  return [...groups.values()];
}

/**
 * Sends everything due in the outbox, oldest first, each channel in order. Rows left
 * "sending" by a crash are due again: a destination that can look up its posts (findSent)
 * is asked first, else they are re-sent with the same idempotency key.
 */
export function createOutbox(deps: OutboxDeps) {
  let running: Promise<number> | undefined;
  let again = false;

  async function drain(): Promise<number> {
    let handled = 0;
    const waiting = new Set<string>();
    for (;;) {
      const rows = deps.store
        .dueOutbox(
          deps.now(),
          1000,
          deps.destinations.map((d) => d.platform),
        )
        .filter((row) => !waiting.has(row.channelKey));
      // Edits wait for the sends, so a story sent this round is edited in the same round.
      if (!rows.length) {
        await applyEdits(deps);
        return handled;
      }
      const queues = byChannel(rows);
      const worker = async () => {
        for (let queue = queues.shift(); queue; queue = queues.shift()) {
          for (const row of queue) {
            if (!(await deliver(row, deps))) {
              waiting.add(row.channelKey);
              break;
            }
            handled++;
          }
        }
      };
      await Promise.all(Array.from({ length: deps.concurrency }, worker));
    }
  }

  /** Single flight: a call during a drain waits for it and one more pass. */
  async function flush(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      do {
        again = false;
        total += await drain();
      } while (again);
      return total;
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  return { flush };
}

export type Outbox = ReturnType<typeof createOutbox>;
