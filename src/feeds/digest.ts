import { DateTime } from 'luxon';
import type { SubscriptionRow, SubscriptionStore } from '../store/subscription-types.js';
import type { DigestPost, StoryPost } from './types.js';

/**
 * The latest moment at or before `now` that reads `time` on the wall clock of `zone`. Luxon does
 * the calendar arithmetic, so a day of 23 or 25 hours still gets its digest at the local time.
 */
export function lastDigestSlot(time: string, zone: string, now: number): DateTime {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const local = DateTime.fromMillis(now, { zone });
  const at = (day: DateTime) => day.set({ hour, minute, second: 0, millisecond: 0 });
  const today = at(local);
  return today.toMillis() <= now ? today : at(local.minus({ days: 1 }));
}

/**
 * Turns each channel's queued stories into one digest per schedule slot. The slot is part of
 * the digest's idempotency key and recorded on each subscription, so a slot is served once.
 */
export function queueDueDigests(store: SubscriptionStore, now: number): number {
  const groups = new Map<string, { slot: DateTime; subs: SubscriptionRow[] }>();
  for (const sub of store.dailySubscriptions()) {
    if (!sub.digestTime || !sub.timezone) continue;
    const slot = lastDigestSlot(sub.digestTime, sub.timezone, now);
    if (slot.toMillis() <= Math.max(sub.lastDigestAt ?? 0, sub.createdAt)) continue;
    // When clocks go back a local time happens twice; the day still gets one digest.
    const last = sub.lastDigestAt && DateTime.fromMillis(sub.lastDigestAt, { zone: sub.timezone });
    if (last && last.toISODate() === slot.toISODate()) continue;
    const key = `${sub.channelKey}|${sub.digestTime}|${sub.timezone}|${slot.toMillis()}`;
    const group = groups.get(key) ?? { slot, subs: [] };
    group.subs.push(sub);
    groups.set(key, group);
  }
  let queued = 0;
  for (const [key, { slot, subs }] of groups) {
    store.transaction(() => {
      const rows = store.queuedForDigest(subs.map((sub) => sub.id));
      for (const sub of subs) store.setLastDigest(sub.id, slot.toMillis());
      const first = subs[0];
      if (!rows.length || !first) return;
      const post: DigestPost = {
        kind: 'digest',
        date: slot.toISODate() ?? '',
        timezone: first.timezone ?? 'UTC',
        stories: rows.map(({ payload }) => {
          const story = payload as StoryPost;
          return {
            title: story.title,
            lede: story.brief.lede,
            feedTitle: story.feedTitle,
            ...(story.url ? { url: story.url } : {}),
            // Copies that arrived while the story waited for its digest.
            ...(story.alsoReportedBy.length ? { alsoReportedBy: story.alsoReportedBy } : {}),
          };
        }),
      };
      const id = store.record({
        channel: first.channel,
        kind: 'digest',
        state: 'pending',
        payload: post,
        idempotencyKey: `digest:${key}`,
        createdAt: now,
      });
      if (id === undefined) return;
      store.setGroup(
        rows.map((row) => row.id),
        id,
      );
      queued++;
    });
  }
  return queued;
}
