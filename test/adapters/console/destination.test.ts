import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConsoleDestination, editLines } from '../../../adapters/console/destination.js';
import type { DigestPost } from '../../../src/feeds/types.js';
import type { ChannelRef } from '../../../src/index.js';
import { bridgeStory } from '../../feeds/support/bridge-story.js';
import { type FeedServer, startFeedServer } from '../../feeds/support/feed-server.js';
import { body, type Item, rss2 } from '../../feeds/support/feed-xml.js';
import { serviceWith } from '../../feeds/support/service-with.js';

const minute = 60_000;
const consoleChannel: ChannelRef = { platform: 'console', channelId: 'console' };
const t0 = Date.now();
const item = (n: number, extra: Partial<Item> = {}): Item => ({
  id: `g-${n}`,
  title: `Grouped story ${n} about harbour ${n}`,
  url: `https://news.example/g/${n}`,
  body: body(`harbour ${n}`),
  date: new Date(t0 + n * minute).toISOString(),
  ...extra,
});

describe('the console’s edits of posted messages', () => {
  let feeds: FeedServer;
  let printed: string[];
  let h: ReturnType<typeof serviceWith>;
  beforeEach(async () => {
    feeds = await startFeedServer();
    printed = [];
    h = serviceWith(
      createConsoleDestination((text) => void printed.push(text)),
      t0,
    );
  });
  afterEach(async () => {
    h.close();
    await feeds.close();
  });

  it('prints a line naming the later source of a story listed in an overflow post', async () => {
    feeds.set('/a.xml', { kind: 'feed', body: rss2('Alpha', [item(0)]) });
    feeds.set('/b.xml', { kind: 'feed', body: rss2('Beta', [item(50)]) });
    await h.service.subscribe(consoleChannel, { feed: feeds.url('/a.xml') });
    await h.service.subscribe(consoleChannel, { feed: feeds.url('/b.xml') });
    const burst = [1, 2, 3, 4, 5, 6, 7].map((n) => item(n));
    feeds.set('/a.xml', { kind: 'feed', body: rss2('Alpha', [...burst].reverse()) });
    await h.after(2 * minute);
    expect(printed.at(-1)).toMatch(/^\n2 more stories from Alpha\n/);
    const before = printed.length;

    const copy = item(7, { id: 'beta-7', url: 'https://news.example/g/7?utm_medium=feed' });
    feeds.set('/b.xml', { kind: 'feed', body: rss2('Beta', [copy, item(50)]) });
    await h.after(2 * minute);
    expect(printed.slice(before)).toEqual([
      `Also reported by Beta: ${burst[6]?.title} (in “2 more stories from Alpha”)\n`,
    ]);
    await h.after(2 * minute);
    expect(printed).toHaveLength(before + 1);
  });
});

describe('what an edit prints', () => {
  const digest: DigestPost = {
    kind: 'digest',
    date: '2026-11-29',
    timezone: 'Europe/London',
    stories: [
      { title: 'Ferry returns', lede: 'The ferry is back.', feedTitle: 'Alpha' },
      {
        title: 'Bridge reopens',
        lede: 'The bridge reopened.',
        feedTitle: 'Alpha',
        alsoReportedBy: ['Beta', 'Gamma'],
      },
    ],
  };

  it('names each digest entry with other sources, and the digest it was in', () => {
    expect(editLines(digest)).toEqual([
      'Also reported by Beta and Gamma: Bridge reopens (in “Daily digest, 2026-11-29: 2 stories”)',
    ]);
  });

  it('names a story’s sources by its headline, and prints nothing when there are none', async () => {
    const story = bridgeStory(t0, ['Beta'], {
      headline: 'Bridge reopens after repairs',
      summary: '',
    });
    const printed: string[] = [];
    const destination = createConsoleDestination((text) => void printed.push(text));
    await destination.edit?.(consoleChannel, 'k1', story);
    await destination.edit?.(consoleChannel, 'k2', { ...digest, stories: [] });
    expect(printed).toEqual(['Also reported by Beta: Bridge reopens after repairs\n']);
  });
});
