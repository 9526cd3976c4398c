// Most feed items are plain text or a few paragraphs of simple markup. Building a DOM and
// running Readability over each of them cost ~2 ms and ~9 KB of garbage that V8 promotes to the
// old generation (measured, 1,000-feed bench), which is what pushed a poll round to 400 MB RSS.
// Markup this reader does not fully understand is left to the page extractor.

// Inline markup: dropped, its text kept.
const inline = new Set(
  'a abbr b bdi bdo cite code data dfn em font i ins kbd mark q s samp small span strike strong sub sup time tt u var wbr img'.split(
    ' ',
  ),
);
// Blocks: each ends a paragraph.
const block = new Set('p div br hr ul ol li blockquote h1 h2 h3 h4 h5 h6 dl dt dd'.split(' '));

const named: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  euro: '€',
  pound: '£',
  cent: '¢',
  yen: '¥',
  times: '×',
};

function entity(name: string): string | undefined {
  if (name[0] !== '#') return named[name];
  const code =
    name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
    ? String.fromCodePoint(code)
    : undefined;
}

function decode(text: string): string | undefined {
  let unknown = false;
  const decoded = text.replace(
    /&([a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);/g,
    (raw, name) => {
      const char = entity(name);
      if (char === undefined) unknown = true;
      return char ?? raw;
    },
  );
  return unknown ? undefined : decoded;
}

/**
 * The paragraphs of a feed item whose markup is only simple text blocks and inline tags, one
 * paragraph a block, blank-line separated; undefined for anything else (scripts, tables, figures,
 * comments, an entity it does not know), which needs the page extractor.
 */
export function simpleItemText(html: string): string | undefined {
  const paragraphs: string[] = [];
  let current = '';
  const tag =
    /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s<>"'=/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>=`]+))?)*)\s*\/?>/y;
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    const text = decode(html.slice(at, open < 0 ? html.length : open));
    if (text === undefined) return undefined;
    current += text;
    if (open < 0) break;
    tag.lastIndex = open;
    const match = tag.exec(html);
    const name = match?.[2]?.toLowerCase() ?? '';
    if (!match || !(inline.has(name) || block.has(name))) return undefined;
    if (block.has(name)) {
      paragraphs.push(current);
      current = '';
    } else if (name === 'img' || name === 'wbr') current += name === 'img' ? ' ' : '';
    at = tag.lastIndex;
  }
  paragraphs.push(current);
  return paragraphs
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
