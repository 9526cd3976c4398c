// What a page says about itself in schema.org JSON-LD and <meta> tags: the headline, the body
// text, the date, the author and the language. Publishers fill these in for search engines, so
// they are often cleaner than anything read off the layout.
type Doc = { querySelectorAll(selector: string): Iterable<ElementLike> };
interface ElementLike {
  textContent: string | null;
  getAttribute(name: string): string | null;
}

export interface PageFacts {
  headline?: string;
  articleBody?: string;
  published?: string;
  author?: string;
  lang?: string;
}

const articleType = /article|posting|report|news|blog/i;

export function readPageFacts(document: Doc, htmlLang?: string | null): PageFacts {
  const facts: PageFacts = {};
  for (const object of jsonLdObjects(document)) {
    const type = [object['@type']].flat().join(' ');
    const hasBody = typeof object.articleBody === 'string';
    if (!hasBody && !articleType.test(type)) continue;
    facts.headline ??= text(object.headline);
    if (
      hasBody &&
      (!facts.articleBody || text(object.articleBody).length > facts.articleBody.length)
    )
      facts.articleBody = text(object.articleBody);
    facts.published ??= text(object.datePublished) || undefined;
    facts.author ??= authorOf(object.author);
    facts.lang ??= text(object.inLanguage) || undefined;
  }
  facts.published ??= meta(document, ['article:published_time', 'datePublished', 'date']);
  facts.lang ??= htmlLang?.trim() || meta(document, ['og:locale', 'language', 'content-language']);
  if (!facts.headline) delete facts.headline;
  if (!facts.author) delete facts.author;
  for (const key of Object.keys(facts) as (keyof PageFacts)[])
    if (facts[key] === undefined) delete facts[key];
  return facts;
}

type Json = Record<string, unknown>;

function jsonLdObjects(document: Doc): Json[] {
  const out: Json[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 6 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const object = value as Json;
    out.push(object);
    if (object['@graph']) visit(object['@graph'], depth + 1);
    if (object.mainEntity) visit(object.mainEntity, depth + 1);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A page's broken JSON-LD says nothing; the layout is read instead.
    }
  }
  return out;
}

function text(value: unknown): string {
  if (typeof value === 'string') return decodeEntities(value).trim();
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === 'object' && '@value' in value) return text(value['@value']);
  return '';
}

function authorOf(value: unknown): string | undefined {
  const names = [value]
    .flat()
    .map((a) => (a && typeof a === 'object' && 'name' in a ? text(a.name) : text(a)))
    .filter((name) => name && !/^https?:/.test(name));
  return names.length ? names.join(', ') : undefined;
}

function meta(document: Doc, names: readonly string[]): string | undefined {
  for (const el of document.querySelectorAll('meta')) {
    const key =
      el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
    if (key && names.includes(key)) {
      const content = el.getAttribute('content')?.trim();
      if (content) return content;
    }
  }
  return undefined;
}

const named: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** JSON-LD bodies often carry HTML entities (and sometimes tags) inside the string. */
function decodeEntities(value: string): string {
  return value
    .replace(/<[^>]{0,200}>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, code: string) => {
      if (code[0] !== '#') return named[code.toLowerCase()] ?? all;
      const n =
        code[1] === 'x' || code[1] === 'X'
          ? Number.parseInt(code.slice(2), 16)
          : Number(code.slice(1));
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : all;
    });
}
