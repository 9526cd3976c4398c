import { describe, expect, it } from 'vitest';
import { storyEmbed } from '../../adapters/discord/destination.js';
import { storyBlocks } from '../../adapters/slack/destination.js';
import type { DigestPost, OverflowPost, StoryPost } from '../../src/feeds/types.js';
import { postText } from '../../src/index.js';
import { body, type Item, rss2 } from './support/feed-xml.js';
import { channel, start, useFeedHarness } from './support/harness.js';

const minute = 60_000;
const item = (n: number, offsetMin: number, extra: Partial<Item> = {}): Item => ({
  id: `g-${n}`,
  title: `Grouped story ${n} about harbour ${n}`,
  url: `https://news.example/g/${n}`,
  body: body(`harbour ${n}`),
  date: new Date(start + offsetMin * minute).toISOString(),
  ...extra,
});
// The same story as another feed carries it: its own guid, the link with tracking parameters.
const copyOf = (n: number, offsetMin: number, guid: string) =>
  item(n, offsetMin, { id: guid, url: `https://news.example/g/${n}?utm_medium=feed` });

const feeds = useFeedHarness();

const feed = (path: string, title: string, items: Item[]) =>
  feeds.server.set(path, { kind: 'feed', body: rss2(title, items) });
const reasons = () =>
  feeds.h.service.undelivered(channel('c1')).map((u) => `${u.title}: ${u.reason}`);

