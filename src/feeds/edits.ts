import type { SubscriptionStore } from '../store/subscription-types.js';
import type { Destination } from './types.js';

export interface EditDeps {
  store: SubscriptionStore;
  destinations: readonly Destination[];
  log: { warn(obj: object, msg?: string): void };
}

/**
 * Re-renders posted stories another feed of the channel carried later. Each edit is tried once:
 * a platform that cannot edit, or refuses, keeps the post as it is (never a second post), and a
 * later source tries again with every name.
 */
export async function applyEdits(deps: EditDeps): Promise<number> {
  const edits = deps.store.dueEdits(
    100,
    deps.destinations.map((d) => d.platform),
  );
  let edited = 0;
  for (const pending of edits) {
    const destination = deps.destinations.find((d) => d.platform === pending.channel.platform);
    try {
      if (!destination?.edit) {
        deps.log.warn({ delivery: pending.id }, 'this platform cannot edit a posted story');
        continue;
      }
      await destination.edit(pending.channel, pending.messageId, pending.payload);
      edited++;
    } catch (error) {
      deps.log.warn({ err: error, delivery: pending.id }, 'could not edit a posted story');
    } finally {
      deps.store.editDone(pending.id);
    }
  }
  return edited;
}
