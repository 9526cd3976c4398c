import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoryPost } from '../../src/index.js';
import { type FeedServer, startFeedServer } from './support/feed-server.js';
import { body, type Item, rss2 } from './support/feed-xml.js';
import { channel, createHarness, start } from './support/harness.js';

const minute = 60_000;
const item = (n: number, offsetMin: number, extra: Partial<Item> = {}): Item => ({
  id: `story-${n}`,
  title: `Story number ${n} about town ${n}`,
  url: `https://news.example/${n}`,
  body: body(`town ${n}`),
  date: new Date(start + offsetMin * minute).toISOString(),
  ...extra,
});

let server: FeedServer;
let h: ReturnType<typeof createHarness>;
beforeEach(async () => {
  server = await startFeedServer();
  h = createHarness();
});
afterEach(async () => {
  h.close();
  await server.close();
});

const stories = () => h.sent.filter((s) => s.post.kind === 'story');
const copyOf5 = (guid: string) =>
  item(5, 1, { id: guid, url: 'https://news.example/5?utm_source=rss&fbclid=x' });

describe('a story another feed carries after it was posted', () => {
  it('edits the posted message to name the later source, and never posts it twice', async () => {
    server.set('/a.xml', { kind: 'feed', body: rss2('Alpha', [item(1, -9)]) });
    server.set('/b.xml', { kind: 'feed', body: rss2('Beta', [item(9, -9)]) });
    await h.service.subscribe(channel('c1'), { feed: server.url('/a.xml') });
    await h.service.subscribe(channel('c1'), { feed: server.url('/b.xml') });
    server.set('/a.xml', { kind: 'feed', body: rss2('Alpha', [item(5, 1), item(1, -9)]) });
    await h.after(2 * minute);
    const posted = stories().find((s) => (s.post as StoryPost).title.includes('number 5'));
    expect((posted?.post as StoryPost | undefined)?.alsoReportedBy).toEqual([]);
    expect(h.edits).toEqual([]);

    server.set('/b.xml', { kind: 'feed', body: rss2('Beta', [copyOf5('beta-5'), item(9, -9)]) });
    await h.after(2 * minute);
    const fives = stories().filter((s) => (s.post as StoryPost).title.includes('number 5'));
    expect(fives).toHaveLength(1);
    const messageId = `m${h.sent.indexOf(fives[0] as (typeof h.sent)[number]) + 1}`;
    expect(h.edits).toHaveLength(1);
    expect(h.edits[0]?.messageId).toBe(messageId);
    expect(h.edits[0]?.channel).toEqual(channel('c1'));
    const edited = h.edits[0]?.post as StoryPost;
    expect(edited.feedTitle).toBe('Alpha');
    expect(edited.alsoReportedBy).toEqual(['Beta']);
    expect(h.service.undelivered(channel('c1')).map((u) => u.reason)).toEqual([
      expect.stringMatching(/^duplicate/),
    ]);

    // Polling again changes nothing: the edit is made once and the copy is already known.
    await h.after(2 * minute);
    expect(h.edits).toHaveLength(1);
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
      server.set(path, { kind: 'feed', body: rss2(title, [item(sample, -9)]) });
      await h.service.subscribe(channel('c1'), { feed: server.url(path) });
    }
    server.set('/a.xml', { kind: 'feed', body: rss2('Alpha', [item(5, 1)]) });
    await h.after(2 * minute);
    server.set('/b.xml', { kind: 'feed', body: rss2('Beta', [copyOf5('beta-5')]) });
    await h.after(2 * minute);
    server.set('/c.xml', { kind: 'feed', body: rss2('Gamma', [copyOf5('gamma-5')]) });
    await h.after(2 * minute);
    expect(h.edits.map((e) => (e.post as StoryPost).alsoReportedBy)).toEqual([
      ['Beta'],
      ['Beta', 'Gamma'],
    ]);
    expect(new Set(h.edits.map((e) => e.messageId)).size).toBe(1);
    expect(stories().filter((s) => (s.post as StoryPost).title.includes('number 5'))).toHaveLength(
      1,
    );
  });

  it('leaves the post as it is when the edit fails, and never posts the copy', async () => {
    server.set('/a.xml', { kind: 'feed', body: rss2('Alpha', [item(1, -9)]) });
    server.set('/b.xml', { kind: 'feed', body: rss2('Beta', [item(9, -9)]) });
    await h.service.subscribe(channel('c1'), { feed: server.url('/a.xml') });
    await h.service.subscribe(channel('c1'), { feed: server.url('/b.xml') });
    server.set('/a.xml', { kind: 'feed', body: rss2('Alpha', [item(5, 1), item(1, -9)]) });
    await h.after(2 * minute);
    const before = h.sent.length;
    h.failNextEdit(new Error('Unknown Message'));
    server.set('/b.xml', { kind: 'feed', body: rss2('Beta', [copyOf5('beta-5'), item(9, -9)]) });
    await h.after(2 * minute);
    await h.after(2 * minute);
    expect(h.sent).toHaveLength(before);
    expect(h.edits).toEqual([]);
    expect(h.service.undelivered(channel('c1'))[0]?.reason).toMatch(/^duplicate/);
  });
});
