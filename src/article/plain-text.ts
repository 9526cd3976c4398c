// Text as people have it: .txt and .md files and pasted text, often hard-wrapped at 72 or 100
// columns, sometimes Markdown. Turns it into one paragraph a line, blank lines between, so that
// the cleaner and the sentence splitter see the same paragraphs as for the unwrapped text.
// Markdown headings are not sentences: the first one before any prose is the title, the others
// go; list items stay one paragraph each; links and images keep only their words.

export interface PlainText {
  /** The Markdown title (a heading before any prose), when there is one. */
  title?: string;
  /** Paragraphs separated by blank lines; lines that were never wrapped stay lines. */
  text: string;
}

type Line =
  | { kind: 'blank' }
  | { kind: 'heading'; text: string }
  | { kind: 'item'; text: string }
  | { kind: 'text'; text: string };

const atxHeading = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/;
const setextUnderline = /^ {0,3}(=+|-+)\s*$/;
const rule = /^ {0,3}([-*_])(\s*\1){2,}\s*$/;
const listMarker = /^\s{0,6}(?:[-*+•]|\d{1,3}[.)])\s+(?=\S)/;
const fence = /^ {0,3}(```|~~~)/;
/** Widest column a hard-wrapped file is taken to be wrapped at. */
const widestWrap = 120;

export function readPlainText(raw: string): PlainText {
  const lines = classify(raw.replace(/\r\n?/g, '\n').split('\n'));
  const width = wrapWidth(lines);
  const out: string[] = [];
  let title: string | undefined;
  let sawProse = false;
  let current: string[] = [];
  let previous = '';
  const flush = () => {
    if (current.length) out.push(current.join(''));
    current = [];
  };
  for (const line of lines) {
    if (line.kind === 'blank') {
      flush();
      out.push('');
      previous = '';
      continue;
    }
    if (line.kind === 'heading') {
      flush();
      if (!sawProse && title === undefined) title = line.text;
      out.push('');
      previous = '';
      continue;
    }
    const text = inline(line.text);
    if (line.kind === 'item') {
      flush();
      out.push('');
    } else if (current.length && !continues(previous, line.text, width)) {
      flush();
    }
    if (current.length) current.push(joiner(previous));
    current.push(text.trim());
    // Widths are measured on the lines as written, link targets and all.
    previous = line.text;
    sawProse ||= text.split(/\s+/).length >= 8;
  }
  flush();
  return {
    ...(title ? { title: inline(title) } : {}),
    text: out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
  };
}

/** Each line's Markdown role; code blocks, rules and link definitions are dropped. */
function classify(raw: readonly string[]): Line[] {
  const out: Line[] = [];
  let inFence = false;
  for (const [i, source] of raw.entries()) {
    const line = source.replace(/\s+$/, '').replace(/^ {0,3}>\s?/, '');
    if (fence.test(line)) {
      inFence = !inFence;
      out.push({ kind: 'blank' });
      continue;
    }
    if (inFence || line.trim() === '' || /^ {0,3}\[[^\]]+\]:\s*\S+/.test(line)) {
      out.push({ kind: 'blank' });
      continue;
    }
    const heading = atxHeading.exec(line);
    if (heading) {
      out.push({ kind: 'heading', text: heading[1] ?? '' });
      continue;
    }
    const prior = out[out.length - 1];
    // "Title\n=====": the line above was a heading. A lone "---" is a rule.
    if (setextUnderline.test(line) && prior?.kind === 'text' && !/^\s*-/.test(raw[i - 1] ?? '')) {
      out[out.length - 1] = { kind: 'heading', text: prior.text.trim() };
      continue;
    }
    if (rule.test(line)) {
      out.push({ kind: 'blank' });
      continue;
    }
    // A wrapped sentence can put "1990. The" or "- and" at a line's start: a list starts only
    // after a blank line, a heading, a colon or another item.
    const previousText = prior?.kind === 'text' || prior?.kind === 'item' ? prior.text : '';
    const opensList = prior?.kind !== 'text' || /:$/.test(previousText);
    if (listMarker.test(line) && opensList) {
      out.push({ kind: 'item', text: line.replace(listMarker, '') });
      continue;
    }
    out.push({ kind: 'text', text: line });
  }
  return out;
}

/**
 * The column a file is wrapped at: its longest line, when that is short and a good share of line breaks
 * inside paragraphs fall where the next word would not have fitted. 0 when it is not wrapped.
 */
function wrapWidth(lines: readonly Line[]): number {
  let width = 0;
  for (const line of lines) if (line.kind !== 'blank') width = Math.max(width, line.text.length);
  if (width > widestWrap) return 0;
  let breaks = 0;
  let forced = 0;
  for (let i = 1; i < lines.length; i++) {
    const before = lines[i - 1];
    const line = lines[i];
    if (before?.kind !== 'text' || line?.kind !== 'text') continue;
    breaks++;
    if (!fits(before.text, line.text, width)) forced++;
  }
  return forced >= 2 && forced * 4 >= breaks ? width : 0;
}

/** The next line's first word would have fitted on this line: the break was meant. */
function fits(line: string, next: string, width: number): boolean {
  const word = next.trim().split(/\s/, 1)[0] ?? '';
  return line.length + 1 + word.length <= width;
}

/** In a wrapped file, a line goes on to the next unless the break was meant. */
function continues(previous: string, next: string, width: number): boolean {
  return width > 0 && !fits(previous, next, width);
}

/** "well-" + "known": a word broken at its hyphen joins without a space. */
function joiner(previous: string): string {
  return /[A-Za-z]-$/.test(previous) ? '' : ' ';
}

/** Links and images keep their words, emphasis and code marks go. */
function inline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[\s(])([*_])(?=\S)(.+?)(?<=\S)\2(?=[\s.,;:!?)]|$)/g, '$1$3');
}
