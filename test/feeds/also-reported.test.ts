import { describe, expect, it } from 'vitest';
import type { StoryPost } from '../../src/feeds/types.js';
import { DestinationError } from '../../src/index.js';
import { body, type Item, rss2 } from './support/feed-xml.js';
import { channel, start, useFeedHarness } from './support/harness.js';

const minute = 60_000;
const item = (n: number, offsetMin: number, extra: Partial<Item> = {}): Item => ({
  id: `story-${n}`,
  title: `Story number ${n} about town ${n}`,
  url: `https://news.example/${n}`,
  body: body(`town ${n}`),
  date: new Date(start + offsetMin * minute).toISOString(),
  ...extra,
});

const feeds = useFeedHarness();

const stories = () => feeds.h.sent.filter((s) => s.post.kind === 'story');
const copyOf5 = (guid: string) =>
  item(5, 1, { id: guid, url: 'https://news.example/5?utm_source=rss&fbclid=x' });

/** Alpha and Beta in one channel, then Alpha brings story 5 and it is posted on its own. */
async function fivePosted() {
  feeds.server.set('/a.xml', { kind: 'feed', body: rss2('Alpha', [item(1, -9)]) });
  feeds.server.set('/b.xml', { kind: 'feed', body: rss2('Beta', [item(9, -9)]) });
  await feeds.h.service.subscribe(channel('c1'), { feed: feeds.server.url('/a.xml') });
  await feeds.h.service.subscribe(channel('c1'), { feed: feeds.server.url('/b.xml') });
  feeds.server.set('/a.xml', { kind: 'feed', body: rss2('Alpha', [item(5, 1), item(1, -9)]) });
  await feeds.h.after(2 * minute);
}

describe('a story another feed carries after it was posted', () => {
  it('edits the posted message to name the later source, and never posts it twice', async () => {
    await fivePosted();
    const posted = stories().find((s) => (s.post as StoryPost).title.includes('number 5'));
    expect((posted?.post as StoryPost | undefined)?.alsoReportedBy).toEqual([]);
    expect(feeds.h.edits).toEqual([]);

    feeds.server.set('/b.xml', {
      kind: 'feed',
      body: rss2('Beta', [copyOf5('beta-5'), item(9, -9)]),
    });
    await feeds.h.after(2 * minute);
    const fives = stories().filter((s) => (s.post as StoryPost).title.includes('number 5'));
    expect(fives).toHaveLength(1);
    const messageId = `m${feeds.h.sent.indexOf(fives[0] as (typeof feeds.h.sent)[number]) + 1}`;
    expect(feeds.h.edits).toHaveLength(1);
    expect(feeds.h.edits[0]?.messageId).toBe(messageId);
    expect(feeds.h.edits[0]?.channel).toEqual(channel('c1'));
    const edited = feeds.h.edits[0]?.post as StoryPost;
    expect(edited.feedTitle).toBe('Alpha');
    expect(edited.alsoReportedBy).toEqual(['Beta']);
    expect(feeds.h.service.undelivered(channel('c1')).map((u) => u.reason)).toEqual([
      expect.stringMatching(/^duplicate/),
    ]);

    // Polling again changes nothing: the edit is made once and the copy is already known.
    await feeds.h.after(2 * minute);
    expect(feeds.h.edits).toHaveLength(1);
    expect(stories().filter((s) => (s.post as StoryPost).title.includes('number 5'))).toHaveLength(
      1,
    );
  });

  it('names every later source in one line, edit after edit', async () => {
    for (const [path, title, sample] of [
      ['/a.xml', 'Alpha', 1],
      ['/b.xml', 'Beta', 2],
      ['/c.xml', 'Gamma', 3],
    ] as const) {
      feeds.server.set(path, { kind: 'feed', body: rss2(title, [item(sample, -9)]) });
      await feeds.h.service.subscribe(channel('c1'), { feed: feeds.server.url(path) });
    }
    feeds.server.set('/a.xml', { kind: 'feed', body: rss2('Alpha', [item(5, 1)]) });
    await feeds.h.after(2 * minute);
    feeds.server.set('/b.xml', { kind: 'feed', body: rss2('Beta', [copyOf5('beta-5')]) });
    await feeds.h.after(2 * minute);
    feeds.server.set('/c.xml', { kind: 'feed', body: rss2('Gamma', [copyOf5('gamma-5')]) });
    await feeds.h.after(2 * minute);
    expect(feeds.h.edits.map((e) => (e.post as StoryPost).alsoReportedBy)).toEqual([
      ['Beta'],
      ['Beta', 'Gamma'],
    ]);
    expect(new Set(feeds.h.edits.map((e) => e.messageId)).size).toBe(1);
    expect(stories().filter((s) => (s.post as StoryPost).title.includes('number 5'))).toHaveLength(
      1,
    );
  });

  it('leaves the post as it is when the platform refuses the edit, and never posts the copy', async () => {
    await fivePosted();
    const before = feeds.h.sent.length;
    feeds.h.failNextEdit(new DestinationError('Unknown Message', { permanent: true }));
    feeds.server.set('/b.xml', {
      kind: 'feed',
      body: rss2('Beta', [copyOf5('beta-5'), item(9, -9)]),
    });
    await feeds.h.after(2 * minute);
    await feeds.h.after(2 * minute);
    expect(feeds.h.sent).toHaveLength(before);
    expect(feeds.h.edits).toEqual([]);
    expect(feeds.h.service.undelivered(channel('c1'))[0]?.reason).toMatch(/^duplicate/);
  });
});
