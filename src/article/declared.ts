// Containers a page declares as its story: the element marked itemprop="articleBody"
// (schema.org microdata) and the first one named as a story body by a content-management system
// (trafilatura's first choices). Readability sometimes settles on a part of the story; these say
// where the whole of it is.
import { parseHTML } from 'linkedom';

type Document = ReturnType<typeof parseHTML>['document'];
type Element = ReturnType<Document['querySelector']>;

const bodyNames =
  /(^|\s)((entry|article|art|post|story|page|text)[-_]?(content|body|text)|article__(content|body)|articlebody|post[-_]?entry|story-?content|field-body|body-text)(\s|$)/i;

export function declaredContainers(document: Document): NonNullable<Element>[] {
  const out: NonNullable<Element>[] = [];
  let marked: Element = null;
  for (const el of document.querySelectorAll('[itemprop="articleBody"]'))
    if (!marked || chars(el) > chars(marked)) marked = el;
  if (marked) out.push(marked);
  for (const el of document.querySelectorAll('article, div, main, section')) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (names.trim() && bodyNames.test(names)) {
      out.push(el);
      break;
    }
  }
  return out;
}

/** The same containers in a fresh copy of the page (Readability rearranges the one it reads). */
export function declaredContainersOf(html: string): NonNullable<Element>[] {
  const { document } = parseHTML(html);
  for (const node of document.querySelectorAll('script, style, noscript, template, svg'))
    node.remove();
  return declaredContainers(document);
}

export function chars(el: { textContent: string | null } | null): number {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}
