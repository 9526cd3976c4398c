import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { identitiesOf } from '../../src/feeds/identity.js';
import { normaliseLink } from '../../src/feeds/normalize.js';
import { feedsFromOpml, toOpml } from '../../src/feeds/opml.js';
import { parseFeedText } from '../../src/feeds/parse.js';
import { atom, body, jsonFeed, rdf, rss2 } from './support/feed-xml.js';

const samples = join(import.meta.dirname, '..', '..', 'content', 'feeds');
const items = [
  {
    id: 'a1',
    title: 'Bridge reopens',
    url: 'https://n.example/a1',
    body: body('Leeds'),
    date: '2026-11-28T10:00:00Z',
  },
  { id: 'a2', title: 'Undated note', url: 'https://n.example/a2', body: body('York') },
];

describe('parsing feeds', () => {
  it.each([
    ['RSS 2.0', rss2, 'rss'],
    ['RSS 1.0 / RDF', rdf, 'rdf'],
    ['Atom', atom, 'atom'],
    ['JSON Feed', jsonFeed, 'json'],
  ] as const)('reads %s items with title, link, text and date', (_name, write, format) => {
    const feed = parseFeedText(write('Local Paper', items));
    expect(feed.format).toBe(format);
    expect(feed.title).toBe('Local Paper');
    expect(feed.entries.map((e) => [e.title, e.url, e.publishedAt])).toEqual([
      ['Bridge reopens', 'https://n.example/a1', Date.parse('2026-11-28T10:00:00Z')],
      ['Undated note', 'https://n.example/a2', undefined],
    ]);
    expect(feed.entries[0]?.content).toMatch(/Leeds/);
  });

  it.each(['politics.rss.xml', 'business.rdf', 'tech.atom', 'sport.json'])(
    'reads the sample feed %s, whose items link to local articles',
    (file) => {
      const feed = parseFeedText(readFileSync(join(samples, file), 'utf8'));
      expect(feed.entries).toHaveLength(3);
      for (const entry of feed.entries) {
        expect(entry.url).toMatch(/^articles\/[a-z]+-\d+\.txt$/);
        expect(readFileSync(join(samples, entry.url ?? ''), 'utf8').length).toBeGreaterThan(500);
      }
    },
  );

  it('refuses a web page, a JSON document that is not a feed, and garbage', () => {
    expect(() => parseFeedText('<!doctype html><html><body>Hi</body></html>')).toThrow(
      /not an RSS/,
    );
    expect(() => parseFeedText('{"version":"1","items":[]}')).toThrow(/not a JSON Feed/);
    expect(() => parseFeedText('')).toThrow(/not an RSS/);
  });
});

describe('story identity', () => {
  it('drops tracking parameters and fragments from links but keeps the meaningful ones', () => {
    expect(
      normaliseLink(
        'HTTPS://News.Example:443/a/b?utm_source=x&id=7&fbclid=1&gclid=2&UTM_Medium=y#top',
      ),
    ).toBe('https://news.example/a/b?id=7');
    expect(normaliseLink('https://n.example/p?b=2&a=1&mc_cid=9')).toBe(
      'https://n.example/p?a=1&b=2',
    );
  });

  it('knows a story by guid, normalised link and the fingerprint of its words', () => {
    const [keys, republished] = identitiesOf([
      {
        guid: 'g',
        title: 'Bridge reopens',
        url: 'https://n.example/a?utm_x=1',
        content: '<p>Text.</p>',
      },
      { guid: 'other', title: 'Bridge  reopens!', url: 'https://n.example/b', content: 'Text' },
    ]).map((identity) => identity.keys);
    expect(keys?.slice(0, 2)).toEqual(['g:g', 'l:https://n.example/a']);
    expect(keys?.[2]).toBe(republished?.[2]);
  });
});

describe('OPML', () => {
  it('round-trips a channel list, folders flattened, with characters that need escaping', () => {
    const feeds = [
      { url: 'https://a.example/feed?x=1&y=2', title: 'A & B "News"' },
      { url: 'https://c.example/atom', title: '' },
    ];
    const opml = toOpml('Mine', feeds);
    expect(feedsFromOpml(opml)).toEqual(feeds.map((f) => f.url));
    const nested = `<?xml version="1.0"?><opml version="1.0"><head/><body>
      <outline text="World"><outline text="x" xmlUrl="https://x.example/rss"/>
      <outline text="y" xmlUrl="https://y.example/rss"/></outline>
      <outline text="z" type="rss" xmlUrl="https://z.example/rss"/></body></opml>`;
    expect(feedsFromOpml(nested)).toEqual([
      'https://x.example/rss',
      'https://y.example/rss',
      'https://z.example/rss',
    ]);
    expect(() => feedsFromOpml('<rss/>')).toThrow(/not an OPML/);
  });
});
