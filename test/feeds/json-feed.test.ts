// Fictional JSON Feeds: every title and text here is made up for the test.
import { describe, expect, it } from 'vitest';
import { parseFeedText } from '../../src/feeds/parse.js';

const feed = (version: string, items: unknown[]) =>
  JSON.stringify({ version, title: 'Pier Notes', home_page_url: null, items });

describe('JSON Feed', () => {
  it('reads 1.0 and 1.1, with the http:// form of the version URL', () => {
    for (const version of [
      'https://jsonfeed.org/version/1',
      'http://jsonfeed.org/version/1',
      'https://jsonfeed.org/version/1.1',
    ]) {
      const parsed = parseFeedText(feed(version, [{ id: '1', content_text: 'Tide tables out.' }]));
      expect(parsed.entries).toHaveLength(1);
    }
    expect(() => parseFeedText('{"version":"1","items":[]}')).toThrow(/not a JSON Feed/);
  });

  it('keeps items with null fields and without ids, identified by link then content', () => {
    const parsed = parseFeedText(
      feed('https://jsonfeed.org/version/1.1', [
        {
          id: null,
          url: 'https://pier.example/a',
          title: 'Pier A',
          summary: null,
          content_html: '<p>Open</p>',
        },
        {
          url: null,
          title: null,
          content_text: 'A note with no title or link at all.',
          date_published: null,
        },
        { id: 42, title: '<b>Bold</b> &amp; brave', content_html: null, summary: 'Summary only.' },
      ]),
    );
    expect(parsed.entries.map((e) => [e.guid?.slice(0, 5), e.title, e.url])).toEqual([
      ['https', 'Pier A', 'https://pier.example/a'],
      ['sha1:', 'A note with no title or link at all.', undefined],
      ['42', 'Bold & brave', undefined],
    ]);
    expect(parsed.entries[2]?.content).toBe('Summary only.');
  });

  it('prefers content_html, then content_text, then summary, escaping plain text as HTML', () => {
    const parsed = parseFeedText(
      feed('https://jsonfeed.org/version/1.1', [
        { id: 'a', content_html: '<p>Html</p>', content_text: 'Text', summary: 'Sum' },
        { id: 'b', content_text: 'Costs < 5%', summary: 'Sum' },
      ]),
    );
    expect(parsed.entries.map((e) => e.content)).toEqual(['<p>Html</p>', 'Costs &lt; 5%']);
    expect(parsed.entries[0]?.summary).toBe('Sum');
  });
});
