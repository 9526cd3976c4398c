// Removes from the story's tree what is page, not story: figures and their captions, credits,
// related-link strips, share bars, newsletter boxes, hover cards, link lists. Judged by markup
// names (as trafilatura's discard rules are) and by link density (as Readability's are), never
// by one site's wording. A node holding most of the story's text is never removed.
export interface ElementLike {
  nodeType: number;
  tagName: string;
  textContent: string | null;
  childNodes: ArrayLike<ElementLike>;
  getAttribute(name: string): string | null;
  remove(): void;
}

const alwaysPage = new Set(
  'FIGURE FIGCAPTION ASIDE NAV FOOTER FORM BUTTON SELECT INPUT IFRAME DIALOG'.split(' '),
);
const listTags = new Set(['UL', 'OL']);
const boxTags = new Set(['P', 'DIV', 'LI', 'SECTION', 'TABLE']);

// Whole words or word-parts in class and id names that mark furniture around a story.
const pageNames =
  /(^|[\s_-])(captions?|credits?|wp-caption-text|image-?credit|photo-?credit|related|relatedlinks|promo|promos|promotion|newsletter|subscribe|subscription|signup|sign-up|share|sharing|social|sharebar|share-?tools|tags?|tag-?list|breadcrumbs?|comments?|advert\w*|ads?|ad-?slot|sponsor\w*|recommend\w*|read-?more|more-?stories|most-?(read|popular)|popular|trending|outbrain|taboola|hover-?card|tooltip|popup|modal|toolbar|tools|article-?tools|utility|utilities|byline|author-?(bio|box|info)|bio|disclaimer|copyright|citation|inline-?(ad|promo)|video-?player|gallery|slideshow|pullquote|pull-quote|sidebar|banner|syndication|viral|nav|navbar|subnav|menu|footer|author|cookie|consent|teaser|timestamp|meta|infinite-?scroll|hidden|hide)($|[\s_-])/i;

/** `wholePage`: the tree is the page, not yet the story, so a box is only removed when it is
 * clearly small beside the page (a quarter of its text, at most one long paragraph, less than half
 * of its paragraph text): a short story in a box with an unlucky name must reach Readability. */
export function pruneStory(root: ElementLike, wholePage = false): void {
  const size = measure(root);
  const total = size.get(root)?.text ?? 0;
  const prose = size.get(root)?.paragraphs ?? 0;
  const small = (m: Measure) =>
    wholePage
      ? m.text < total * 0.25 && m.longParagraphs < 2 && m.paragraphs < prose * 0.5
      : m.text < total * 0.4;
  const walk = (el: ElementLike): void => {
    const m = size.get(el);
    if (m && el !== root && small(m) && isPage(el, m)) {
      el.remove();
      return;
    }
    for (const child of Array.from(el.childNodes)) if (child.nodeType === 1) walk(child);
  };
  walk(root);
}

interface Measure {
  /** Characters of text, white space collapsed. */
  text: number;
  /** Of which inside links. */
  linked: number;
  /** Paragraphs of 200 characters or more inside. */
  longParagraphs: number;
  /** Characters inside <p> elements. */
  paragraphs: number;
}

function isPage(el: ElementLike, m: Measure): boolean {
  const tag = el.tagName.toUpperCase();
  if (alwaysPage.has(tag) || isHidden(el)) return true;
  // Three or more long paragraphs are a story's, whatever the box around them is called.
  if (namedAsPage(el) && m.longParagraphs < 3) return true;
  if (m.text === 0) return false;
  const density = m.linked / m.text;
  if (listTags.has(tag)) return density > 0.6;
  return boxTags.has(tag) && density > 0.8 && m.text < 400;
}

/** Every element's text and link-text length in one pass from the leaves up (no quadratic
 * textContent calls, so a deeply nested page costs no more than a flat one). */
function measure(root: ElementLike): Map<ElementLike, Measure> {
  const out = new Map<ElementLike, Measure>();
  const stack: [ElementLike, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const [el, done] = stack.pop() as [ElementLike, boolean];
    if (!done) {
      stack.push([el, true]);
      for (const child of Array.from(el.childNodes))
        if (child.nodeType === 1) stack.push([child, false]);
      continue;
    }
    const m: Measure = { text: 0, linked: 0, longParagraphs: 0, paragraphs: 0 };
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 3) m.text += (child.textContent ?? '').replace(/\s+/g, ' ').length;
      const sub = child.nodeType === 1 ? out.get(child) : undefined;
      if (!sub) continue;
      m.text += sub.text;
      m.linked += sub.linked;
      m.longParagraphs += sub.longParagraphs;
      m.paragraphs += sub.paragraphs;
    }
    const tag = el.tagName.toUpperCase();
    if (tag === 'A') m.linked = m.text;
    if (tag === 'P') {
      if (m.text >= 200) m.longParagraphs++;
      m.paragraphs = m.text;
    }
    out.set(el, m);
  }
  return out;
}

/** Not shown to a reader: hover cards and tooltips wait hidden inside sentences. */
function isHidden(el: ElementLike): boolean {
  if (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return true;
  return /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(el.getAttribute('style') ?? '');
}

// WordPress names a post's own container after its tags and categories ("tag-social",
// "category-share-tips"): such names say what the story is about, not what the box is.
// "has-caption", "with-sidebar", "is-hidden-mobile" describe a state of the box, not what it is.
const taxonomy = /^(tag|category|post|format|status|type|topic|section|has|with|no|is)-/i;

function namedAsPage(el: ElementLike): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`
    .split(/\s+/)
    .filter((name) => name && !taxonomy.test(name));
  return names.some((name) => pageNames.test(name));
}
