// Fictional feeds in the older and odder formats: every title and text is made up for the test.
import { describe, expect, it } from 'vitest';
import { viewFeed } from '../../src/feeds/inspect.js';
import { parseFeedText } from '../../src/feeds/parse.js';

describe('feed formats in the wild', () => {
  it('reads Atom 0.3 with escaped and base64 content', () => {
    const html = Buffer.from('<p>Ferry <b>back</b> on Monday.</p>').toString('base64');
    const feed = parseFeedText(`<?xml version="1.0"?>
      <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old Atom</title>
      <entry><title mode="escaped" type="text/html">Quay &amp;lt;closed&amp;gt; &lt;b&gt;today&lt;/b&gt;</title>
        <link rel="alternate" type="text/html" href="https://quay.example/1"/><id>tag:quay,1</id>
        <issued>2026-11-20T08:00:00Z</issued><content mode="base64" type="text/html">${html}</content></entry>
      </feed>`);
    expect(feed.format).toBe('atom');
    const [entry] = feed.entries;
    expect(entry?.title).toBe('Quay <closed> today');
    expect(entry?.url).toBe('https://quay.example/1');
    expect(entry?.publishedAt).toBe(Date.parse('2026-11-20T08:00:00Z'));
    expect(entry?.content).toContain('<b>back</b>');
  });

  it('reads RSS 0.90 and a prefixed Atom 1.0 with XHTML content', () => {
    const rss090 = parseFeedText(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
      xmlns="http://my.netscape.com/rdf/simple/0.9/"><channel><title>Ninety</title></channel>
      <item><title>Pier lights fixed</title><link>https://pier.example/1</link></item></rdf:RDF>`);
    expect(rss090.entries.map((e) => [e.title, e.url])).toEqual([
      ['Pier lights fixed', 'https://pier.example/1'],
    ]);
    const prefixed =
      parseFeedText(`<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>P</a:title>
      <a:entry><a:title>Tram news</a:title><a:id>urn:t</a:id><a:link href="https://tram.example/"/>
      <a:content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Costs &lt; 5%<br/>and more</p></div></a:content>
      </a:entry></a:feed>`);
    expect(prefixed.entries[0]?.content).toBe('<p>Costs &lt; 5%<br>and more</p>');
  });

  it('reads items a broken template nested, and Atom inside an XHTML page', () => {
    const nested = parseFeedText(`<rss version="2.0"><channel><title>N</title>
      <item><title>One</title><link>https://n.example/1</link><item><title>Two</title>
      <link>https://n.example/2</link></item></item><item/></channel></rss>`);
    expect(nested.entries.map((e) => e.title)).toEqual(['One', 'Two']);
    const wrapped = parseFeedText(`<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">
      <body><feed xmlns="http://www.w3.org/2005/Atom"><title>W</title><entry><title>Inside</title>
      <id>urn:w</id><link href="https://w.example/"/></entry></feed></body></html>`);
    expect(wrapped.entries.map((e) => e.title)).toEqual(['Inside']);
  });

  it('lists two stories sharing a guid both, and a duplicated item once', () => {
    const item = (title: string, link: string) =>
      `<item><title>${title}</title><link>${link}</link><guid>same</guid><description>${title} text.</description></item>`;
    const feed = parseFeedText(
      `<rss version="2.0"><channel><title>G</title>${item('Dock A opens', 'https://g.example/a')}${item('Dock B shuts', 'https://g.example/b')}${item('Dock A opens', 'https://g.example/a')}</channel></rss>`,
    );
    // Undated, so read newest first: the last listed is posted first.
    expect(viewFeed(feed).items.map((i) => i.title)).toEqual(['Dock A opens', 'Dock B shuts']);
  });
});

describe('markup a feed left unescaped', () => {
  it('reads HTML written straight into an RSS description as HTML, an open <br> included', () => {
    const feed = parseFeedText(`<rss version="2.0"><channel><title>U</title><item>
      <title>Quay <b>reopens</b></title><link>https://u.example/1</link>
      <description><p>Boats return<br>on Monday &amp; Tuesday.</p></description></item></channel></rss>`);
    expect(feed.entries[0]?.title).toBe('Quay reopens');
    expect(viewFeed(feed).items[0]?.summary).toBe('Boats return on Monday & Tuesday.');
  });
});

describe('items that are easy to lose', () => {
  it('lists link-less items sharing a guid when their words differ, titled from nested media', () => {
    const feed = parseFeedText(`<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
      <channel><title>M</title>
      <item><guid isPermaLink="false">clip</guid><pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate>
        <media:group><media:content><media:title>Harbour at dawn</media:title></media:content></media:group></item>
      <item><guid isPermaLink="false">clip</guid><pubDate>Mon, 02 Nov 2026 09:00:00 GMT</pubDate>
        <enclosure url="https://m.example/2.mp3" type="audio/mpeg"><media:title>Harbour at dusk</media:title></enclosure></item>
      </channel></rss>`);
    expect(viewFeed(feed).items.map((i) => i.title)).toEqual([
      'Harbour at dusk',
      'Harbour at dawn',
    ]);
  });

  it('reads an Atom title of another media type as base64, and a custom one that is not as text', () => {
    const entry = (title: string) => `<entry><id>urn:${title.length}</id>${title}</entry>`;
    const feed = parseFeedText(`<feed xmlns="http://www.w3.org/2005/Atom"><title>B</title>
      ${entry(`<title type="application/octet-stream">${Buffer.from('<p>Dock news</p>').toString('base64')}</title>`)}
      ${entry('<title type="application/x-custom">test</title>')}</feed>`);
    expect(feed.entries.map((e) => e.title)).toEqual(['Dock news', 'test']);
  });
});

describe('documents of bare items', () => {
  it('reads an Atom entry document and a channel without <rss> as the feeds they stand for', () => {
    const entry =
      parseFeedText(`<entry xmlns="http://www.w3.org/2005/Atom"><title>Lone entry</title>
      <id>urn:lone</id><link href="https://lone.example/"/></entry>`);
    expect(entry.entries.map((e) => [e.title, e.url])).toEqual([
      ['Lone entry', 'https://lone.example/'],
    ]);
    const channel = parseFeedText(`<channel><title>Bare</title><item><title>Bare item</title>
      <link>https://bare.example/1</link></item></channel>`);
    expect([channel.format, channel.title, channel.entries[0]?.title]).toEqual([
      'rss',
      'Bare',
      'Bare item',
    ]);
    expect(() => parseFeedText('<html><body><p>No feed here</p></body></html>')).toThrow(
      /not an RSS/,
    );
  });
});