describe('a story that went out inside an overflow or digest post', () => {
  it('edits the overflow post to name a later source next to that story, and never posts it', async () => {
    feed('/a.xml', 'Alpha', [item(0, -9)]);
    feed('/b.xml', 'Beta', [item(50, -9)]);
    await feeds.h.service.subscribe(channel('c1'), { feed: feeds.server.url('/a.xml') });
    await feeds.h.service.subscribe(channel('c1'), { feed: feeds.server.url('/b.xml') });
    const burst = [1, 2, 3, 4, 5, 6, 7].map((n) => item(n, n));
    feed('/a.xml', 'Alpha', [...burst].reverse());
    await feeds.h.after(2 * minute);
    const overflow = feeds.h.sent.find((s) => s.post.kind === 'overflow');
    expect((overflow?.post as OverflowPost | undefined)?.stories.map((s) => s.title)).toEqual([
      burst[5]?.title,
      burst[6]?.title,
    ]);
    const sentBefore = feeds.h.sent.length;

    feed('/b.xml', 'Beta', [copyOf(7, 8, 'beta-7'), item(50, -9)]);
    await feeds.h.after(2 * minute);
    expect(feeds.h.sent).toHaveLength(sentBefore);
    expect(feeds.h.edits).toHaveLength(1);
    expect(feeds.h.edits[0]?.messageId).toBe(
      `m${feeds.h.sent.indexOf(overflow as (typeof feeds.h.sent)[number]) + 1}`,
    );
    const edited = feeds.h.edits[0]?.post as OverflowPost;
    expect(edited.stories.map((s) => s.alsoReportedBy)).toEqual([undefined, ['Beta']]);
    expect(reasons()).toEqual([expect.stringMatching(/^Grouped story 7 .*: duplicate/)]);
    expect(postText(edited)).toContain(
      `${burst[6]?.title} <https://news.example/g/7> · Also reported by Beta`,
    );

    await feeds.h.after(2 * minute);
    expect(feeds.h.edits).toHaveLength(1);
    expect(feeds.h.sent).toHaveLength(sentBefore);
  });

  it('names a copy that arrives before the digest in that entry, and edits the sent digest for a later one', async () => {
    feed('/a.xml', 'Alpha', [item(0, -9)]);
    feed('/b.xml', 'Beta', [item(50, -9)]);
    feed('/c.xml', 'Gamma', [item(60, -9)]);
    await feeds.h.service.subscribe(channel('c1'), {
      feed: feeds.server.url('/a.xml'),
      mode: 'daily',
      time: '13:00',
      timezone: 'UTC',
    });
    await feeds.h.service.subscribe(channel('c1'), { feed: feeds.server.url('/b.xml') });
    await feeds.h.service.subscribe(channel('c1'), { feed: feeds.server.url('/c.xml') });
    feed('/a.xml', 'Alpha', [item(2, 2), item(1, 1), item(0, -9)]);
    await feeds.h.after(5 * minute);
    feed('/b.xml', 'Beta', [copyOf(2, 3, 'beta-2'), item(50, -9)]);
    await feeds.h.after(5 * minute);
    expect(
      feeds.h.sent.filter((s) => s.post.kind !== 'story' || s.post.title.includes('story 2')),
    ).toEqual([]);

    feeds.h.clock.now = Date.parse('2026-11-29T13:00:30Z');
    await feeds.h.after(0);
    const digest = feeds.h.sent.find((s) => s.post.kind === 'digest');
    const entries = (digest?.post as DigestPost | undefined)?.stories;
    expect(entries?.map((s) => [s.title, s.alsoReportedBy])).toEqual([
      [item(1, 1).title, undefined],
      [item(2, 2).title, ['Beta']],
    ]);
    expect(feeds.h.edits).toEqual([]);

    feed('/c.xml', 'Gamma', [copyOf(2, 4, 'gamma-2'), item(60, -9)]);
    await feeds.h.after(2 * minute);
    expect(feeds.h.edits).toHaveLength(1);
    const edited = feeds.h.edits[0]?.post as DigestPost;
    expect(edited.stories.map((s) => s.alsoReportedBy)).toEqual([undefined, ['Beta', 'Gamma']]);
    expect(
      feeds.h.sent.filter((s) => s.post.kind === 'story' && s.post.title.includes('story 2')),
    ).toEqual([]);
    expect(reasons().filter((r) => r.startsWith(item(2, 2).title))).toEqual([
      expect.stringMatching(/duplicate/),
      expect.stringMatching(/duplicate/),
    ]);
  });

  it('draws the also-line next to the story on Discord, Slack and in plain text', () => {
    const post: DigestPost = {
      kind: 'digest',
      date: '2026-11-29',
      timezone: 'UTC',
      stories: [
        { title: 'Quiet one', lede: 'Nothing else.', url: 'https://x.example/1', feedTitle: 'A' },
        {
          title: 'Big one',
          lede: 'Everyone has it.',
          url: 'https://x.example/2',
          feedTitle: 'A',
          alsoReportedBy: ['B <b>', 'C'],
        },
      ],
    };
    const discord = storyEmbed(post).description ?? '';
    expect(discord).toContain(
      '**[Big one](https://x.example/2)** · _Also reported by B <b> and C_',
    );
    expect(discord.match(/Also reported/g)).toHaveLength(1);
    const slack = JSON.stringify(storyBlocks(post));
    expect(slack).toContain('Also reported by B &lt;b&gt; and C');
    expect(slack.match(/Also reported/g)).toHaveLength(1);
    expect(postText(post)).toContain(
      'Big one <https://x.example/2> · Also reported by B <b> and C',
    );
    const overflow: OverflowPost = { kind: 'overflow', feedTitle: 'A', stories: post.stories };
    expect(storyEmbed(overflow).description).toContain('· _Also reported by B <b> and C_');
  });

  it('puts a copy that arrives before the overflow post is sent into that post, and edits it if the sender had read it already', () => {
    const ch = channel('c5');
    const brief = {
      headline: '',
      lede: '',
      points: [],
      facts: { people: [], organisations: [], places: [], dates: [], money: [], numbers: [] },
      readingMinutes: 1,
      wordCount: 1,
      source: '',
      summary: '',
    };
    const group = (n: number) => {
      const ids = ['one', 'two'].map((title) => {
        const payload: StoryPost = {
          kind: 'story',
          brief,
          articleId: title,
          title,
          feedTitle: 'Alpha',
          publishedAt: new Date(start).toISOString(),
          alsoReportedBy: [],
        };
        const key = `${title}-${n}`;
        const base = { channel: ch, createdAt: start, claims: [`g:${key}`] };
        return (
          feeds.h.store.record({
            ...base,
            kind: 'story',
            state: 'grouped',
            payload,
            idempotencyKey: key,
          }) ?? 0
        );
      });
      const post: OverflowPost = {
        kind: 'overflow',
        feedTitle: 'Alpha',
        stories: [{ title: 'one' }, { title: 'two' }],
      };
      const id =
        feeds.h.store.record({
          channel: ch,
          kind: 'overflow',
          state: 'pending',
          payload: post,
          idempotencyKey: `o${n}`,
          createdAt: start,
        }) ?? 0;
      feeds.h.store.setGroup(ids, id);
      return { id, two: ids[1] ?? 0 };
    };
    /** The sender reads the due post, `between` runs, then it is claimed and confirmed. */
    const send = (id: number, between = () => {}) => {
      const row = feeds.h.store.dueOutbox(start, 10, ['discord']).find((r) => r.id === id);
      between();
      expect(feeds.h.store.claimForSending(id, start, start + minute)).toBe(true);
      feeds.h.store.markSent(id, `msg-${id}`, start);
      return (row?.payload as OverflowPost | undefined)?.stories.map((s) => s.alsoReportedBy);
    };

    const early = group(1);
    feeds.h.store.addAlsoReported(early.two, 'Beta');
    expect(send(early.id)).toEqual([undefined, ['Beta']]);
    expect(feeds.h.store.dueEdits(10, ['discord'], start)).toEqual([]);

    const late = group(2);
    expect(send(late.id, () => feeds.h.store.addAlsoReported(late.two, 'Beta'))).toEqual([
      undefined,
      undefined,
    ]);
    const edits = feeds.h.store.dueEdits(10, ['discord'], start);
    expect(edits.map((e) => [e.id, e.messageId])).toEqual([[late.id, `msg-${late.id}`]]);
    expect((edits[0]?.payload as OverflowPost | undefined)?.stories[1]?.alsoReportedBy).toEqual([
      'Beta',
    ]);
  });
});
