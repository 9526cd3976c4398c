import { decodeHTMLStrict } from 'entities';
import { Parser } from 'htmlparser2';

// Feed text as a reader should see it: markup gone, entities decoded exactly once, and the
// furniture publishers append to every item ("Continue reading…", "The post … appeared first
// on …", share and comment links, tracking pixels) removed.

// HTML elements a title may carry. Only these are taken for tags: "Profits < 5% as costs > revenue"
// or "<Foo>" in a title is text, and is kept.
const htmlTags =
  'a abbr acronym b big blockquote br cite code dd del dfn div dl dt em font h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small span strike strong sub sup time tt u ul var wbr';
const tagPattern = `</?(?:${htmlTags.replace(/ /g, '|')})\\b(?:[^<>"']|"[^"]*"|'[^']*')*>`;
const markupOrEntity = new RegExp(
  `${tagPattern}|&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);`,
  'g',
);

// Tags that break a line; the others (ft<sup>2</sup>, <span>₹</span>4,000) join their words.
const breaking = /^<\/?(br|p|div|li|h[1-6]|blockquote|dd|dt|dl|ol|ul|hr|pre)\b/i;

/** True when a title that may be HTML (RSS, JSON Feed) holds a known tag or an entity. */
export const looksLikeHtml = (text: string) => new RegExp(markupOrEntity.source).test(text);

/** One line of text from a title: tags dropped and entities decoded in one pass, never twice. */
export function inlineText(text: string, kind: 'text' | 'html' | 'auto'): string {
  const html = kind === 'html' || (kind === 'auto' && looksLikeHtml(text));
  const plain = html
    ? text.replace(markupOrEntity, (token) =>
        token[0] === '&' ? decodeHTMLStrict(token) : breaking.test(token) ? ' ' : '',
      )
    : text;
  // A replacement character or a control character tells a reader nothing.
  return plain
    .replace(/\s+/g, ' ')
    .replace(/[\uFFFD\p{Cc}]/gu, '')
    .trim();
}

// Elements whose content is not reading text.
const skipped = new Set(['script', 'style', 'noscript', 'iframe', 'object', 'svg', 'template']);
const blocks = new Set(
  'address article aside blockquote br dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul'.split(
    ' ',
  ),
);
// Links that share the item or lead to its comments, not part of the story.
const furnitureLink =
  /(sharer|share\?|sharearticle|intent\/tweet|twitter\.com\/share|\/submit\?|pin\/create|addtoany|mailto:\?|feeds\.feedburner\.com\/~ff\/|\/~f(f|lare)\/)/i;

/** The text of an item's HTML, one paragraph a block, blank-line separated, furniture removed. */
export function htmlText(html: string): string {
  const paragraphs: string[] = [];
  let current = '';
  let skipDepth = 0;
  const anchors: boolean[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (skipDepth || skipped.has(name) || /\bfeedflare\b/.test(attrs.class ?? '')) {
          skipDepth++;
          return;
        }
        if (name === 'a') anchors.push(furnitureLink.test(attrs.href ?? ''));
        if (blocks.has(name)) {
          paragraphs.push(current);
          current = '';
        }
      },
      onclosetag(name) {
        if (skipDepth) {
          skipDepth--;
          return;
        }
        if (name === 'a') anchors.pop();
        if (blocks.has(name)) {
          paragraphs.push(current);
          current = '';
        }
      },
      ontext(text) {
        if (!skipDepth && !anchors.includes(true)) current += text;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  paragraphs.push(current);
  return cleanParagraphs(paragraphs);
}

// Whole paragraphs that are furniture.
const furnitureParagraph = [
  /^the post\b.{1,300}\bappeared first on\b.{1,200}$/i,
  /^(continue reading|read more|keep reading|read the (rest|full (story|article|post))|full story|more)\b.{0,40}$/i,
  /^submitted by\s+\/?u\/\S+(\s+to\s+\/?r\/\S+)?$/i,
  /^(share|share this|share this (story|article|post)|tweet|email|print)\s*:?$/i,
  /^\[?(link|comments?)\]?$/i,
];
// Furniture at the end of a paragraph.
const furnitureTail = [
  /\s*the post\b.{1,300}\bappeared first on\b.{1,200}$/i,
  /\s*[[(]?\s*(continue reading|read more|keep reading|read the (rest|full (story|article|post)))\b[^\])]{0,60}[\])]?\s*[.…»→›>]*\s*$/i,
  /\s*(\[(link|\d*\s*comments?)\]\s*)+$/i,
];

/** Paragraph texts with whitespace collapsed and furniture dropped, blank-line separated. */
export function cleanParagraphs(paragraphs: readonly string[]): string {
  const kept: string[] = [];
  for (const raw of paragraphs) {
    let text = raw.replace(/\s+/g, ' ').trim();
    for (const pattern of furnitureTail) text = text.replace(pattern, '');
    text = text.replace(/\s*\[(…|\.\.\.)\]$/, '…').trim();
    if (text && !furnitureParagraph.some((pattern) => pattern.test(text))) kept.push(text);
  }
  return kept.join('\n\n');
}

/** Plain text as HTML, so an item's content is always markup of one kind. */
export const textAsHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The text cut at a word to at most `max` characters, with an ellipsis when it was cut. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const space = head.lastIndexOf(' ');
  const cut = space > max * 0.6 ? head.slice(0, space) : head.slice(0, max - 1);
  return `${cut.replace(/[\s,;:.–—-]+$/, '')}…`;
}
