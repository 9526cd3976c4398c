import { NewsbriefError } from '../errors.js';

/**
 * linkedom + Readability slow down worse than quadratically with nesting (500 levels of <div>
 * take about 0.6 s, 2,000 levels 15 s, 100,000 levels minutes), and a parse cannot be
 * interrupted. Real news pages nest a few dozen levels, so the markup's depth is measured first
 * with one linear pass and a page past the limit is refused before any parser sees it.
 */
export const maxMarkupDepth = 256;

export type MarkupMode = 'html' | 'xml';

// Elements htmlparser2 (linkedom's tokenizer) never pushes on its stack.
const voidElements = new Set(
  'area base br col embed hr img input link meta param source track wbr basefont bgsound frame keygen'.split(
    ' ',
  ),
);

// Content the tokenizer reads as text up to the matching end tag.
const rawTextElements = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);

// Openings that close the element on top of the stack, as htmlparser2 does. Listing fewer rules
// than the parser only over-estimates the depth, which errs on the side of refusing.
const blockClosesP =
  'address article aside blockquote div dl fieldset footer form h1 h2 h3 h4 h5 h6 header hr main nav ol p pre section table ul'.split(
    ' ',
  );
const closesTop = new Map<string, ReadonlySet<string>>([
  ...blockClosesP.map((name): [string, ReadonlySet<string>] => [name, new Set(['p'])]),
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['dt', new Set(['dt', 'dd'])],
  ['dd', new Set(['dt', 'dd'])],
  ['td', new Set(['td', 'th'])],
  ['th', new Set(['td', 'th'])],
  ['tr', new Set(['tr', 'td', 'th'])],
]);

/**
 * The deepest element nesting in `markup`, reading it once; stops counting past `limit` (the
 * answer is then limit + 1). Comments, CDATA and script-like content are skipped.
 */
export function markupDepth(markup: string, mode: MarkupMode, limit = maxMarkupDepth): number {
  const stack: string[] = [];
  let deepest = 0;
  let at = markup.indexOf('<');
  while (at !== -1) {
    const next = markup[at + 1] ?? '';
    if (markup.startsWith('<!--', at)) at = after(markup, '-->', at + 4);
    else if (markup.startsWith('<![CDATA[', at)) at = after(markup, ']]>', at + 9);
    else if (next === '!' || next === '?') at = after(markup, '>', at + 2);
    else if (next !== '/' && !isLetter(next)) at += 1;
    else {
      const end = markup.indexOf('>', at);
      if (end === -1) break;
      const closing = next === '/';
      const name = tagName(markup, at + (closing ? 2 : 1), end);
      const tag = mode === 'html' ? name.toLowerCase() : name;
      at = end + 1;
      if (!tag) continue;
      if (closing) closeTo(stack, tag);
      else if (!(mode === 'xml' ? markup[end - 1] === '/' : voidElements.has(tag))) {
        if (mode === 'html') closeImplied(stack, tag);
        stack.push(tag);
        deepest = Math.max(deepest, stack.length);
        if (deepest > limit) return deepest;
        if (mode === 'html' && rawTextElements.has(tag)) at = endOfRawText(markup, tag, at);
      }
    }
    at = at === -1 ? -1 : markup.indexOf('<', at);
  }
  return deepest;
}

/** Refuses markup nested deeper than the limit, with a message a user can act on. */
export function assertShallowMarkup(markup: string, mode: MarkupMode): void {
  const depth = markupDepth(markup, mode);
  if (depth <= maxMarkupDepth) return;
  const what = mode === 'html' ? 'page' : 'feed';
  throw new NewsbriefError(
    mode === 'html' ? 'too_large' : 'feed_malformed',
    `That ${what} nests its markup more than ${maxMarkupDepth} levels deep, which no real ${what} needs; newsbrief won't read it.`,
  );
}

function after(markup: string, marker: string, from: number): number {
  const end = markup.indexOf(marker, from);
  return end === -1 ? -1 : end + marker.length;
}

/** Where `</tag` starts, in any letter case, or the end of the markup. */
function endOfRawText(markup: string, tag: string, from: number): number {
  for (let at = markup.indexOf('</', from); at !== -1; at = markup.indexOf('</', at + 2)) {
    if (markup.slice(at + 2, at + 2 + tag.length).toLowerCase() === tag) return at;
  }
  return markup.length;
}

/** The tag name from `from`, up to a space, a slash or `end`. */
function tagName(markup: string, from: number, end: number): string {
  let stop = from;
  while (stop < end && !nameEnds.has(markup.charCodeAt(stop))) stop++;
  return markup.slice(from, stop);
}

// Space, tab, newline, form feed, carriage return and the slash end a tag name.
const nameEnds = new Set([0x20, 0x09, 0x0a, 0x0c, 0x0d, 0x2f]);

function closeTo(stack: string[], tag: string): void {
  const index = stack.lastIndexOf(tag);
  if (index !== -1) stack.length = index;
}

function closeImplied(stack: string[], tag: string): void {
  const closes = closesTop.get(tag);
  while (closes && stack.length > 0 && closes.has(stack[stack.length - 1] ?? '')) stack.pop();
}

function isLetter(char: string): boolean {
  return (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z');
}
