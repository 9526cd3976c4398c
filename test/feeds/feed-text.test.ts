// Fictional feed text: every title and paragraph here is made up for the test.
import { describe, expect, it } from 'vitest';
import { cutAtWord, htmlText, inlineText } from '../../src/feeds/clean-text.js';
import { parseFeedText } from '../../src/feeds/parse.js';
import { maxTitleChars, withPostTitle } from '../../src/feeds/story.js';

const rss = (item: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Test</title><item>${item}</item></channel></rss>`;
const one = (item: string) => parseFeedText(rss(item), 'https://paper.example/feed.xml').entries[0];

describe('feed titles', () => {
  it('keeps text in angle brackets that is not markup, decoding entities once', () => {
    expect(one('<title>Profits &lt; 5% as costs &gt; revenue</title>')?.title).toBe(
      'Profits < 5% as costs > revenue',
    );
    expect(one('<title>The &lt;Foo&gt; widget ships</title>')?.title).toBe(
      'The <Foo> widget ships',
    );
    // Escaped twice: the markup is the publisher's, the escaped ampersand is text.
    expect(one('<title>&lt;b&gt;Ben &amp;amp; Jerry&lt;/b&gt; &amp;#32;open</title>')?.title).toBe(
      'Ben & Jerry open',
    );
    expect(inlineText('a &lt;b&gt; c', 'html')).toBe('a <b> c');
    expect(inlineText('1,200 ft<sup>2</sup> flat', 'html')).toBe('1,200 ft2 flat');
  });

  it('reads an Atom title as its type says', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry>
      <title type="text">x &lt;b&gt; y</title><id>urn:1</id></entry><entry><id>urn:2</id>
      <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">New <em>bridge</em> opens</div></title>
      </entry></feed>`;
    expect(parseFeedText(atom).entries.map((e) => e.title)).toEqual([
      'x <b> y',
      'New bridge opens',
    ]);
  });

  it('reads a very long title whole, and posts it cut at a word, short enough for every platform', () => {
    const long = `${'Council approves the harbour plan '.repeat(12)}today`;
    const entry = one(`<title>${long}</title><link>https://paper.example/a</link>`);
    expect(entry?.title).toBe(long);
    const posted = entry && withPostTitle(entry);
    expect(posted?.title.length).toBeLessThanOrEqual(maxTitleChars);
    expect(posted?.title).toMatch(/ (Council|approves|the|harbour|plan)…$/);
    expect(posted?.url).toBe('https://paper.example/a');
    expect(cutAtWord('short', 10)).toBe('short');
  });

  it('titles an untitled item with its first words', () => {
    expect(
      one(
        '<description>A ferry ran aground near the pier on Sunday. Nobody was hurt.</description>',
      )?.title,
    ).toBe('A ferry ran aground near the pier on Sunday.');
  });
});

describe('feed item text', () => {
  it('drops the furniture publishers append to every item', () => {
    const html = `<p>The ferry service resumes on Monday.</p>
      <p>The ticket office opens at nine. <a href="https://paper.example/ferry">Continue reading...</a></p>
      <p>The post <a href="https://paper.example/ferry">Ferry resumes</a> appeared first on <a href="https://paper.example">Paper</a>.</p>
      <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a>
      <div class="feedflare"><a href="https://feeds.feedburner.com/~ff/x">Digg</a></div>
      <img src="https://paper.example/pixel" width="1" height="1">
      submitted by /u/someone <a href="https://paper.example/ferry">[link]</a> <a href="https://paper.example/c">[comments]</a>`;
    expect(htmlText(html)).toBe(
      'The ferry service resumes on Monday.\n\nThe ticket office opens at nine.',
    );
    expect(
      htmlText(
        '<p>A pier.</p> submitted by <a href="/u/a">/u/a</a> to <a href="/r/b">/r/b</a> <a href="/c">[12 comments]</a>',
      ),
    ).toBe('A pier.');
    expect(htmlText('Trains are back. Read more »')).toBe('Trains are back.');
  });

  it('keeps code quoted in a post as text', () => {
    expect(htmlText('<p>Use <code>&lt;/code&gt;</code> to close it.</p>')).toBe(
      'Use </code> to close it.',
    );
  });

  it('resolves relative links against xml:base, then the feed address', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://base.example/blog/">
      <title>T</title><entry xml:base="posts/"><id>urn:1</id><title>A</title><link href="one.html"/></entry>
      <entry><id>urn:2</id><title>B</title><link href="/two.html"/></entry></feed>`;
    expect(parseFeedText(atom).entries.map((e) => e.url)).toEqual([
      'https://base.example/blog/posts/one.html',
      'https://base.example/two.html',
    ]);
    expect(one('<title>C</title><link>/c.html</link>')?.url).toBe('https://paper.example/c.html');
  });
});
