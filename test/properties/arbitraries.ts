import fc from 'fast-check';

/** Fragments that break naive HTML, XML and chat handling. */
const nasty = [
  '<p>',
  '</p>',
  '<div class="x">',
  '</div>',
  '<script>alert(1)</script>',
  '<style>p{}</style>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<?xml version="1.0"?>',
  '<!DOCTYPE html>',
  '&amp;',
  '&#0;',
  '&#x1F600;',
  '&bogus;',
  '<a href="javascript:alert(1)">',
  '<img src=x onerror=alert(1)>',
  '<br/>',
  '<',
  '>',
  '"',
  "'",
  '\u0000',
  '\uFEFF',
  '\u202E',
  '\uD800',
  '@everyone',
  '<@123456789>',
  '<!channel>',
  '```',
  '\n\n',
  '. ',
  '? ',
  'Mr. ',
  'U.S. ',
  '3.5%',
  '$1.2 billion',
];

const prose = fc.lorem({ maxCount: 12, mode: 'sentences' });

export const htmlSoup = fc
  .array(fc.oneof(fc.constantFrom(...nasty), prose, fc.string({ maxLength: 40 })), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

export const textSoup = fc
  .array(
    fc.oneof(prose, fc.constantFrom(...nasty), fc.string({ unit: 'grapheme', maxLength: 30 })),
    {
      maxLength: 40,
    },
  )
  .map((parts) => parts.join(' '));

const feedBits = [
  '<rss version="2.0">',
  '</rss>',
  '<channel>',
  '</channel>',
  '<item>',
  '</item>',
  '<title>',
  '</title>',
  '<link>https://example.com/a</link>',
  '<guid>',
  '</guid>',
  '<pubDate>Tue, 10 Jun 2025 04:00:00 GMT</pubDate>',
  '<pubDate>not a date</pubDate>',
  '<feed xmlns="http://www.w3.org/2005/Atom">',
  '</feed>',
  '<entry>',
  '</entry>',
  '<description><![CDATA[<p>x</p>]]></description>',
  '<!ENTITY lol "lol">',
  '&lol;',
  '{"version":"https://jsonfeed.org/version/1.1","items":[',
  ']}',
  '{"id":1,"content_text":null}',
  '{',
];

/** XML and JSON feed soup: real feed parts in random order, mixed with junk. */
export const feedSoup = fc
  .array(fc.oneof(fc.constantFrom(...feedBits), fc.constantFrom(...nasty), prose), {
    maxLength: 50,
  })
  .map((parts) => parts.join(''));

/** A value an adapter might hand dispatch for an option, from plausible to hostile. */
export const optionValue = fc.oneof(
  fc.string({ maxLength: 50 }),
  textSoup,
  fc.webUrl(),
  fc.constantFrom(
    'file:///etc/passwd',
    'javascript:alert(1)',
    'http://169.254.169.254/',
    '../../.env',
  ),
  fc.string({ minLength: 250, maxLength: 3_000 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);
