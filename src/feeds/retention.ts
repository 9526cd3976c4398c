import type { PruneReport, SubscriptionStore } from '../store/subscription-types.js';

const hour = 3_600_000;
const day = 24 * hour;

/**
 * How long rows are kept. Handled events only stop a platform's redelivery of one event,
 * which happens within minutes (Slack retries after 1 and 5 minutes; a Discord gateway replays
 * on resume), so a day is a wide margin. A feed item's memory only matters while the feed may
 * list it again: it goes once the feed has not listed it for a month of successful reads and it
 * is dated a day past the age at which a returning item is refused as too old. Undated items,
 * dated by first sight, would look new again, so they stay. Settled deliveries go after a
 * month; the story claims that make a later copy a duplicate stay.
 */
export const retention = {
  handledEventsMs: day,
  feedItemAbsentMs: 30 * day,
  tooOldMarginMs: day,
  settledMs: 30 * day,
  keepUndelivered: 20,
  batch: 1000,
  /** Batches per run: a run blocks the event loop for this many small deletes at most. */
  batchesPerRun: 10,
  everyMs: hour,
};

const lastRun = new WeakMap<SubscriptionStore, number>();

/**
 * Prunes the database at most once an hour (sooner while a backlog remains), a few indexed
 * batches per run. Call it from a timer; it returns what it deleted, or undefined when not due.
 */
export function pruneIfDue(
  store: SubscriptionStore,
  now: number,
  maxAgeMs: number,
): PruneReport | undefined {
  if (now - (lastRun.get(store) ?? Number.NEGATIVE_INFINITY) < retention.everyMs) return undefined;
  const options = {
    now,
    handledBefore: now - retention.handledEventsMs,
    absentMs: retention.feedItemAbsentMs,
    tooOldBefore: now - maxAgeMs - retention.tooOldMarginMs,
    settledBefore: now - retention.settledMs,
    keepUndelivered: retention.keepUndelivered,
    batch: retention.batch,
  };
  const total: PruneReport = { handledEvents: 0, feedItems: 0, deliveries: 0, stories: 0 };
  let backlog = false;
  for (let i = 0; i < retention.batchesPerRun; i++) {
    const report = store.prune(options);
    for (const key of Object.keys(total) as (keyof PruneReport)[]) total[key] += report[key];
    backlog = Math.max(report.handledEvents, report.feedItems, report.deliveries) >= options.batch;
    if (!backlog) break;
  }
  // A backlog (the first run on an old database) goes on at the next tick, not in an hour.
  lastRun.set(store, backlog ? now - retention.everyMs : now);
  return total;
}
