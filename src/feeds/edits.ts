import type { PendingEdit, SubscriptionStore } from '../store/subscription-types.js';
import { type Destination, DestinationError } from './types.js';

export interface EditDeps {
  store: SubscriptionStore;
  destinations: readonly Destination[];
  now: () => number;
  /** Failed tries of one edit before it is given up (rate limits do not count). */
  maxAttempts: number;
  log: { warn(obj: object, msg?: string): void };
}

const retryDelayMs = (attempts: number) => Math.min(30_000 * 2 ** (attempts - 1), 3_600_000);

/** Records a failed edit; true when the platform asked us to slow down. */
function settleFailure(error: unknown, edit: PendingEdit, deps: EditDeps): boolean {
  const failure = error instanceof DestinationError ? error : undefined;
  const message = error instanceof Error ? error.message : String(error);
  const at = deps.now();
  if (failure?.retryAfterMs !== undefined) {
    deps.store.editRetry(edit.id, at + failure.retryAfterMs, `rate limited: ${message}`, false);
    return true;
  }
  const attempts = edit.attempts + 1;
  if (failure?.permanent || attempts >= deps.maxAttempts) {
    const reason = failure?.permanent
      ? `refused: ${message}`
      : `failed ${attempts} times: ${message}`;
    deps.log.warn({ err: error, delivery: edit.id, attempts }, `gave up editing a post: ${reason}`);
    deps.store.editGiveUp(edit.id, edit.revision, reason);
    return false;
  }
  deps.log.warn({ err: error, delivery: edit.id, attempts }, 'could not edit a post; will retry');
  deps.store.editRetry(edit.id, at + retryDelayMs(attempts), message, true);
  return false;
}

/**
 * Re-renders posted messages (a story, or an overflow or digest listing it) to name sources
 * another feed of the channel carried later. Each edit is a job kept in the database until it
 * is made or given up: rate limits are waited out, other failures retried with backoff up to
 * `maxAttempts`, a refusal the platform will repeat given up at once. An edit never posts.
 */
export async function applyEdits(deps: EditDeps): Promise<number> {
  const due = deps.store.dueEdits(
    100,
    deps.destinations.map((d) => d.platform),
    deps.now(),
  );
  // A platform that asked us to slow down gets no more edits this round.
  const slowed = new Set<string>();
  let edited = 0;
  for (const edit of due) {
    if (slowed.has(edit.channel.platform)) continue;
    const destination = deps.destinations.find((d) => d.platform === edit.channel.platform);
    if (!destination?.edit) {
      const reason = 'this platform cannot edit a posted message';
      deps.log.warn({ delivery: edit.id }, `gave up editing a post: ${reason}`);
      deps.store.editGiveUp(edit.id, edit.revision, reason);
      continue;
    }
    try {
      await destination.edit(edit.channel, edit.messageId, edit.payload);
      deps.store.editDone(edit.id, edit.revision);
      edited++;
    } catch (error) {
      if (settleFailure(error, edit, deps)) slowed.add(edit.channel.platform);
    }
  }
  return edited;
}
