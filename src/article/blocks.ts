// Reads a content tree as paragraphs: block elements and double line breaks end a paragraph,
// inline elements and single breaks do not. Text sitting loose in a <div> is kept, which a
// selector over <p> elements would lose.
export interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

const blockNames = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION CENTER DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(
    ' ',
  ),
);

export interface Block {
  /** The paragraph's text; a single <br> inside it stays a line break. */
  text: string;
  /** The element that opened the paragraph ("P", "H2", "LI", …). */
  tag: string;
}

export function readBlocks(root: NodeLike): Block[] {
  const out: Block[] = [];
  let parts: string[] = [];
  let tag = 'P';
  let breaks = 0;
  const flush = () => {
    const text = parts
      .join('')
      .replace(/[^\S\n]+/g, ' ')
      .replace(/ ?\n[\s]*/g, '\n')
      .trim();
    if (text) out.push({ text, tag });
    parts = [];
    breaks = 0;
  };
  const visit = (node: NodeLike, depth: number): void => {
    if (node.nodeType === 3) {
      const value = node.textContent ?? '';
      if (value.trim()) breaks = 0;
      parts.push(value);
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'BR') {
      breaks++;
      if (breaks >= 2) flush();
      else parts.push('\n');
      return;
    }
    const block = blockNames.has(name);
    if (block) {
      flush();
      tag = name;
    }
    // Deeper than any real article: read what is left as text rather than recurse further.
    if (depth > 200) parts.push(node.textContent ?? '');
    else for (const child of Array.from(node.childNodes)) visit(child, depth + 1);
    if (block) {
      flush();
      tag = 'P';
    }
  };
  visit(root, 0);
  flush();
  return out;
}
