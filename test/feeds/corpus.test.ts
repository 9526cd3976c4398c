// The open half of feeds-in-the-wild: real feeds from five parser projects' fixtures, each read
// and checked against what Python's feedparser reads in it (or, for JSON Feed, which feedparser
// does not read, against the JSON itself).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparable, type ExpectedFeed } from '../../scripts/lib/feed-score.js';
import { createEngine } from '../../src/engine.js';
import { NewsbriefError } from '../../src/errors.js';
import { type FeedView, parseFeedBytes, viewFeed } from '../../src/feeds/inspect.js';
import { buildStory } from '../../src/feeds/story.js';
import { loadConfig } from '../../src/index.js';

const corpus = join(import.meta.dirname, '..', 'fixtures', 'feeds-in-the-wild');
const expected = JSON.parse(
  readFileSync(join(corpus, 'expected-feedparser.json'), 'utf8'),
) as Record<string, ExpectedFeed>;
const files = readdirSync(join(corpus, 'feeds')).sort();
const bytes = (file: string) => readFileSync(join(corpus, 'feeds', file));
// As if served from a web server, so that relative links have an address to resolve against.
const read = (file: string): FeedView =>
  viewFeed(parseFeedBytes(bytes(file), `https://feeds.example/${file}`));

// Stored gzipped: feedparser, given the raw bytes, reads nothing in them.
const gzipped = files.filter((file) => bytes(file)[0] === 0x1f && bytes(file)[1] === 0x8b);
const notFeeds = files.filter(
  (file) => !file.endsWith('.json') && !expected[file]?.version && !gzipped.includes(file),
);
const xmlFeeds = files.filter((file) => !file.endsWith('.json') && expected[file]?.version);
const jsonFeeds = files.filter((file) => file.endsWith('.json'));

describe('the real feeds of feeds-in-the-wild', () => {
  it('has every kind of file it is meant to test', () => {
    expect(files).toHaveLength(75);
    expect(jsonFeeds).toHaveLength(7);
    expect(notFeeds.length).toBeGreaterThan(0);
  });

  it.each(xmlFeeds)('%s: every item feedparser finds, with its title and a web link', (file) => {
    const view = read(file);
    const wanted = (expected[file]?.items ?? []).filter((item) => item.title || item.link);
    const titles = new Set(view.items.map((item) => comparable(item.title)));
    const links = new Set(view.items.map((item) => item.link));
    for (const want of wanted) {
      const found = titles.has(comparable(want.title)) || links.has(want.link);
      expect(found, `${want.title} ${want.link}`).toBe(true);
      if (!want.title) continue;
      const same = view.items.some((item) => {
        const ours = comparable(item.title);
        return (
          ours === comparable(want.title) ||
          (ours.endsWith('…') && comparable(want.title).startsWith(ours.slice(0, -1)))
        );
      });
      expect(same, want.title).toBe(true);
    }
    for (const item of view.items) {
      expect(item.title).not.toContain('\uFFFD');
      if (item.link) expect(item.link).toMatch(/^https?:\/\/[^/]/);
    }
    expect(view.items.length).toBeGreaterThan(0);
  });

  it.each(jsonFeeds)('%s: every JSON Feed item, titled as the feed titles it', (file) => {
    const json = JSON.parse(bytes(file).toString('utf8')) as {
      items: { title?: string | null; url?: string | null }[];
    };
    const view = read(file);
    expect(view.items).toHaveLength(json.items.length);
    for (const [i, item] of json.items.entries()) {
      const ours = view.items.find((v) => v.link === item.url) ?? view.items[i];
      if (item.title) expect(comparable(ours?.title ?? '')).toBe(comparable(item.title));
    }
  });

  it.each(gzipped)('%s: read once unpacked', (file) => {
    expect(read(file).items.length).toBeGreaterThan(9);
  });

  it.each(notFeeds)('%s: refused as not a feed, not read as an empty one', (file) => {
    expect(() => read(file)).toThrow(/not an RSS, Atom or JSON feed/);
  });
});

describe('what the real feeds need', () => {
  it('reads charsets declared only in the XML declaration', () => {
    expect(read('feedrs__rss_0.91_encoding_1.xml').items[0]?.title).toBe(
      'bash - Expansão de Parâmetros',
    );
    expect(read('nodefp__iconv.xml').items.map((i) => i.title)).toContain(
      'В Бузулуке главные стройплощадки – детсад и Ледовый дворец',
    );
  });

  it('reads a feed stored gzipped, and Atom wrapped in an XHTML page', () => {
    expect(read('nodefp__compressed.xml').items).toHaveLength(10);
    const wrapped = read('feedjira__DuplicateContentAtomFeed.xml').items.map((i) => i.title);
    expect(wrapped).toContain('Down time');
  });

  it('resolves links against xml:base and the feed address', () => {
    expect(read('feedrs__atom_xml_base.xml').items[0]?.link).toBe(
      'https://numi.st/post/2022/travel-uke',
    );
    expect(read('nodefp__rss-with-relative-urls.xml').items[0]?.link).toMatch(
      /^https:\/\/feeds\.example\/en\/games\/neverwinter\//,
    );
  });

  it('drops "Continue reading…" from the Guardian summaries', () => {
    const summaries = read('rssparser__guardian.rss').items.map((item) => item.summary);
    expect(summaries.filter((s) => /continue reading/i.test(s))).toEqual([]);
    expect(summaries.filter(Boolean).length).toBeGreaterThan(40);
  });

  it('keeps code written in Daring Fireball posts as text, never as markup', () => {
    const summaries = read('rsparser__DaringFireball.rss').items.map((item) => item.summary);
    expect(summaries.filter((s) => /<\/?(a|p|code|blockquote)\b[^>]*>/.test(s))).toEqual([]);
  });

  it('briefs Daring Fireball and Guardian items without markup or "Continue reading"', async () => {
    // Offline: a teaser's linked page is refused, so the brief comes from the feed's own words.
    const fetcher = {
      fetchText: async () => {
        throw new NewsbriefError('fetch_refused', 'offline test');
      },
    };
    const engine = createEngine({ config: loadConfig({}), fetcher });
    const deps = { engine, localRoots: [], maxBytes: 5_000_000 };
    const texts: string[] = [];
    for (const file of ['rsparser__DaringFireball.rss', 'rssparser__guardian.rss']) {
      const feed = parseFeedBytes(bytes(file), 'https://feeds.example/');
      for (const entry of feed.entries) {
        const { brief } = await buildStory(entry, feed.title, deps);
        texts.push([brief.lede, ...brief.points].join('\n'));
      }
    }
    expect(texts).toHaveLength(102);
    const markup = /<\/?(a|p|code|blockquote|div|img|br)\b[^>]*>|&[a-z]+;|continue reading/i;
    expect(texts.filter((text) => markup.test(text))).toEqual([]);
  });
});
