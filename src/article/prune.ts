// Removes from the story's tree what is page, not story: figures and their captions, credits,
// related-link strips, share bars, newsletter boxes, hover cards, link lists. Judged by markup
// names (as trafilatura's discard rules are) and by link density (as Readability's are), never
// by one site's wording. A node holding most of the story's text is never removed.
export interface ElementLike {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): Iterable<ElementLike>;
  remove(): void;
  parentElement: ElementLike | null;
}

const alwaysPage =
  'figure, figcaption, aside, nav, footer, form, button, select, input, iframe, dialog';

// Whole words or word-parts in class and id names that mark furniture around a story.
const pageNames =
  /(^|[\s_-])(captions?|credits?|wp-caption-text|image-?credit|photo-?credit|related|relatedlinks|promo|promos|promotion|newsletter|subscribe|subscription|signup|sign-up|share|sharing|social|sharebar|share-?tools|tags?|tag-?list|breadcrumbs?|comments?|advert\w*|ads?|ad-?slot|sponsor\w*|recommend\w*|read-?more|more-?stories|most-?(read|popular)|popular|trending|outbrain|taboola|hover-?card|tooltip|popup|modal|toolbar|tools|article-?tools|utility|utilities|byline|author-?(bio|box|info)|bio|disclaimer|copyright|citation|inline-?(ad|promo)|embed|video-?player|gallery|slideshow|pullquote|pull-quote)($|[\s_-])/i;

export function pruneStory(root: ElementLike): void {
  const total = textLength(root);
  const removable = (el: ElementLike) => textLength(el) < total * 0.4;
  for (const el of [...root.querySelectorAll(alwaysPage)]) if (removable(el)) el.remove();
  for (const el of [...root.querySelectorAll('[class], [id]')]) {
    if (namedAsPage(el) && removable(el) && !holdsProse(el)) el.remove();
  }
  for (const el of [...root.querySelectorAll('ul, ol, p, div, li, section, table')]) {
    if (isLinkList(el) && removable(el)) el.remove();
  }
}

// WordPress names a post's own container after its tags and categories ("tag-social",
// "category-share-tips"): such names say what the story is about, not what the box is.
const taxonomy = /^(tag|category|post|format|status|type|topic|section)-/i;

function namedAsPage(el: ElementLike): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`
    .split(/\s+/)
    .filter((name) => name && !taxonomy.test(name));
  return names.some((name) => pageNames.test(name));
}

/** Three or more long paragraphs are a story's, whatever the box around them is called. */
function holdsProse(el: ElementLike): boolean {
  let long = 0;
  for (const p of el.querySelectorAll('p')) if (textLength(p) >= 200 && ++long >= 3) return true;
  return false;
}

function textLength(el: ElementLike): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/** Mostly link text: a list of headlines elsewhere on the site, not this story's prose. */
function isLinkList(el: ElementLike): boolean {
  const length = textLength(el);
  if (length === 0) return false;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += textLength(a);
  const density = linked / length;
  if (el.tagName === 'UL' || el.tagName === 'OL') return density > 0.6;
  return density > 0.8 && length < 400;
}
