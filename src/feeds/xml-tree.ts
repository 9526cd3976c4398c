import { decodeHTMLStrict, escapeText } from 'entities';
import { Parser } from 'htmlparser2';

// A forgiving XML reader for feeds: htmlparser2 in XML mode never throws, closes what a feed left
// open and ignores stray closing tags, as the feeds in the wild need. Text is kept as written
// (entities undecoded) so that each piece is decoded exactly once, by what it is: XML text here,
// HTML later by the item's text reader.

/** A run of text: CDATA is literal, other text still holds its entity references. */
export interface XmlText {
  raw: string;
  cdata: boolean;
}

export interface XmlNode {
  /** Namespace-resolved, lower-cased: "title", "atom:link", "content:encoded", "dc:date". */
  key: string;
  /** The name as written, for re-serialising XHTML content. */
  tag: string;
  attrs: Record<string, string>;
  children: (XmlNode | XmlText)[];
  parent: XmlNode | undefined;
}

// Namespaces by URI, so that a feed's own prefix (or none) reads the same.
const namespaces: Record<string, string> = {
  'http://www.w3.org/2005/atom': 'atom',
  'http://purl.org/atom/ns#': 'atom',
  'http://purl.org/rss/1.0/': '',
  'http://my.netscape.com/rdf/simple/0.9/': '',
  'http://backend.userland.com/rss2': '',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://www.w3.org/1999/xhtml': 'xhtml',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://search.yahoo.com/mrss/': 'media',
  'http://search.yahoo.com/mrss': 'media',
};

type Scope = Record<string, string>;

function scopeOf(attrs: Record<string, string>, parent: Scope): Scope {
  let scope = parent;
  for (const [name, value] of Object.entries(attrs)) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    if (scope === parent) scope = { ...parent };
    scope[name === 'xmlns' ? '' : name.slice(6)] = value.trim().toLowerCase();
  }
  return scope;
}

function keyOf(tag: string, scope: Scope): string {
  const name = tag.toLowerCase();
  const colon = name.indexOf(':');
  const prefix = colon < 0 ? '' : name.slice(0, colon);
  const local = colon < 0 ? name : name.slice(colon + 1);
  const uri = scope[prefix];
  const id = uri === undefined ? prefix : (namespaces[uri] ?? (prefix || ''));
  return id ? `${id}:${local}` : local;
}

/** The document as a tree; never throws, whatever the text. */
export function parseXml(text: string): XmlNode {
  const root: XmlNode = { key: '#root', tag: '', attrs: {}, children: [], parent: undefined };
  const scopes: Scope[] = [{}];
  let current = root;
  let cdata = false;
  const parser = new Parser(
    {
      onopentag(tag, written) {
        const attrs: Record<string, string> = {};
        for (const [name, value] of Object.entries(written)) attrs[name.toLowerCase()] = value;
        const scope = scopeOf(attrs, scopes.at(-1) ?? {});
        scopes.push(scope);
        const node: XmlNode = { key: keyOf(tag, scope), tag, attrs, children: [], parent: current };
        current.children.push(node);
        current = node;
      },
      onclosetag() {
        scopes.pop();
        current = current.parent ?? root;
      },
      ontext(raw) {
        const last = current.children.at(-1);
        if (last && !('key' in last) && last.cdata === cdata) last.raw += raw;
        else current.children.push({ raw, cdata });
      },
      oncdatastart() {
        cdata = true;
      },
      oncdataend() {
        cdata = false;
      },
    },
    { xmlMode: true, decodeEntities: false, recognizeSelfClosing: true },
  );
  parser.end(text);
  return root;
}

export const isNode = (child: XmlNode | XmlText): child is XmlNode => 'key' in child;

/** XML text decoded once; HTML's named entities too, which many feeds use without declaring. */
export const decodeXml = (raw: string) => decodeHTMLStrict(raw);

/** The element's text, entity references decoded once and CDATA kept as it is. */
export function textOf(node: XmlNode): string {
  let text = '';
  for (const child of node.children)
    text += isNode(child) ? textOf(child) : child.cdata ? child.raw : decodeXml(child.raw);
  return text;
}

const voids = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'source', 'wbr', 'area', 'col']);

/** The element's content as markup (for XHTML content), text escaped as HTML expects. */
export function innerMarkup(node: XmlNode): string {
  let html = '';
  for (const child of node.children) {
    if (!isNode(child)) {
      html += child.cdata ? escapeText(child.raw) : child.raw;
      continue;
    }
    const local = child.tag.slice(child.tag.indexOf(':') + 1);
    const attrs = Object.entries(child.attrs)
      .filter(([name]) => !name.startsWith('xmlns'))
      .map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`)
      .join('');
    // An HTML <br> left open in XML holds what follows it: that text still comes after it.
    html += voids.has(local.toLowerCase())
      ? `<${local}${attrs}>${innerMarkup(child)}`
      : `<${local}${attrs}>${innerMarkup(child)}</${local}>`;
  }
  return html;
}

/** An attribute's value, its entity references decoded. */
export const attr = (node: XmlNode, name: string): string | undefined => {
  const value = node.attrs[name];
  return value === undefined ? undefined : decodeXml(value).trim();
};

export function child(node: XmlNode, ...keys: string[]): XmlNode | undefined {
  for (const key of keys) {
    const found = node.children.find((c): c is XmlNode => isNode(c) && c.key === key);
    if (found) return found;
  }
  return undefined;
}

export const childrenNamed = (node: XmlNode, key: string) =>
  node.children.filter((c): c is XmlNode => isNode(c) && c.key === key);

/** The URL the element's relative links resolve against: its xml:base chain, then the document's. */
export function baseOf(
  node: XmlNode | undefined,
  documentUrl: string | undefined,
): string | undefined {
  if (!node) return documentUrl;
  const parentBase = baseOf(node.parent, documentUrl);
  const own = node.attrs['xml:base']?.trim();
  if (!own) return parentBase;
  return resolveUrl(own, parentBase);
}

export function resolveUrl(url: string, base: string | undefined): string {
  const link = url.trim();
  if (!base || /^[a-z][a-z0-9+.-]*:/i.test(link)) return link;
  return URL.canParse(link, base) ? new URL(link, base).href : link;
}
