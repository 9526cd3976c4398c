import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { lastDigestSlot } from '../../src/feeds/digest.js';
import type { DigestPost } from '../../src/feeds/types.js';
import { body, type Item, rss2 } from './support/feed-xml.js';
import { channel, useFeedHarness } from './support/harness.js';

const feeds = useFeedHarness();

const item = (n: number, at: number): Item => ({
  id: `d-${n}`,
  title: `Digest story ${n}`,
  url: `https://news.example/d/${n}`,
  body: body(`county ${n}`),
  date: new Date(at).toISOString(),
});

describe('daily digests', () => {
  it('goes out once a day at 09:00 London time, before and after the clocks go back', async () => {
    // British Summer Time ends at 01:00 UTC on Sunday 25 October 2026.
    feeds.h.clock.now = Date.parse('2026-10-23T12:00:00Z');
    const items = [item(0, feeds.h.clock.now - 60_000)];
    feeds.server.set('/d.xml', { kind: 'feed', body: rss2('County News', items) });
    await feeds.h.service.subscribe(channel('c1'), {
      feed: feeds.server.url('/d.xml'),
      mode: 'daily',
      time: '09:00',
      timezone: 'Europe/London',
    });
    const digests: { at: string; post: DigestPost }[] = [];
    for (let step = 1; step <= 4 * 24 * 6; step++) {
      if (step % 36 === 0) {
        items.unshift(item(step, feeds.h.clock.now));
        feeds.server.set('/d.xml', { kind: 'feed', body: rss2('County News', items) });
      }
      const before = feeds.h.sent.length;
      await feeds.h.after(10 * 60_000);
      for (const sent of feeds.h.sent.slice(before))
        if (sent.post.kind === 'digest')
          digests.push({ at: new Date(feeds.h.clock.now).toISOString(), post: sent.post });
    }
    expect(digests.map((d) => d.at)).toEqual([
      '2026-10-24T08:00:00.000Z',
      '2026-10-25T09:00:00.000Z',
      '2026-10-26T09:00:00.000Z',
      '2026-10-27T09:00:00.000Z',
    ]);
    expect(digests.map((d) => d.post.date)).toEqual([
      '2026-10-24',
      '2026-10-25',
      '2026-10-26',
      '2026-10-27',
    ]);
    const listed = digests.flatMap((d) => d.post.stories.map((s) => s.title));
    expect(listed).toHaveLength(new Set(listed).size);
    // 16 stories arrived, every six hours; the last one after the final digest waits for the next.
    expect(items.length - 1).toBe(16);
    expect(listed).toEqual(
      items
        .slice(1, -1)
        .reverse()
        .map((i) => i.title),
    );
    expect(digests[0]?.post.stories[0]?.lede).toMatch(/county/);
    expect(feeds.h.sent.filter((s) => s.post.kind === 'story')).toHaveLength(1);
  });

  it('finds the slot of a local time on the days clocks spring forward in New York', () => {
    const zone = 'America/New_York';
    const slot = (iso: string) =>
      lastDigestSlot('07:30', zone, Date.parse(iso)).toUTC().toISO({ suppressMilliseconds: true });
    expect(slot('2026-03-07T13:00:00Z')).toBe('2026-03-07T12:30:00Z');
    expect(slot('2026-03-08T12:00:00Z')).toBe('2026-03-08T11:30:00Z');
    expect(slot('2026-03-08T11:00:00Z')).toBe('2026-03-07T12:30:00Z');
    const gap = lastDigestSlot('02:30', zone, Date.parse('2026-03-08T12:00:00Z'));
    expect(gap.setZone(zone).toFormat('HH:mm')).toBe('03:30');
    expect(DateTime.fromISO('2026-03-08', { zone }).isInDST).toBe(false);
  });
});
